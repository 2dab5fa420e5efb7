using FluentAssertions;
using Microsoft.Data.Sqlite;
using ParIndex.Rules.Store;
using Xunit;

namespace ParIndex.Rules.Tests.Store;

/// <summary>The record of scorings (issue #29): what is kept, that it is kept whole or not at all, and that it proves itself.</summary>
public sealed partial class ResultStoreTests : IDisposable
{
    private static readonly RecordOptions Who = new(new DateTimeOffset(2026, 1, 15, 9, 30, 0, TimeSpan.FromHours(7)), "phong-cchc", Round: 1);

    private readonly string _folder = Directory.CreateTempSubdirectory("parindex-store-").FullName;

    private string Db => Path.Combine(_folder, "parindex.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Record_SampleDistrict_KeepsEveryUnitsTotalRankAndCriteria()
    {
        var (inputs, batch) = SampleDistrict();
        using var store = ResultStore.Open(Db);

        var run = store.Record(inputs, batch, Who, "phu-binh-2025.json");

        (run.Run, run.By, run.Round, run.Period, run.RuleSetId, run.RuleSetVersion, run.Units).Should().Be((1L, "phong-cchc", 1, "2025", "commune-2025", "2025.1.1", 20));
        run.At.Should().Be(Who.At);
        var nhaLong = store.Results(1).Single(r => r.UnitId == "nha-long");
        (nhaLong.Total, nhaLong.Rank, nhaLong.Classification).Should().Be((93.89m, 1, "Rất tốt"), "Nhã Lộng's 93.89 and first place, as the sample district's report gives them");
        nhaLong.Criteria.Should().HaveCount(batch.RuleSet.Criteria.Count);
        store.Inputs(1).Select(i => i.Id).Should().Equal(inputs.Select(i => i.Id));
    }

    [Fact]
    public void Record_SampleDistrict_KeepsInputsAndCriteriaAsTextSqlReads()
    {
        var (inputs, batch) = SampleDistrict();
        using var store = ResultStore.Open(Db);

        store.Record(inputs, batch, Who);

        // Text, not bytes, so a person with sqlite3 reads it and its JSON functions work on it. Nhã Lộng has 1
        // initiative recognised, at least 1 required: 1.1 passes for its 2 points.
        StoreSql.Count(Db, "SELECT count(*) FROM inputs WHERE typeof(snapshot) <> 'text'").Should().Be(0);
        StoreSql.Count(Db, "SELECT count(*) FROM results WHERE typeof(criteria) <> 'text'").Should().Be(0);
        StoreSql.Count(Db, "SELECT count(*) FROM inputs WHERE json_extract(snapshot, '$.name') = 'Nhã Lộng' AND json_extract(snapshot, '$.figures.parInitiativesRecognised') = '1'")
            .Should().Be(1);
        StoreSql.Count(Db, "SELECT count(*) FROM results WHERE unit = 'nha-long' AND json_extract(criteria, '$[0][0]') = '1.1' " +
            "AND json_extract(criteria, '$[0][1]') = 'pass' AND CAST(json_extract(criteria, '$[0][2]') AS REAL) = 2").Should().Be(1);
    }

    [Fact]
    public void Replay_UnalteredRun_ProvesEveryResultEqual()
    {
        var (inputs, batch) = SampleDistrict();
        using var store = ResultStore.Open(Db);
        store.Record(inputs, batch, Who);

        var report = store.Replay(1);

        report.Differences.Should().BeEmpty();
        report.Equal.Should().BeTrue();
    }

    [Fact]
    public void Replay_TotalAlteredWithSql_IsFoundUnitByUnit()
    {
        var (inputs, batch) = SampleDistrict();
        using (var store = ResultStore.Open(Db))
        {
            store.Record(inputs, batch, Who);
        }

        Sql("UPDATE results SET total = '99.5' WHERE unit = 'nha-long'");
        using var reopened = ResultStore.Open(Db);

        var report = reopened.Replay(1);

        report.Equal.Should().BeFalse();
        report.Differences.Should().ContainSingle().Which.Should().Be(new ReplayDifference("nha-long", "total", "99.5", "93.89"));
    }

    [Fact]
    public void Replay_FigureAlteredWithSql_IsFoundInTheInputsHash()
    {
        var (inputs, batch) = SampleDistrict();
        using (var store = ResultStore.Open(Db))
        {
            store.Record(inputs, batch, Who);
        }

        Sql("UPDATE inputs SET snapshot = replace(snapshot, '\"name\":\"Nhã Lộng\"', '\"name\":\"Nhã Lộng (sửa)\"') WHERE unit = 'nha-long'");
        using var reopened = ResultStore.Open(Db);

        reopened.Replay(1).Differences.Should().Contain(d => d.Field == "inputs");
    }

    [Fact]
    public void Record_SameIdAndVersionWithAnotherHash_IsRefusedAndWritesNothing()
    {
        var (inputs, batch) = SampleDistrict();
        using var store = ResultStore.Open(Db);
        store.Record(inputs, batch, Who);
        var files = ParIndex.Rules.Authoring.RuleSetWriter.ToFiles(batch.RuleSet)
            .Select(f => f.Path == "ruleset.json" ? f with { Text = f.Text.Replace("\"minTotal\": 80", "\"minTotal\": 85", StringComparison.Ordinal) } : f);
        var copy = RuleSetLoader.Load("copy", files);
        var scored = Scorer.Compile(copy).ScoreMany(inputs);

        var act = () => store.Record(inputs, ScoredBatch.Of(copy, scored), Who);

        act.Should().Throw<StoreException>().Which.Message.Should().Contain("already holds commune-2025 2025.1.1 with hash " + batch.RuleSet.ContentHash[..12])
            .And.Contain("this one is " + copy.ContentHash[..12]).And.Contain("give this one a new version");
        store.Runs().Should().ContainSingle();
    }

    [Fact]
    public void Record_FailingPartWay_LeavesTheStoreAsItWas()
    {
        // Two cards for one unit: the second result row breaks the table's key after the run, its inputs and the
        // first result were written; the transaction takes them all back.
        var (inputs, batch) = SampleDistrict();
        using var store = ResultStore.Open(Db);
        var card = batch.Units[0].Card;
        var twice = ScoredBatch.Of(batch.RuleSet, [card, card]);

        var act = () => store.Record(inputs, twice, Who);

        act.Should().Throw<StoreException>();
        store.Runs().Should().BeEmpty();
        Count("SELECT count(*) FROM inputs").Should().Be(0);
        Count("SELECT count(*) FROM rule_sets").Should().Be(0, "the rule set was stored in the same transaction");
    }

    [Fact]
    public void Record_AmountOf20Digits_IsStoredAndReplayedExactly()
    {
        var unit = Some.PerfectUnit("lon", v =>
        {
            v["investmentDisbursed"] = IndicatorValue.FromNumber(12345678901234567890.25m);
            v["investmentAllocated"] = IndicatorValue.FromNumber(12345678901234567890.50m);
            v["citizenDialogues"] = IndicatorValue.Invalid("\"nhiều\"");
        });
        var scorer = Some.Commune2025Scorer;
        var batch = ScoredBatch.Of(scorer.RuleSet, scorer.ScoreMany([unit]));
        using var store = ResultStore.Open(Db);

        store.Record([unit], batch, Who);

        var again = store.Inputs(1).Single();
        again.Indicators.Should().Equal(unit.Indicators);
        again.Indicators["investmentAllocated"].Number.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("12345678901234567890.50");
        store.Replay(1).Equal.Should().BeTrue();
    }

    [Fact]
    public void Record_UnitWithEveryKindOfInput_KeepsItInTheStoresOwnForm()
    {
        // The form is the store's, versioned with its schema: figures in key order, numbers as their exact text
        // (1.50 keeps its zero), a yes/no as true, a figure that could not be read as its raw text.
        var figures = new Dictionary<string, IndicatorValue>
        {
            ["parPlanTasksTotal"] = IndicatorValue.Invalid("nhiều"),
            ["citizenDialogues"] = IndicatorValue.FromNumber(1.50m),
            ["lawMonitoringReportSubmitted"] = IndicatorValue.FromBoolean(true),
        };
        var unit = new IndicatorSnapshot("a", "Xã \"A\"", figures)
        {
            Type = "xa",
            Period = "2025",
            SelfAssessment = new Dictionary<string, Claim> { ["1.1"] = new(2m, [new Evidence("QĐ 12", new DateOnly(2025, 11, 3), "tr. 4")], "Có quyết định") },
            Appraisal = new Dictionary<string, IReadOnlyList<AppraisalRound>> { ["1.1"] = [new AppraisalRound(1, 1.5m, "Thiếu biên bản", "hội đồng")] },
        };
        var scorer = Some.Commune2025Scorer;
        using var store = ResultStore.Open(Db);

        store.Record([unit], ScoredBatch.Of(scorer.RuleSet, scorer.ScoreMany([unit])), Who);

        StoreSql.Text(Db, "SELECT snapshot FROM inputs").Should().Be(string.Concat(
            """{"id":"a","name":"Xã \"A\"","type":"xa","period":"2025","figures":""",
            """{"citizenDialogues":"1.50","lawMonitoringReportSubmitted":true,"parPlanTasksTotal":{"raw":"nhiều"}},"claims":""",
            """{"1.1":{"points":"2","explanation":"Có quyết định","evidence":[{"document":"QĐ 12","date":"2025-11-03","location":"tr. 4"}]}},"appraisal":""",
            """{"1.1":[{"round":1,"points":"1.5","reason":"Thiếu biên bản","by":"hội đồng"}]}}"""));
    }

    [Fact]
    public void Record_TextsJsonMustEscape_AreReadBackExactly()
    {
        // Quotes, a backslash, a tab and a line break, a letter with a combining mark, and a character outside the
        // basic plane (a surrogate pair): each must come back as it went in, wherever a text is kept.
        const string Awkward = "Xã \"Phú\" Bình\\Tổ 1\tdòng 2\nthôn Hòa\u0300 🌾";
        var unit = Some.PerfectUnit("kho", v => v["citizenDialogues"] = IndicatorValue.Invalid(Awkward)) with
        {
            Name = Awkward,
            SelfAssessment = new Dictionary<string, Claim> { ["1.1"] = new(2m, [new Evidence(Awkward, new DateOnly(2025, 11, 3), Awkward)], Awkward) },
            Appraisal = new Dictionary<string, IReadOnlyList<AppraisalRound>> { ["1.1"] = [new AppraisalRound(1, 1.5m, Awkward, Awkward)] },
        };
        var scorer = Some.Commune2025Scorer;
        var batch = ScoredBatch.Of(scorer.RuleSet, scorer.ScoreMany([unit]));
        using var store = ResultStore.Open(Db);

        store.Record([unit], batch, Who);

        var again = store.Inputs(1).Single();
        (again.Name, again.Indicators["citizenDialogues"].Raw).Should().Be((Awkward, Awkward));
        var claim = again.SelfAssessment!["1.1"];
        (claim.Points, claim.Explanation, claim.Evidence.Single()).Should().Be((2m, Awkward, new Evidence(Awkward, new DateOnly(2025, 11, 3), Awkward)));
        again.Appraisal!["1.1"].Should().Equal(new AppraisalRound(1, 1.5m, Awkward, Awkward));
        store.Results(1).Single().Name.Should().Be(Awkward);
        store.Replay(1).Equal.Should().BeTrue();
    }

    [Fact]
    public void Record_TwoStoresOnOneFileAtOnce_BothSucceed()
    {
        var (inputs, batch) = SampleDistrict();
        using (ResultStore.Open(Db))
        {
        }

        Parallel.For(0, 2, _ =>
        {
            using var store = ResultStore.Open(Db);
            for (var i = 0; i < 5; i++)
            {
                store.Record(inputs, batch, Who);
            }
        });

        using var reader = ResultStore.Open(Db);
        reader.Runs().Select(r => r.Run).Should().Equal(Enumerable.Range(1, 10).Select(i => (long)i));
    }

    private static (IReadOnlyList<IndicatorSnapshot> Inputs, ScoredBatch Batch) SampleDistrict()
    {
        var scorer = Some.Commune2025Scorer;
        var read = SnapshotReader.ReadFile(Path.Combine(Some.RepositoryRoot, "samples", "phu-binh-2025.json"), scorer.RuleSet);
        return (read.Snapshots, scorer.ScoreBatch(read));
    }

    private void Sql(string sql) => ParIndex.Rules.Tests.StoreSql.Alter(Db, sql);

    private long Count(string sql) => ParIndex.Rules.Tests.StoreSql.Count(Db, sql);
}

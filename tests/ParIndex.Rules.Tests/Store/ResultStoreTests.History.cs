using FluentAssertions;
using Microsoft.Data.Sqlite;
using ParIndex.Rules.Store;
using Xunit;

namespace ParIndex.Rules.Tests.Store;

/// <summary>History across runs, and files that are not a store this version can use.</summary>
public sealed partial class ResultStoreTests
{
    [Fact]
    public void Changes_AppraisalRoundThenAFigure_NameWhatMovedEachCriterion()
    {
        // Round 1 as read; round 2 with the council's 1 point on the judged 1.1 (the appraisal) and 3.1.1's published
        // procedures down from 150 to 134 of 150 (89.33%: 0 of its 2 points, the figures).
        var (inputs, batch) = SampleDistrict();
        var unit = inputs.Single(i => i.Id == "nha-long");
        var figures = new Dictionary<string, IndicatorValue>(unit.Indicators) { ["proceduresOnUpperPortal"] = IndicatorValue.FromNumber(134), ["proceduresTotal"] = IndicatorValue.FromNumber(150) };
        var changed = unit with { Indicators = figures, Appraisal = new Dictionary<string, IReadOnlyList<AppraisalRound>> { ["1.1"] = [new AppraisalRound(2, 1m, "Thiếu biên bản họp", "hội đồng")] } };
        var second = inputs.Select(i => i.Id == "nha-long" ? changed : i).ToList();
        var scorer = Some.Commune2025Scorer;
        using var store = ResultStore.Open(Db);
        store.Record(inputs, batch, Who);
        store.Record(second, ScoredBatch.Of(scorer.RuleSet, scorer.ScoreMany(second)), Who with { Round = 2 });

        var history = store.History("nha-long");
        var changes = store.Changes("nha-long", 1, 2);

        history.Select(h => (h.Run.Run, h.Run.Round)).Should().Equal((1L, (int?)1), (2L, (int?)2));
        changes.Should().Contain(c => c.CriterionId == "3.1.1" && c.Causes == ChangeCause.Figures && c.After!.Points == 0m);
        changes.Should().Contain(c => c.CriterionId == "1.1" && c.Causes == ChangeCause.Appraisal && c.After!.Points == 1m);
        changes.Should().OnlyContain(c => c.Causes != ChangeCause.RuleSet);
    }

    [Fact]
    public void Open_AnotherProgramsDatabase_IsRefusedAndLeftAsItWas()
    {
        using (var connection = new SqliteConnection($"Data Source={Db};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE ledger (id INTEGER)";
            command.ExecuteNonQuery();
        }

        var before = File.ReadAllBytes(Db);

        var act = () => ResultStore.Open(Db);

        act.Should().Throw<StoreException>().Which.Message.Should().Contain("is not a parindex store");
        File.ReadAllBytes(Db).Should().Equal(before);
    }

    [Fact]
    public void Open_StoreOfANewerSchema_IsRefused()
    {
        using (ResultStore.Open(Db))
        {
        }

        Sql("PRAGMA user_version = 99; CREATE TABLE later (x INTEGER); INSERT INTO later VALUES (1)");

        var act = () => ResultStore.Open(Db);

        act.Should().Throw<StoreException>().Which.Message.Should().Contain("was made by a newer parindex (schema 99; this one reads up to 1)");
    }

    [Fact]
    public void Open_TextFile_IsRefusedAndLeftAsItWas()
    {
        File.WriteAllText(Db, "id;name\nx;Xã\n");

        var act = () => ResultStore.Open(Db);

        act.Should().Throw<StoreException>().Which.MessageIn(Language.Vi).Should().Contain("không phải cơ sở dữ liệu SQLite");
        File.ReadAllText(Db).Should().Be("id;name\nx;Xã\n");
    }

    [Fact]
    public void Open_FolderThatDoesNotExist_SaysSoInWords()
    {
        var act = () => ResultStore.Open(Path.Combine(_folder, "missing", "parindex.db"));

        act.Should().Throw<StoreException>().Which.Message.Should().Contain("its folder is read-only or missing");
    }

    [Fact]
    public void Record_StoreLockedByAnotherProgram_IsRefusedInWordsAndWritesNothing()
    {
        var (inputs, batch) = SampleDistrict();
        using (ResultStore.Open(Db))
        {
        }

        using var other = new SqliteConnection($"Data Source={Db};Pooling=False");
        other.Open();
        using (var exclusive = other.CreateCommand())
        {
            exclusive.CommandText = "BEGIN EXCLUSIVE";
            exclusive.ExecuteNonQuery();
        }

        using var store = ResultStore.Open(Db, TimeSpan.FromMilliseconds(300));
        var act = () => store.Record(inputs, batch, Who);

        act.Should().Throw<StoreException>().Which.Message.Should().Contain("is locked by another program").And.Contain("Nothing was written");
        using (var rollback = other.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK";
            rollback.ExecuteNonQuery();
        }

        store.Runs().Should().BeEmpty();
    }

    [Fact]
    public void Replay_RuleSetAlteredWithSqlSoItNoLongerReads_IsRefusedAsAlteredNotThrownRaw()
    {
        // The areas no longer add up to the total: the stored set does not load, which only an edit of the file can do.
        var (inputs, batch) = SampleDistrict();
        using (var store = ResultStore.Open(Db))
        {
            store.Record(inputs, batch, Who);
        }

        // The files are kept as JSON strings, so their quotes are escaped in the column.
        Sql("UPDATE rule_sets SET files = replace(files, '\\\"totalPoints\\\": 100', '\\\"totalPoints\\\": 90') WHERE files LIKE '%totalPoints\\\": 100%'");
        using var reopened = ResultStore.Open(Db);

        var act = () => reopened.Replay(1);

        act.Should().Throw<StoreException>().Which.Message.Should().Contain("altered: it no longer reads");
    }
}

using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Scoring;

public class BatchScoringTests
{
    private static readonly List<IndicatorSnapshot> Units = Generated.Units(3000, seed: 7);
    private static readonly Lazy<List<string>> OneByOne = new(() => Units.Select(u => Generated.Fingerprint(Some.Commune2025Scorer.Score(u))).ToList());

    public static TheoryData<int, int> Shapes() => new()
    {
        { 1, 50 },
        { 2, 50 },
        { 16, 50 },
        { 2, 1 },
        { 2, 7 },
        { 4, 1000 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void ScoreMany_ThousandsOfUnits_EqualsScoringOneByOneInInputOrder(int parallelism, int chunkSize)
    {
        var options = new BatchOptions { MaxDegreeOfParallelism = parallelism, ChunkSize = chunkSize };

        var cards = Some.Commune2025Scorer.ScoreMany(Units, options);

        cards.Select(Generated.Fingerprint).Should().Equal(OneByOne.Value);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void ScoreMany_SequenceScoredAsItIsRead_EqualsScoringOneByOneInInputOrder(int parallelism, int chunkSize)
    {
        var options = new BatchOptions { MaxDegreeOfParallelism = parallelism, ChunkSize = chunkSize };
        var progress = new List<int>();

        // Not a list: read one unit at a time while the chunks already read are scored.
        var cards = Some.Commune2025Scorer.ScoreMany(Units.Where(_ => true), options, new Reported(progress));

        cards.Select(Generated.Fingerprint).Should().Equal(OneByOne.Value);
        progress.Should().BeInAscendingOrder().And.EndWith(Units.Count);
    }

    [Fact]
    public void ScoreMany_SequenceThatFailsWhileRead_ThrowsItsErrorAfterTheChunksStarted()
    {
        IEnumerable<IndicatorSnapshot> Broken()
        {
            foreach (var unit in Units.Take(120))
            {
                yield return unit;
            }

            throw new IOException("disk gone");
        }

        var act = () => Some.Commune2025Scorer.ScoreMany(Broken(), new BatchOptions { ChunkSize = 50 });

        act.Should().Throw<IOException>().WithMessage("disk gone");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void ScoreMany_ProgressThatThrows_RethrowsItsOwnExceptionForAListAndASequenceAlike(bool list)
    {
        // A list went through Parallel.For and threw AggregateException; a sequence threw the inner one: a caller had to catch both.
        var units = Units.Take(120);
        var progress = new SyncProgress([], () => throw new InvalidOperationException("display closed"));

        var act = () => Some.Commune2025Scorer.ScoreMany(list ? units.ToList() : units.Where(_ => true), new BatchOptions { ChunkSize = 50 }, progress);

        act.Should().ThrowExactly<InvalidOperationException>().WithMessage("display closed");
    }

    [Fact]
    public void ScoreMany_SequenceWithANullUnit_ThrowsArgumentNull()
    {
        var act = () => Some.Commune2025Scorer.ScoreMany(Units.Take(60).Append(null!).Where(_ => true));

        act.Should().Throw<ArgumentNullException>().WithParameterName("snapshots");
    }

    [Fact]
    public void ScoreFiles_SampleDistrict_IsReadingThenScoringTheBatch()
    {
        var paths = new[] { Path.Combine(Some.RepositoryRoot, "samples", "phu-binh-2025.csv"), Path.Combine(Some.RepositoryRoot, "samples", "phu-binh-2025.json") };
        var scorer = Some.Commune2025Scorer;

        var inOnePass = scorer.ScoreFiles(paths);
        var inTwo = scorer.ScoreBatch(SnapshotReader.ReadFiles(paths, scorer.RuleSet));

        // The JSON repeats the CSV's 20 ids: each is an error, the first (the CSV's) scored.
        inOnePass.Units.Select(u => (u.Card.UnitId, u.Rank, u.Card.Total)).Should().Equal(inTwo.Units.Select(u => (u.Card.UnitId, u.Rank, u.Card.Total)));
        inOnePass.Units.Should().HaveCount(20);
        inOnePass.Errors.Select(e => e.ToString()).Should().Equal(inTwo.Errors.Select(e => e.ToString())).And.HaveCount(20);
        inOnePass.RuleSet.Should().BeSameAs(scorer.RuleSet);
    }

    /// <summary>Progress reported synchronously (Progress&lt;T&gt; posts to the thread pool, so its reports can arrive after the call).</summary>
    private sealed class Reported(List<int> counts) : IProgress<int>
    {
        public void Report(int value)
        {
            lock (counts)
            {
                counts.Add(value);
            }
        }
    }

    [Fact]
    public void ScoreMany_ArithmeticFailsInsideOneUnitsRule_MarksThatCriterionOfThatUnitAlone()
    {
        // 5.1.2 (2 points) loses pointsPerEvent per violation; at 2 a violation, decimal.MaxValue violations
        // overflow decimal inside the rule's action. The units before and after share its chunk and its session.
        var overlay = RuleOverlay.FromJson("o.json", """{ "criteria": { "5.1.2": { "parts": [ { "scale": { "pointsPerEvent": 2 } } ] } } }""");
        var scorer = Scorer.Compile(BundledRuleSets.Load("commune-2025", overlay));
        var units = new[]
        {
            Some.PerfectUnit("before"),
            Some.PerfectUnit("overflow", v => v["budgetAutonomyViolations"] = decimal.MaxValue),
            Some.PerfectUnit("after"),
        };

        var cards = scorer.ScoreMany(units);

        cards.Select(c => (c.UnitId, c.Total)).Should().Equal(("before", 100m), ("overflow", 98m), ("after", 100m));
        var failed = cards[1].Criterion("5.1.2");
        (failed.Status, failed.Points).Should().Be((CriterionStatus.InvalidData, 0m));
        failed.Parts[0].Problem.Should().StartWith("the figures are too large to compute with (");
        failed.Hint!.Vi.Should().Be("Không chấm được tiêu chí: số liệu quá lớn, không tính được. Kiểm tra lại số liệu.");
        failed.Hint.En.Should().StartWith("The criterion could not be scored: the figures are too large to compute with (");
        cards[1].Criteria.Where(c => c.Id != "5.1.2").Select(c => (c.Id, c.Status, c.Points)).Should().Equal(
            cards[0].Criteria.Where(c => c.Id != "5.1.2").Select(c => (c.Id, c.Status, c.Points)),
            "a bad figure touches only the criteria that use it");
        scorer.Score(units[1]).Total.Should().Be(98m, "alone it fails the same way");
    }

    [Fact]
    public void ScoreMany_GeneratedUnits_CoverEveryStatus()
    {
        var statuses = Some.Commune2025Scorer.ScoreMany(Units.Take(500)).SelectMany(c => c.Criteria).Select(c => c.Status).Distinct();

        statuses.Should().BeEquivalentTo(Enum.GetValues<CriterionStatus>(), "the comparison above must exercise every status");
    }

    [Fact]
    public void ScoreMany_Progress_ReportsAfterEachChunkUpToTheTotal()
    {
        var reports = new List<int>();

        Some.Commune2025Scorer.ScoreMany(Units.Take(250), new BatchOptions { ChunkSize = 50 }, new SyncProgress(reports));

        reports.Should().Equal([50, 100, 150, 200, 250], "five chunks of 50, counted as each finishes, whichever core scored it");
    }

    [Fact]
    public void ScoreMany_CancelledMidway_ThrowsAndScoresNoFurtherChunk()
    {
        using var cancellation = new CancellationTokenSource();
        var reports = new List<int>();
        var progress = new SyncProgress(reports, onReport: cancellation.Cancel);

        var act = () => Some.Commune2025Scorer.ScoreMany(Units, new BatchOptions { MaxDegreeOfParallelism = 1, ChunkSize = 10 }, progress, cancellation.Token);

        act.Should().Throw<OperationCanceledException>();
        reports.Should().Equal([10], "the batch stops at the chunk after the one that cancelled it");
    }

    [Fact]
    public void ScoreMany_Cancelled_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var act = () => Some.Commune2025Scorer.ScoreMany(Units, cancellationToken: cancellation.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    [Theory]
    [InlineData(0, 50)]
    [InlineData(1, 0)]
    public void ScoreMany_OptionsBelowOne_Throw(int parallelism, int chunkSize)
    {
        var act = () => Some.Commune2025Scorer.ScoreMany(Units, new BatchOptions { MaxDegreeOfParallelism = parallelism, ChunkSize = chunkSize });

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Score_SixteenThreadsSharingOneScorer_GiveTheSingleThreadedResults()
    {
        var expected = OneByOne.Value;
        var failures = 0;

        Parallel.For(0, 16, new ParallelOptions { MaxDegreeOfParallelism = 16 }, thread =>
        {
            for (var i = thread; i < 3000; i += 7)
            {
                if (Generated.Fingerprint(Some.Commune2025Scorer.Score(Units[i])) != expected[i])
                {
                    Interlocked.Increment(ref failures);
                }
            }
        });

        failures.Should().Be(0);
    }

    private sealed class SyncProgress(List<int> reports, Action? onReport = null) : IProgress<int>
    {
        public void Report(int value)
        {
            reports.Add(value);
            onReport?.Invoke();
        }
    }
}

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
        var options = new BatchOptions { MaxDegreeOfParallelism = parallelism, ChunkSize = chunkSize, ChunksPerWindow = 3 };

        var cards = Some.Commune2025Scorer.ScoreMany(Units, options);

        cards.Select(Generated.Fingerprint).Should().Equal(OneByOne.Value);
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
    public void ScoreStream_FirstResult_ReadsOnlyTheFirstWindow()
    {
        var read = 0;
        IEnumerable<IndicatorSnapshot> Counted()
        {
            foreach (var unit in Units)
            {
                read++;
                yield return unit;
            }
        }

        var first = Some.Commune2025Scorer.ScoreStream(Counted(), new BatchOptions { ChunkSize = 10, ChunksPerWindow = 2 }).First();

        first.UnitId.Should().Be("u0");
        read.Should().Be(20, "one window is 2 chunks of 10 units");
    }

    [Fact]
    public void ScoreMany_Progress_ReportsEveryWindowUpToTheTotal()
    {
        var reports = new List<int>();

        Some.Commune2025Scorer.ScoreMany(Units.Take(250), new BatchOptions { ChunkSize = 50, ChunksPerWindow = 2 }, new SyncProgress(reports));

        reports.Should().Equal(100, 200, 250);
    }

    [Fact]
    public void ScoreMany_Cancelled_ThrowsOperationCanceled()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        var act = () => Some.Commune2025Scorer.ScoreMany(Units, cancellationToken: cancellation.Token);

        act.Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void ScoreStream_CancelledAfterTheFirstResult_ThrowsAndReadsNoFurther()
    {
        using var cancellation = new CancellationTokenSource();
        var read = 0;
        IEnumerable<IndicatorSnapshot> Counted()
        {
            foreach (var unit in Units)
            {
                read++;
                yield return unit;
            }
        }

        using var cards = Some.Commune2025Scorer.ScoreStream(Counted(), new BatchOptions { ChunkSize = 10, ChunksPerWindow = 2 }, cancellationToken: cancellation.Token).GetEnumerator();
        cards.MoveNext().Should().BeTrue();
        var readBeforeCancelling = read;
        cancellation.Cancel();

        var act = () => { while (cards.MoveNext()) { } };

        act.Should().Throw<OperationCanceledException>();
        read.Should().BeLessThanOrEqualTo(readBeforeCancelling + 10, "at most the chunk being read when the batch was cancelled");
    }

    [Theory]
    [InlineData(0, 50, 1)]
    [InlineData(1, 0, 1)]
    [InlineData(1, 50, 0)]
    public void ScoreMany_OptionsBelowOne_Throw(int parallelism, int chunkSize, int chunksPerWindow)
    {
        var act = () => Some.Commune2025Scorer.ScoreMany(Units, new BatchOptions { MaxDegreeOfParallelism = parallelism, ChunkSize = chunkSize, ChunksPerWindow = chunksPerWindow });

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

    private sealed class SyncProgress(List<int> reports) : IProgress<int>
    {
        public void Report(int value) => reports.Add(value);
    }
}

using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests;

/// <summary>Keeps the README's quick start compiling and telling the truth.</summary>
public partial class ReadmeTests
{
    private static readonly object ConsoleLock = new();

    [Fact]
    public void QuickStart_InReadme_IsTheCodeThisTestRuns()
    {
        var readme = File.ReadAllText(Path.Combine(Some.RepositoryRoot, "README.md"));
        var block = QuickStartBlock().Match(readme);
        var source = File.ReadAllText(Path.Combine(Some.RepositoryRoot, "tests", "ParIndex.Rules.Tests", "ReadmeTests.cs"));
        var copy = source[(source.LastIndexOf("// <quickstart>", StringComparison.Ordinal) + "// <quickstart>".Length)..source.LastIndexOf("// </quickstart>", StringComparison.Ordinal)];

        block.Success.Should().BeTrue("the README has a ```csharp block under '## Quick start'");
        Lines(block.Groups[1].Value).Where(l => !l.StartsWith("using ", StringComparison.Ordinal))
            .Should().Equal(Lines(copy), "the README's quick start must be the code below, which this suite compiles and runs");
        block.Groups[1].Value.Split('\n').Length.Should().BeLessThanOrEqualTo(15);
    }

    [Fact]
    public void QuickStart_Run_PrintsTheTotalAndTheOnTimeDeduction()
    {
        var output = new StringWriter();
        lock (ConsoleLock)
        {
            var original = Console.Out;
            Console.SetOut(output);
            try
            {
                QuickStart();
            }
            finally
            {
                Console.SetOut(original);
            }
        }

        output.ToString().Split(Environment.NewLine).Should().StartWith(
        [
            "Đào Xá: 8/100, Yếu",
            "3.2.1 Fail: 8 points, −2. Tỷ lệ hồ sơ đúng hạn 99,00% < 99,9%: thiếu 0,90%, mất 2 điểm; cần thêm 27 hồ sơ giải quyết đúng hạn để đạt yêu cầu. Rà soát hồ sơ sắp đến hạn hằng ngày, cảnh báo sớm hồ sơ có nguy cơ trễ hạn và xử lý dứt điểm. Chủ trì: Các cán bộ, công chức chuyên môn; phối hợp: Công chức Văn Phòng – Thống kê; thời hạn: Trong năm 2025.",
        ]);
    }

    private static void QuickStart()
    {
        // <quickstart>
        var scorer = Scorer.Compile(BundledRuleSets.Load("commune-2025"));  // load, validate, compile once
        var card = scorer.Score(new IndicatorSnapshot("dao-xa", "Đào Xá", new Dictionary<string, IndicatorValue>
        {
            ["dossiersResolved"] = 3000,
            ["dossiersResolvedOnTime"] = 2970,
        }));                                                                // then score many
        Console.WriteLine($"{card.UnitName}: {card.Total}/{card.MaxTotal}, {card.Classification}");
        foreach (var c in card.Criteria.Where(c => c.Id == "3.2.1"))
            Console.WriteLine($"{c.Id} {c.Status}: {c.Points} points, −{c.Deduction}. {c.Hint?.Vi}");
        // </quickstart>
    }

    private static List<string> Lines(string text) => text.Split('\n')
        .Select(l => l.Trim())
        .Where(l => l.Length > 0)
        .ToList();

    [GeneratedRegex(@"## Quick start.*?```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex QuickStartBlock();
}

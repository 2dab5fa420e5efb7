using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Docs;

/// <summary>Keeps the documentation inside the repository and true to the shipped rules.</summary>
public partial class DocsTests
{
    [Fact]
    public void Commune2025Reference_EveryCriterion_ListedWithItsAreaAndPoints()
    {
        var text = File.ReadAllText(Path.Combine(Some.RepositoryRoot, "docs", "commune-2025.md"));
        var rows = Row().Matches(text).ToDictionary(m => m.Groups["id"].Value, m => (Area: m.Groups["area"].Value, Points: decimal.Parse(m.Groups["points"].Value, System.Globalization.CultureInfo.InvariantCulture)));

        rows.Should().BeEquivalentTo(Some.Commune2025Scorer.RuleSet.Criteria.ToDictionary(c => c.Id, c => (c.Area, Points: c.MaxPoints)));
    }

    [Fact]
    public void ServiceIndex766Reference_EveryCriterion_ListedWithItsAreaAndPoints()
    {
        var text = File.ReadAllText(Path.Combine(Some.RepositoryRoot, "docs", "service-index-766.md"));
        var rows = Row().Matches(text).ToDictionary(m => m.Groups["id"].Value, m => (Area: m.Groups["area"].Value, Points: decimal.Parse(m.Groups["points"].Value, System.Globalization.CultureInfo.InvariantCulture)));

        rows.Should().BeEquivalentTo(BundledRuleSets.Load("service-index-766-commune").Criteria.ToDictionary(c => c.Id, c => (c.Area, Points: c.MaxPoints)));
    }

    [Fact]
    public void Links_InEveryMarkdownFile_ResolveInsideTheRepository()
    {
        var root = Path.GetFullPath(Some.RepositoryRoot);
        var files = Directory.EnumerateFiles(root, "*.md", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains("BenchmarkDotNet.Artifacts", StringComparison.Ordinal));

        // Code is not a link: `book.xlsx[Sheet](4,3)` shows a message, not a target.
        var broken = files.SelectMany(file => Link().Matches(Code().Replace(File.ReadAllText(file), string.Empty)).Select(m => m.Groups[1].Value)
                .Select(target => (File: Path.GetRelativePath(root, file), Target: target))
                .Where(link => !Resolves(root, Path.GetDirectoryName(Path.Combine(root, link.File))!, link.Target)))
            .Select(link => $"{link.File} -> {link.Target}")
            .ToList();

        broken.Should().BeEmpty("documentation travels with a clone and the package, so every link must resolve inside the repository");
    }

    private static bool Resolves(string root, string folder, string target)
    {
        // A link climbing out of its folder or rooted at / breaks where a file travels alone (the package's README).
        if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal)
            || target.StartsWith("../", StringComparison.Ordinal) || target.StartsWith('/'))
        {
            return false;
        }

        var path = target.Split('#')[0];
        if (path.Length == 0)
        {
            return true;
        }

        var full = Path.GetFullPath(Path.Combine(folder, path));
        return full.StartsWith(root, StringComparison.Ordinal) && (File.Exists(full) || Directory.Exists(full));
    }

    [GeneratedRegex(@"^\| (?<area>[IVX]+) \| (?<id>[0-9.]+) \| [^|]+ \| (?<points>[0-9.]+) \|", RegexOptions.Multiline)]
    private static partial Regex Row();

    [GeneratedRegex(@"```[\s\S]*?```|`[^`\n]*`")]
    private static partial Regex Code();

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex Link();
}

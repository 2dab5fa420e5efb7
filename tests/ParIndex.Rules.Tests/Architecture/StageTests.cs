using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Architecture;

/// <summary>Holds the library's folders to the stages of the data's journey: a stage uses the stages above it, never one below.</summary>
public partial class StageTests
{
    /// <summary>The stages, in the order data goes through them.</summary>
    private static readonly string[] Stages = ["Model", "RuleFiles", "Inputs", "Evaluation", "Engine", "Scoring", "Reports", "Authoring"];

    private static readonly string Library = Path.Combine(Some.RepositoryRoot, "src", "ParIndex.Rules");

    [Fact]
    public void Folders_EverySourceFile_IsInAStage()
    {
        var files = Directory.EnumerateFiles(Library, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Library, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("obj/", StringComparison.Ordinal) && !f.StartsWith("bin/", StringComparison.Ordinal));

        files.Should().OnlyContain(f => Stages.Contains(f.Split('/')[0]), "every file of the library belongs to one of the stages");
    }

    [Fact]
    public void Sources_EveryFileOfTheRepository_IsAtMost400Lines()
    {
        // A reader holds a file whole: past 400 lines a file is split along its jobs (house style), tests and samples too.
        var long_ = new[] { "src", "tests", "samples", "benchmarks" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Some.RepositoryRoot, folder), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => (File: Path.GetRelativePath(Some.RepositoryRoot, f), Lines: File.ReadLines(f).Count()))
            .Where(f => f.Lines > 400)
            .Select(f => $"{f.File} ({f.Lines})");

        string.Join(Environment.NewLine, long_).Should().BeEmpty("BeEmpty alone would name only the first");
    }

    [Fact]
    public void Stages_EachFile_UsesNoTypeOfALaterStage()
    {
        var declaredIn = new Dictionary<string, int>(StringComparer.Ordinal);
        var sources = Stages.SelectMany((stage, index) => Directory.EnumerateFiles(Path.Combine(Library, stage), "*.cs", SearchOption.AllDirectories)
            .Select(file => (Stage: index, File: file, Code: Code(File.ReadAllText(file))))).ToList();
        foreach (var (stage, _, code) in sources)
        {
            foreach (Match match in Declaration().Matches(code))
            {
                declaredIn[match.Groups[1].Value] = stage;
            }
        }

        var violations = sources
            .SelectMany(s => Identifier().Matches(s.Code).Select(m => m.Value).Distinct()
                .Where(name => declaredIn.TryGetValue(name, out var used) && used > s.Stage)
                .Select(name => $"{Path.GetRelativePath(Library, s.File)} uses {name} ({Stages[declaredIn[name]]})"))
            .ToList();

        violations.Should().BeEmpty("a stage may use only the stages before it: {0}", string.Join(", ", Stages));
    }

    [Fact]
    public void Namespaces_Authoring_IsNeverUsedByTheFlow()
    {
        var flow = Directory.EnumerateFiles(Library, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f).Contains("namespace ParIndex.Rules;", StringComparison.Ordinal));

        flow.Should().NotContain(f => File.ReadAllText(f).Contains("ParIndex.Rules.Authoring", StringComparison.Ordinal),
            "the tooling namespace builds on the flow, so the flow may not depend on it");
    }

    /// <summary>The code without comments and string literals, so a name in a doc comment or a message is not a use.</summary>
    private static string Code(string text) => Literal().Replace(Comment().Replace(text, string.Empty), "\"\"");

    [GeneratedRegex(@"\b(?:class|record|struct|enum|interface)\s+(?:struct\s+)?([A-Z]\w*)")]
    private static partial Regex Declaration();

    [GeneratedRegex(@"\b[A-Z]\w*\b")]
    private static partial Regex Identifier();

    [GeneratedRegex(@"//[^\n]*")]
    private static partial Regex Comment();

    [GeneratedRegex(@"\$?@?""(?:[^""\\\n]|\\.)*""")]
    private static partial Regex Literal();
}

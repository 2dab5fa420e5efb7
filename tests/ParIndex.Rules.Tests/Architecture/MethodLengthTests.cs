using FluentAssertions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace ParIndex.Rules.Tests.Architecture;

/// <summary>Holds every method of every package to what a reader can hold at once (house style).</summary>
public class MethodLengthTests
{
    private const int MostLines = 80;

    [Fact]
    public void Sources_EveryMethodOfEveryPackage_IsAtMost80Lines()
    {
        // Parsed, not counted by braces: a brace in a string or a comment must not move a method's end.
        var long_ = Directory.EnumerateFiles(Path.Combine(Some.RepositoryRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(LongMembers)
            .ToList();

        // Joined into the message: BeEmpty names only the first item, and the fix needs the whole list.
        string.Join(Environment.NewLine, long_).Should().BeEmpty("a method past {0} lines is split along its jobs", MostLines);
    }

    [Fact]
    public void LongMembers_AMethodOf81Lines_IsFound()
    {
        // The rule above is only as good as its measure: a method one line too long must be caught.
        var body = string.Concat(Enumerable.Repeat("        x++;\n", 78));
        var path = Path.Combine(Path.GetTempPath(), $"long-{Guid.NewGuid():N}.cs");
        File.WriteAllText(path, $"class C\n{{\n    void M(int x)\n    {{\n{body}    }}\n    void Short() {{ }}\n}}\n");
        try
        {
            LongMembers(path).Should().ContainSingle().Which.Should().Contain("M (81 lines)");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static IEnumerable<string> LongMembers(string path)
    {
        var root = CSharpSyntaxTree.ParseText(File.ReadAllText(path)).GetRoot();
        var members = root.DescendantNodes().Where(n => n is BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax);
        foreach (var member in members)
        {
            var span = member.GetLocation().GetLineSpan();
            var lines = span.EndLinePosition.Line - span.StartLinePosition.Line + 1;
            if (lines > MostLines)
            {
                yield return $"{Path.GetRelativePath(Some.RepositoryRoot, path)}:{span.StartLinePosition.Line + 1} {Name(member)} ({lines} lines)";
            }
        }
    }

    private static string Name(Microsoft.CodeAnalysis.SyntaxNode member) => member switch
    {
        MethodDeclarationSyntax m => m.Identifier.Text,
        ConstructorDeclarationSyntax c => c.Identifier.Text,
        LocalFunctionStatementSyntax l => l.Identifier.Text,
        AccessorDeclarationSyntax a => a.Keyword.Text,
        _ => member.Kind().ToString(),
    };
}

using System.Globalization;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Model;

/// <summary>
/// What every package's message catalogue must hold (issue #24, 4): every message in both languages, with the same
/// arguments, each written in its language, each named by the package's code and each used. One source, linked into
/// each test project, so the packages are held to one rule.
/// </summary>
/// <param name="catalogue">The package's catalogue of a language.</param>
/// <param name="package">The package's source folder, below <c>src</c>.</param>
/// <param name="withoutMarks">Keys whose Vietnamese is words that carry no marks (such as <c>Sau</c>, after), so the check by marks cannot see it is Vietnamese.</param>
public abstract partial class CatalogueTests(Func<Language, IReadOnlyDictionary<string, string>> catalogue, string package, params string[] withoutMarks)
{
    private IReadOnlyDictionary<string, string> Vi { get; } = catalogue(Language.Vi);

    private IReadOnlyDictionary<string, string> En { get; } = catalogue(Language.En);

    /// <summary>
    /// Keys where one language deliberately tells a detail the other leaves out (an indicator's Vietnamese title, an
    /// engine's English diagnostic), each explained where it is listed: one language's arguments must still be a
    /// part of the other's.
    /// </summary>
    protected virtual IReadOnlySet<string> ToldInOneLanguage => new HashSet<string>();

    [Fact]
    public void Catalogue_EveryKey_IsInBothLanguages()
    {
        Vi.Keys.Should().BeEquivalentTo(En.Keys);
        Vi.Should().NotBeEmpty();
    }

    [Fact]
    public void Catalogue_EveryMessage_TakesTheSameArgumentsInBothLanguages()
    {
        var differing = Vi.Keys.Where(key => ToldInOneLanguage.Contains(key)
            ? !Arguments(En[key]).IsSubsetOf(Arguments(Vi[key])) && !Arguments(Vi[key]).IsSubsetOf(Arguments(En[key]))
            : !Arguments(Vi[key]).SetEquals(Arguments(En[key]))).ToList();

        differing.Should().BeEmpty("a value told in one language and not the other is a message that lies in one of them");
    }

    [Fact]
    public void Catalogue_EveryMessage_FormatsWithItsArguments()
    {
        foreach (var (key, text) in Vi.Concat(En))
        {
            var args = Enumerable.Range(0, Arguments(text).DefaultIfEmpty(-1).Max() + 1).Select(i => (object)i).ToArray();
            var act = () => string.Format(CultureInfo.InvariantCulture, text, args);
            act.Should().NotThrow($"'{key}' is a composite format with its braces doubled");
        }
    }

    [Fact]
    public void Catalogue_EachLanguage_IsWrittenInIt()
    {
        // A pair written the wrong way round (the readers once took English first, the texts Vietnamese first) would
        // put English before a commune official: Vietnamese words carry their marks, English words none.
        var notVietnamese = Vi.Where(e => Words(e.Value) && !VietnameseMark().IsMatch(e.Value)).Select(e => e.Key).Except(withoutMarks);
        var notEnglish = En.Where(e => VietnameseWord().IsMatch(Regex.Replace(e.Value, @"(?<!\w)'[^']*'(?!\w)|""[^""]*""|\([^)]*\)", string.Empty))).Select(e => e.Key);

        notVietnamese.Should().BeEmpty();
        notEnglish.Should().BeEmpty("English messages quote Vietnamese headings only inside quotes or brackets");
    }

    [Fact]
    public void Catalogue_EveryKeyTheCodeNames_IsThereAndEveryKeyIsNamed()
    {
        var prefixes = Vi.Keys.Select(k => k.Split('.')[0]).ToHashSet(StringComparer.Ordinal);
        var named = Directory.EnumerateFiles(Path.Combine(Root(), "src", package), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Named().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(literal => prefixes.Contains(literal.Split('.')[0]))
            .ToHashSet(StringComparer.Ordinal);

        named.Except(Vi.Keys).Should().BeEmpty("a key the code names must be in the catalogues");
        Vi.Keys.Except(named).Should().BeEmpty("a message no code tells is a message left behind");
    }

    /// <summary>A package's catalogue, found by reflection: a package grants its internals to no test project.</summary>
    /// <param name="package">A type of the package.</param>
    /// <param name="language">The language.</param>
    protected static IReadOnlyDictionary<string, string> CatalogueOf(Type package, Language language) =>
        (IReadOnlyDictionary<string, string>)package.Assembly.GetType($"{package.Namespace}.Messages", throwOnError: true)!
            .GetMethod("Catalogue", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)!.Invoke(null, [language])!;

    /// <summary>The numbers of a message's arguments.</summary>
    protected static HashSet<int> Arguments(string text) =>
        [.. Argument().Matches(text.Replace("{{", string.Empty, StringComparison.Ordinal)).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    private static string Root()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "ParIndex.Rules.sln")))
        {
            folder = folder.Parent!;
        }

        return folder.FullName;
    }

    private static bool Words(string text) => Regex.IsMatch(Regex.Replace(text, @"\{\d+[^}]*\}|'[^']*'|""[^""]*""", string.Empty), "[A-Za-z]{3,}");

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex Argument();

    /// <summary>Every literal that looks like a key: a key is named directly, or as one of two in a condition.</summary>
    [GeneratedRegex(@"""([a-z]+\.[a-z0-9-]+)""")]
    private static partial Regex Named();

    [GeneratedRegex("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐ]")]
    private static partial Regex VietnameseMark();

    [GeneratedRegex(@"\b\w*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]\w*\b")]
    private static partial Regex VietnameseWord();
}

using System.Globalization;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Model;

/// <summary>The message catalogues (issue #24, 4): every message in both languages, with the same arguments, each named by the code and each used.</summary>
public partial class MessagesTests
{
    private static readonly IReadOnlyDictionary<string, string> Vi = Messages.Catalogue(Language.Vi);
    private static readonly IReadOnlyDictionary<string, string> En = Messages.Catalogue(Language.En);

    [Fact]
    public void Catalogue_EveryKey_IsInBothLanguages()
    {
        Vi.Keys.Should().BeEquivalentTo(En.Keys);
        Vi.Should().NotBeEmpty();
    }

    [Fact]
    public void Catalogue_EveryMessage_TakesTheSameArgumentsInBothLanguages()
    {
        var differing = Vi.Keys.Where(key => !Arguments(Vi[key]).SetEquals(Arguments(En[key]))).ToList();

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
        var notVietnamese = Vi.Where(e => Words(e.Value) && !VietnameseMark().IsMatch(e.Value)).Select(e => e.Key);
        var notEnglish = En.Where(e => VietnameseWord().IsMatch(Regex.Replace(e.Value, @"(?<!\w)'[^']*'(?!\w)|""[^""]*""|\([^)]*\)", string.Empty))).Select(e => e.Key);

        notVietnamese.Should().BeEmpty();
        notEnglish.Should().BeEmpty("English messages quote Vietnamese headings only inside quotes or brackets");
    }

    [Fact]
    public void Catalogue_EveryKeyTheCodeNames_IsThereAndEveryKeyIsNamed()
    {
        var named = Directory.EnumerateFiles(Path.Combine(Some.RepositoryRoot, "src", "ParIndex.Rules"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => Named().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Where(literal => Prefixes.Contains(literal.Split('.')[0]))
            .ToHashSet(StringComparer.Ordinal);

        named.Except(Vi.Keys).Should().BeEmpty("a key the code names must be in the catalogues");
        Vi.Keys.Except(named).Should().BeEmpty("a message no code tells is a message left behind");
    }

    [Theory]
    [InlineData("13.0", "at least 13")]
    [InlineData("0.0000001", "at least 0.0000001")]
    [InlineData("-1.50", "at least -1.5")]
    public void Say_Decimal_IsItsShortestExactTextInFullDigits(string value, string expected)
    {
        // A threshold of 0.0000001 was told as "1E-07".
        var said = Messages.Say("rules.schema-at-least", decimal.Parse(value, CultureInfo.InvariantCulture));

        said.In(Language.En).Should().Be(expected);
    }

    private static HashSet<int> Arguments(string text) =>
        [.. Argument().Matches(text.Replace("{{", string.Empty, StringComparison.Ordinal)).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];

    private static bool Words(string text) => Regex.IsMatch(Regex.Replace(text, @"\{\d+[^}]*\}|'[^']*'|""[^""]*""", string.Empty), "[A-Za-z]{3,}");

    [GeneratedRegex(@"\{(\d+)[^}]*\}")]
    private static partial Regex Argument();

    /// <summary>Every literal that looks like a key: a key is named directly, or as one of two in a condition.</summary>
    [GeneratedRegex(@"""([a-z]+\.[a-z0-9-]+)""")]
    private static partial Regex Named();

    private static readonly HashSet<string> Prefixes = [.. Vi.Keys.Select(k => k.Split('.')[0])];

    [GeneratedRegex("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐ]")]
    private static partial Regex VietnameseMark();

    [GeneratedRegex(@"\b\w*[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]\w*\b")]
    private static partial Regex VietnameseWord();
}

using System.Text;
using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Model;

/// <summary>The composition used where ICU is absent (globalization-invariant mode), held to ICU's own (this test process has ICU).</summary>
public class NfcTests
{
    /// <summary>Every Vietnamese letter, both cases: the vowels with each tone and their modified forms, and đ.</summary>
    public static TheoryData<string> VietnameseLetters()
    {
        var data = new TheoryData<string>();
        foreach (var c in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY")
        {
            foreach (var tone in new[] { "", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323" })
            {
                data.Add((c + tone).Normalize(NormalizationForm.FormC));
            }
        }

        data.Add("đ");
        data.Add("Đ");
        return data;
    }

    [Fact]
    public void Compose_FastPathCharacters_AreEachStableUnderIcusComposition()
    {
        // Compose returns text of these characters as it is: each must be NFC alone and must not compose with a
        // neighbour from the same ranges (ICU is this test process's reference).
        var fast = Enumerable.Range(0, 0x300).Concat(Enumerable.Range(0x1E00, 0x100)).Select(c => (char)c).Where(c => !char.IsSurrogate(c)).ToList();

        fast.Where(c => !c.ToString().IsNormalized(NormalizationForm.FormC)).Should().BeEmpty();
        string.Concat(fast).Normalize(NormalizationForm.FormC).Should().Be(string.Concat(fast));
    }

    [Theory]
    [InlineData("\u2126", "\u03A9")]
    [InlineData("Ha\u0300 No\u0302\u0323i", "Hà Nội")]
    [InlineData("Ho\u0302\u0300ng", "Hồng")]
    public void Compose_TextOutsideTheFastPath_IsComposed(string text, string expected)
    {
        Nfc.Compose(text).Should().Be(expected);
    }

    [Theory]
    [MemberData(nameof(VietnameseLetters))]
    public void ComposeByTable_EveryVietnameseLetterFullyDecomposed_IsIcusComposition(string letter)
    {
        var decomposed = letter.Normalize(NormalizationForm.FormD);

        Nfc.ComposeByTable(decomposed).Should().Be(letter);
    }

    [Theory]
    [MemberData(nameof(VietnameseLetters))]
    public void ComposeByTable_ToneAfterAModifiedVowel_IsIcusComposition(string letter)
    {
        // Windows-1258 writes â, ê, ô, ơ, ư, ă as one character and the tone as a combining mark after it, whatever the
        // canonical order (ệ is e, dot below, circumflex in NFD; Windows-1258 gives ê then the dot below).
        var decomposed = letter.Normalize(NormalizationForm.FormD);
        var tone = decomposed.Where(c => c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323').ToArray();
        var rest = new string([.. decomposed.Where(c => !tone.Contains(c))]).Normalize(NormalizationForm.FormC);

        Nfc.ComposeByTable(rest + new string(tone)).Should().Be(letter);
    }

    [Fact]
    public void ComposeByTable_EveryLetterOfTheTable_AgreesWithIcuOnWholeWords()
    {
        var text = "Thị trấn Hương Sơn, xã Đào Xá; Số hồ sơ giải quyết đúng hạn, trước hạn. Ngoài: Ångström, Crème brûlée, 北京";

        Nfc.ComposeByTable(text.Normalize(NormalizationForm.FormD)).Should().Be(text.Normalize(NormalizationForm.FormC));
        Nfc.HasIcu.Should().BeTrue("the tests run with ICU, which is what the table is checked against");
    }

    [Theory]
    [InlineData("X\uFFFEY\uFFFFZ")]
    [InlineData("a\uD800b")]
    public void Compose_TextIcuRefuses_IsKeptNotThrown(string text)
    {
        // ICU throws on non-characters and lone surrogates: a name holding one ended the tool with a stack trace.
        Nfc.Compose(text + "e\u0301").Should().Be(text + "é");
    }
}

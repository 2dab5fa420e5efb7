using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Inputs;

/// <summary>Last year's results read by the library: exactly, or refused with the line; never a crash and never a guess.</summary>
public class PreviousResultsTests
{
    private static string Write(string name, byte[] content)
    {
        var path = Path.Combine(Path.GetTempPath(), "parindex-previous", Guid.NewGuid().ToString("N"), name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
        return path;
    }

    [Fact]
    public void ReadFile_CsvWithFormulaGuardAndVietnameseDecimals_ReadsIdsAndTotalsExactly()
    {
        // The tool's CSV writes an id that starts like a formula with an apostrophe; 92,12 is the Vietnamese 92.12.
        var path = Write("2024.csv", "id;total;rank\n'-x;92,12;3\nb;88;4\n"u8.ToArray());

        var previous = PreviousResults.ReadFile(path);

        previous.Errors.Should().BeEmpty();
        previous.ByUnit["-x"].Should().Be(new PreviousResult(92.12m, 3));
        previous.ByUnit["b"].Should().Be(new PreviousResult(88m, 4));
    }

    [Fact]
    public void ReadFile_CsvNotUtf8_IsUnreadableNotReadWithReplacementCharacters()
    {
        // "Đào Xá" in windows-1258 (Đ = 0xD0): read leniently, the id would match no unit and the file would seem another district's.
        var path = Write("2024.csv", [.. "id,total,rank\n"u8.ToArray(), 0xD0, (byte)'a', 0xCC, (byte)'o', .. ",90,1\n"u8.ToArray()]);

        var previous = PreviousResults.ReadFile(path);

        previous.Unreadable!.Message.Should().StartWith("the file is not UTF-8 text");
        previous.ByUnit.Should().BeEmpty();
    }

    [Fact]
    public void ReadFile_JsonWithNumbersPastDecimalAndBadPoints_AreProblemsNotACrash()
    {
        // A 40-digit rank and total overflowed decimal and long; an area without a number once vanished in silence.
        var path = Write("2024.json", """
            { "units": [
              { "id": "a", "total": 1234567890123456789012345678901234567890, "rank": 1 },
              { "id": "b", "total": 80.125, "rank": 99999999999999999999999999999999999999 },
              { "id": "c", "total": 92.125, "rank": 2, "areas": [ { "id": "I", "points": "7" } ], "criteria": [ { "id": "1.1", "points": 2 } ] }
            ] }
            """u8.ToArray());

        var previous = PreviousResults.ReadFile(path);

        previous.Errors.Select(e => (e.UnitId, e.Field)).Should().Equal(("a", "total"), ("b", "rank"), ("c", "areas"));
        previous.ByUnit.Keys.Should().Equal("c");
        previous.ByUnit["c"].Total.Should().Be(92.125m, "decimals are read as written, not through a double");
        previous.ByUnit["c"].CriterionPoints.Should().Equal(new Dictionary<string, decimal> { ["1.1"] = 2m });
    }
}

/// <summary>A province's column map, read by the library as the tool reads it.</summary>
public class ColumnMapTests
{
    [Fact]
    public void ReadFile_NotUtf8_IsOneProblemNotAMapOfGarbledHeaders()
    {
        var path = Path.Combine(Path.GetTempPath(), "parindex-columns", Guid.NewGuid().ToString("N"), "columns.csv");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, [.. "column,key\nM"u8.ToArray(), 0xE3, (byte)' ', (byte)'x', (byte)'a', .. ",id\n"u8.ToArray()]);

        var map = ColumnMap.ReadFile(path, Some.Commune2025Scorer.RuleSet);

        map.Columns.Should().BeEmpty();
        map.Problems.Should().ContainSingle().Which.Message.Should().StartWith("the column map is not UTF-8 text");
    }
}

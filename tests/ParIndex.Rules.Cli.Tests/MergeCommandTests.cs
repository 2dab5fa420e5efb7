using FluentAssertions;
using Newtonsoft.Json.Linq;
using Xunit;

namespace ParIndex.Rules.Cli.Tests;

/// <summary><c>--merge</c>: the sample district's 20 units scored as the six communes they became, compared with their predecessors' 2024 results.</summary>
public class MergeCommandTests
{
    private static readonly string Map = Cli.Bundle("samples/phu-binh-merge-2025.csv");

    [Fact]
    public void Score_SampleMergeMap_RanksTheNewCommunesAndListsTheirPredecessorsLastYear()
    {
        var result = Cli.Run("score", "--merge", Map);

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("commune-2025 2025.1.0, mã băm").And.Contain(": 6 đơn vị")
            .And.Contain("Xã Tân Khánh").And.Contain("gộp  ");
        // Tân Khánh's predecessors in the 2024 results: Bàn Đạt, Đào Xá and Tân Khánh itself.
        var previous = File.ReadAllLines(Cli.Bundle("samples/phu-binh-2024-results.csv")).Skip(1).Select(l => l.Split(','))
            .ToDictionary(c => c[0], c => (Total: decimal.Parse(c[1], System.Globalization.CultureInfo.InvariantCulture), Rank: int.Parse(c[2], System.Globalization.CultureInfo.InvariantCulture)));
        var json = JObject.Parse(Cli.Run("score", "--merge", Map, "--format", "json").Output);
        var unit = json["units"]!.Single(u => (string?)u["id"] == "xa-tan-khanh");
        unit["previous"]!.Type.Should().Be(JTokenType.Null);
        unit["predecessors"]!.Select(p => ((string?)p["id"], (decimal)p["previousTotal"]!, (int)p["previousRank"]!))
            .Should().Equal(new[] { "ban-dat", "dao-xa", "tan-khanh" }.Select(id => ((string?)id, previous[id].Total, previous[id].Rank)));
        result.Error.Should().Contain("điểm tự chấm và kết quả thẩm định của các đơn vị cũ không chuyển sang đơn vị mới");
    }

    [Fact]
    public void Score_PredecessorMissingFromTheInputs_ExitsThreeAndScoresTheOthers()
    {
        var map = Cli.TempFile("map.csv", "newId,newName,type,predecessorId\nx,Xã X,xa,ban-dat\nx,Xã X,xa,no-such\ny,Xã Y,xa,dao-xa\ny,Xã Y,xa,uc-ky\n");

        var result = Cli.RunEn("score", "--merge", map, "--format", "json");

        result.ExitCode.Should().Be(3);
        result.Error.Should().Contain("map.csv(2,1): unit 'x', field 'predecessorId': 'no-such' is not among the inputs");
        var ids = JObject.Parse(result.Output)["units"]!.Select(u => (string?)u["id"]).ToList();
        ids.Should().HaveCount(18, "20 units less ban-dat (x not formed), dao-xa and uc-ky (merged into y), plus y").And.Contain("y").And.NotContain("x").And.NotContain("ban-dat");
    }

    [Fact]
    public void Score_MergeMapThatDoesNotExist_IsAUsageError()
    {
        var result = Cli.RunEn("score", "--merge", "no-such-map.csv");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("The merge map 'no-such-map.csv' does not exist.");
    }
}

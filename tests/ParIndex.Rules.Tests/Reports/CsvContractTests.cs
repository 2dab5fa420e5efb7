using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Reports;

/// <summary>The CSV an application writes through the library: what the tool writes, and read back as last year's results.</summary>
public class CsvContractTests
{
    private static readonly Lazy<ScoredBatch> District = new(() => Some.Commune2025Scorer.ScoreBatch(
        SnapshotReader.ReadFile(Path.Combine(Some.RepositoryRoot, "samples", "phu-binh-2025.json"), Some.Commune2025Scorer.RuleSet)));

    [Fact]
    public void Write_SampleDistrict_IsReadBackAsLastYearsResults()
    {
        // Nhã Lộng is first with 93.89 (WorkbookReportTests works it): written, then read as a later year's "previous".
        var path = Path.Combine(Path.GetTempPath(), $"parindex-{Guid.NewGuid():N}.csv");
        using (var file = new StreamWriter(path))
        {
            CsvContract.Write(file, District.Value);
        }

        var previous = PreviousResults.ReadFile(path);

        previous.Errors.Should().BeEmpty();
        previous.ByUnit.Should().HaveCount(20);
        (previous.ByUnit["nha-long"].Total, previous.ByUnit["nha-long"].Rank).Should().Be((93.89m, 1));
    }

    [Fact]
    public void Write_ExcelVi_UsesSemicolonsADecimalCommaAndAByteOrderMark()
    {
        using var writer = new StringWriter();

        CsvContract.Write(writer, District.Value, excelVi: true, units: District.Value.Ranking.Take(1));

        var lines = writer.ToString().Split(Environment.NewLine);
        lines[0].Should().StartWith("\uFEFFHạng;Mã;Tên đơn vị;Tổng điểm;");
        lines[1].Should().StartWith("1;nha-long;Nhã Lộng;93,89;100;");
    }

    [Fact]
    public void WriteLong_OneUnit_HasARowPerCriterionWithItsHint()
    {
        using var writer = new StringWriter();

        CsvContract.WriteLong(writer, District.Value, units: [District.Value.Unit("dao-xa")!]);

        var lines = writer.ToString().TrimEnd().Split(Environment.NewLine);
        lines.Should().HaveCount(1 + Some.Commune2025Scorer.RuleSet.Criteria.Count);
        lines.Should().Contain(l => l.StartsWith("20,dao-xa,Đào Xá,3.2.1,III,fail,", StringComparison.Ordinal));
    }
}

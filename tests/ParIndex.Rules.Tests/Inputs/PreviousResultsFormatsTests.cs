using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Inputs;

/// <summary>Last year's results in the forms a province keeps them (issue #26, 7): the workbook this library writes, Vietnamese headers.</summary>
public class PreviousResultsFormatsTests
{
    [Fact]
    public void ReadFile_TheWorkbookScoreWrites_IsReadBack()
    {
        // Nhã Lộng is first with 93.89 (WorkbookReportTests works it); the workbook's ranking sheet comes first.
        var scorer = Some.Commune2025Scorer;
        var path = Path.Combine(Path.GetTempPath(), $"parindex-{Guid.NewGuid():N}.xlsx");
        using (var file = File.Create(path))
        {
            WorkbookReport.Write(file, scorer.ScoreBatch(SnapshotReader.ReadFile(Path.Combine(Some.RepositoryRoot, "samples", "phu-binh-2025.json"), scorer.RuleSet)));
        }

        var previous = PreviousResults.ReadFile(path);

        (previous.Unreadable, previous.Errors.Count, previous.ByUnit.Count).Should().Be((null, 0, 20));
        (previous.ByUnit["nha-long"].Total, previous.ByUnit["nha-long"].Rank).Should().Be((93.89m, 1));
    }

    [Fact]
    public void ReadFile_VietnameseHeadersUnderATitle_AreRead()
    {
        // The province's own file: a title row, Mã ĐVHC, Tổng điểm and Xếp hạng, a decimal comma, codes with zeros.
        var path = Path.Combine(Path.GetTempPath(), $"parindex-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "KẾT QUẢ CHỈ SỐ CCHC NĂM 2024;;;\nMã ĐVHC;Tên đơn vị;Tổng điểm;Xếp hạng\n00107;Xã Đào Xá;80,5;2\n00110;Phường Úc Kỳ;91,25;1\n");

        var previous = PreviousResults.ReadFile(path);

        previous.Errors.Should().BeEmpty();
        previous.ByUnit.Keys.Should().BeEquivalentTo("00107", "00110");
        (previous.ByUnit["00107"].Total, previous.ByUnit["00107"].Rank).Should().Be((80.5m, 2));
    }

    [Fact]
    public void ReadFile_NoRankColumn_SaysWhichHeadersAreRead()
    {
        var path = Path.Combine(Path.GetTempPath(), $"parindex-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "Mã ĐVHC;Tổng điểm\n00107;80,5\n");

        var previous = PreviousResults.ReadFile(path);

        previous.Unreadable!.MessageIn(Language.Vi).Should().Contain("Xếp hạng").And.Contain("Mã ĐVHC");
    }

    [Fact]
    public void ReadFile_PointsColumnBesideTheTotal_TakesTheTotal()
    {
        // "Điểm" before "Tổng điểm": the first matching column was taken, a sub-score read as last year's total.
        var path = Path.Combine(Path.GetTempPath(), $"parindex-{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, "Mã ĐVHC;Điểm;Tổng điểm;Xếp hạng\n00107;12;80,5;1\n");

        var previous = PreviousResults.ReadFile(path);

        previous.ByUnit["00107"].Total.Should().Be(80.5m);
    }
}

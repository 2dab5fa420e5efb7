using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests.Reports;

/// <summary>The blank input file: laid out as the readers read it, so a filled one reads back whole.</summary>
public class InputTemplateTests
{
    private static RuleSet Rules => Some.Commune2025Scorer.RuleSet;

    [Fact]
    public void Columns_Commune2025_AreIdNameTypeThenTheCatalogueInOrder()
    {
        var columns = InputTemplate.Columns(Rules);

        // The types in the order rules/commune-2025/ruleset.json lists them (unitTypes).

        columns.Take(3).Should().Equal(
            new TemplateColumn("id", "Mã đơn vị", "chữ, không trùng"),
            new TemplateColumn("name", "Tên đơn vị", "chữ"),
            new TemplateColumn("type", "Loại đơn vị", "xa, phuong, thi-tran, dac-khu"));
        columns.Skip(3).Select(c => c.Key).Should().Equal(Rules.Indicators.Select(i => i.Key));
        columns.Single(c => c.Key == "investmentAllocated").Kind.Should().Be("số tiền (đồng)");
        columns.Single(c => c.Key == "publicAssetInspectionDone").Kind.Should().Be("có/không (có, không, 1, 0, x)");
    }

    [Fact]
    public void WriteXlsx_Commune2025_IsAValidWorkbookWithTitlesAndKeysFrozen()
    {
        using var output = new MemoryStream();

        InputTemplate.WriteXlsx(output, Rules, Language.En);

        using var document = SpreadsheetDocument.Open(new MemoryStream(output.ToArray()), false);
        new OpenXmlValidator().Validate(document).Select(e => e.Description).Should().BeEmpty();
        var workbook = document.WorkbookPart!;
        workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).Should().Equal("Data", "Instructions");
        var data = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().First().Id!);
        data.Worksheet.Descendants<Pane>().Single().TopLeftCell!.Value.Should().Be("A3", "the titles and the keys stay in view");
    }

    [Fact]
    public void WriteXlsx_FilledWithAUnit_ReadsBackEveryFigure()
    {
        var path = Path.Combine(Path.GetTempPath(), $"template-{Guid.NewGuid():N}.xlsx");
        using (var file = File.Create(path))
        {
            InputTemplate.WriteXlsx(file, Rules);
        }

        var rows = Xlsx.Read(path)[0].Rows;
        var perfect = Some.PerfectCommune();
        IReadOnlyList<object?> unit = [.. rows[1].Select(key => key switch
        {
            "id" => "dao-xa",
            "name" => "Đào Xá",
            "type" => "xa",
            _ when perfect.TryGetValue(key!, out var value) => value.Kind == IndicatorValueKind.Boolean ? value.Number == 1 : (object)value.Number,
            _ => null,
        })];
        Xlsx.Write(path, ("Số liệu", [.. rows.Select(r => (IReadOnlyList<object?>)r), unit]));

        var batch = SnapshotReader.ReadFile(path, Rules);

        batch.Errors.Should().BeEmpty();
        batch.Warnings.Should().BeEmpty("no column of the template is unknown to the readers");
        batch.Snapshots.Should().ContainSingle().Which.Indicators.Should().Equal(perfect);
        File.Delete(path);
    }

    [Fact]
    public void WriteCsv_Commune2025_StartsWithAByteOrderMarkThenTitlesThenKeys()
    {
        using var writer = new StringWriter();

        InputTemplate.WriteCsv(writer, Rules);

        var lines = writer.ToString().Split("\r\n");
        lines[0].Should().StartWith("\uFEFFMã đơn vị,Tên đơn vị,Loại đơn vị,");
        lines[1].Should().StartWith("id,name,type,");
        lines[1].Split(',').Should().HaveCount(3 + Rules.Indicators.Count);
    }
}

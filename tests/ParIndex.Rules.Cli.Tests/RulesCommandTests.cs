using FluentAssertions;
using ParIndex.Rules.Tests;
using Xunit;

namespace ParIndex.Rules.Cli.Tests;

/// <summary><c>parindex rules export|import</c> and <c>--rules FILE.xlsx</c> (issue #28, 1): a rule set as the workbook a province edits.</summary>
public class RulesCommandTests
{
    [Fact]
    public void Score_RulesWorkbook_ScoresTheSampleDistrictAsTheFolderDoes()
    {
        var workbook = Path.Combine(Path.GetDirectoryName(Cli.TempFile("x", string.Empty))!, "commune-2025.xlsx");
        Cli.Run("rules", "export", Cli.Bundle("rules/commune-2025"), workbook).ExitCode.Should().Be(0);

        var fromWorkbook = Cli.Run("score", "--rules", workbook, "--format", "json");
        var fromFolder = Cli.Run("score", "--rules", Cli.Bundle("rules/commune-2025"), "--format", "json");

        fromWorkbook.ExitCode.Should().Be(0, fromWorkbook.Error);
        fromWorkbook.Output.Should().Be(fromFolder.Output, "the workbook is the same rule set, stamped with the same id, version and hash");
    }

    [Fact]
    public void Import_ExportedWorkbook_WritesASealedFolderThatValidates()
    {
        var folder = Path.GetDirectoryName(Cli.TempFile("x", string.Empty))!;
        var workbook = Path.Combine(folder, "set.xlsx");
        Cli.Run("rules", "export", "commune-2025", workbook);

        var imported = Cli.RunEn("rules", "import", workbook, Path.Combine(folder, "commune-2025"));

        imported.ExitCode.Should().Be(0, imported.Error);
        imported.Output.Should().Contain("commune-2025 2025.1.1").And.Contain("sealed");
        File.Exists(Path.Combine(folder, "commune-2025", "seal.json")).Should().BeTrue();
        Cli.Run("validate", "--rules", Path.Combine(folder, "commune-2025")).ExitCode.Should().Be(0);
    }

    [Fact]
    public void Validate_WorkbookWithATextForPoints_NamesTheSheetRowAndColumn()
    {
        var workbook = Path.Combine(Path.GetDirectoryName(Cli.TempFile("x", string.Empty))!, "draft.xlsx");
        Cli.Run("rules", "export", "commune-2025", workbook);
        var rows = Xlsx.Read(workbook).Single(s => s.Name == "Tiêu chí").Rows;
        var column = Array.IndexOf(rows[0], "Điểm tối đa");
        Xlsx.SetCell(workbook, "Tiêu chí", 2, column + 1, "hai");

        var result = Cli.RunEn("validate", "--rules", workbook);

        result.ExitCode.Should().Be(1);
        (result.Output + result.Error).Should().Contain($"draft.xlsx[Tiêu chí](2,{column + 1})");
    }

    [Fact]
    public void Import_WorkbookWithProblems_WritesNothing()
    {
        var folder = Path.GetDirectoryName(Cli.TempFile("x", string.Empty))!;
        var workbook = Path.Combine(folder, "draft.xlsx");
        Cli.Run("rules", "export", "commune-2025", workbook);
        Xlsx.SetCell(workbook, "Chỉ tiêu", 1, 6, "Ghi chú");

        var result = Cli.RunEn("rules", "import", workbook, Path.Combine(folder, "out"));

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("draft.xlsx[Chỉ tiêu](1,6)").And.Contain("'Ghi chú' is not a column");
        Directory.Exists(Path.Combine(folder, "out")).Should().BeFalse();
    }

    [Fact]
    public void Score_FolderOfSetsHoldingAWorkbook_TakesTheWorkbookInForce()
    {
        var folder = Path.GetDirectoryName(Cli.TempFile("x", string.Empty))!;
        Cli.Run("rules", "export", "commune-2025", Path.Combine(folder, "commune-2025.xlsx"));

        var result = Cli.RunEn("score", "--rules", folder, "--as-of", "2025-12-31", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        result.Output.Should().Contain("\"version\": \"2025.1.1\"");
    }

    [Fact]
    public void Score_WorkbookWithAnOverlay_IsAUsageErrorThatSaysToImportFirst()
    {
        var workbook = Path.Combine(Path.GetDirectoryName(Cli.TempFile("x", string.Empty))!, "set.xlsx");
        Cli.Run("rules", "export", "commune-2025", workbook);

        var result = Cli.RunEn("score", "--rules", workbook, "--deadline", "2025-11-30");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("parindex rules import");
    }
}

using FluentAssertions;
using ParIndex.Rules.Authoring;
using Xunit;

namespace ParIndex.Rules.Tests.Authoring;

/// <summary>A rule set as one workbook (issue #28, 1): written, read back exactly, and every problem in it at its cell.</summary>
public sealed partial class RuleSetWorkbookTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("parindex-rulebook-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string> Sets => new() { "rules/commune-2025", "rules/service-index-766-commune", "samples/province-example", "tests/ParIndex.Rules.Tests/TestData/every-field" };

    [Theory]
    [MemberData(nameof(Sets))]
    public void LoadWorkbook_ExportedSet_HasTheSetsHash(string folder)
    {
        var ruleSet = RuleSetLoader.LoadFolder(Path.Combine(Some.RepositoryRoot, folder));

        var again = RuleSetLoader.LoadWorkbook(Export(ruleSet));

        again.ContentHash.Should().Be(ruleSet.ContentHash);
        again.Sealed.Should().Be(ruleSet.Sealed);
        again.Criteria.Select(c => (c.Id, c.Cases.Count)).Should().Equal(ruleSet.Criteria.Select(c => (c.Id, c.Cases.Count)));
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Import_ExportedSet_WritesAFolderWithTheSetsHash(string folder)
    {
        var ruleSet = RuleSetLoader.LoadFolder(Path.Combine(Some.RepositoryRoot, folder));

        var imported = RuleSetWorkbook.Import(Export(ruleSet), Path.Combine(_folder, "imported"));

        imported.ContentHash.Should().Be(ruleSet.ContentHash);
        File.Exists(Path.Combine(_folder, "imported", "seal.json")).Should().Be(ruleSet.Sealed);
        RuleSetLoader.LoadFolder(Path.Combine(_folder, "imported")).ContentHash.Should().Be(ruleSet.ContentHash);
    }

    [Fact]
    public void LoadFolder_CommentsAndLayout_DoNotChangeTheHash()
    {
        // The hash is of what the set means: a comment added and a file re-indented leave it as it was.
        var files = BundledRuleSets.Files("commune-2025")
            .Select(f => f.Path == "ruleset.json" ? f with { Text = "// a province's note\n" + f.Text.Replace("  ", "    ", StringComparison.Ordinal) } : f);

        RuleSetLoader.Load("re-laid", files).ContentHash.Should().Be(BundledRuleSets.Load("commune-2025").ContentHash);
    }

    [Fact]
    public void Write_ProvinceExample_LaysEachBandOnARowAndEachFigureOfACaseOnARow()
    {
        var path = Export(RuleSetLoader.LoadFolder(Path.Combine(Some.RepositoryRoot, "samples", "province-example")));

        var sheets = Xlsx.Read(path).ToDictionary(s => s.Name, s => s.Rows);

        sheets.Keys.Should().Equal("Bộ quy tắc", "Lĩnh vực", "Xếp loại", "Loại đơn vị", "Đơn vị thực hiện", "SIPAS", "Chỉ tiêu", "Tiêu chí", "Tình huống");
        sheets["Lĩnh vực"].Skip(1).Select(r => (r[0], r[3], r.ElementAtOrDefault(4))).Should().Equal(
            ("I", "8", ""), ("II", "12", ""), ("III", "2", "bonus"), ("IV", "3", "penalty"));
        var criteria = sheets["Tiêu chí"];
        var column = (string heading) => Array.IndexOf(criteria[0], heading);
        criteria.Skip(1).Where(r => !string.IsNullOrEmpty(r[column("Tiêu chí")])).Select(r => r[column("Tiêu chí")])
            .Should().Equal(["1.1", "1.2", "2.1", "2.2", "3.1", "4.1"], "the example's six criteria, one row each where it starts");
        criteria.Should().Contain(r => !string.IsNullOrEmpty(r[column("Từ mức")]) && string.IsNullOrEmpty(r[column("Tiêu chí")]), "a band after a part's first is a row of its own");
    }

    [Fact]
    public void LoadWorkbook_BandPointsTypedAsText_IsAProblemAtItsCell()
    {
        var path = Export(BundledRuleSets.Load("commune-2025"));
        var (row, column) = Find(path, "Tiêu chí", "Điểm mức", 2);
        Xlsx.SetCell(path, "Tiêu chí", row, column, "hai");

        var problems = Problems(path);

        problems.Should().Contain(p => p.File == "set.xlsx[Tiêu chí]" && p.Line == row && p.Column == column);
    }

    [Fact]
    public void LoadWorkbook_SealedSetEditedWithoutANewVersion_IsRefusedAtTheSealsCell()
    {
        var path = Export(BundledRuleSets.Load("commune-2025"));
        var (row, column) = Find(path, "Tiêu chí", "Tên (tiếng Anh)", 1);
        Xlsx.SetCell(path, "Tiêu chí", row, column, "An edited title");

        var problem = Problems(path).Should().ContainSingle().Which;

        (problem.File, problem.Line, problem.Column).Should().Be(("set.xlsx[Bộ quy tắc]", 11, 2), "the seal is the last of the ten items commune-2025 gives, on row 11, its hash in column B");
        problem.Message.Should().StartWith("the content changed since version 2025.1.1 was sealed");
    }

    [Fact]
    public void LoadWorkbook_ABandNotBelowTheOneBefore_IsReportedAtTheEditedCell()
    {
        // A band after a part's first must have a lower minimum (bands overlap otherwise); 100 is above any first band's
        // minimum but the top one, and the decision-table check finds it at the cell that was edited.
        var path = Export(Unsealed(BundledRuleSets.Load("commune-2025")));
        var rows = Xlsx.Read(path).Single(s => s.Name == "Tiêu chí").Rows;
        var (criterion, min) = (Array.IndexOf(rows[0], "Tiêu chí"), Array.IndexOf(rows[0], "Từ mức"));
        var row = rows.FindIndex(1, r => string.IsNullOrEmpty(r.ElementAtOrDefault(criterion)) && !string.IsNullOrEmpty(r.ElementAtOrDefault(min))) + 1;
        Xlsx.SetCell(path, "Tiêu chí", row, min + 1, 100m);

        var problems = Problems(path);

        problems.Should().Contain(p => p.File == "set.xlsx[Tiêu chí]" && p.Line == row && p.Column == min + 1 && p.Message.Contains("is not below the band before it", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadWorkbook_AValueOnARowThatStartsNothing_IsAProblemNeverDropped()
    {
        var path = Export(Unsealed(BundledRuleSets.Load("commune-2025")));
        var (row, _) = Find(path, "Tiêu chí", "Từ mức", 2);
        var (_, lead) = Find(path, "Tiêu chí", "Chủ trì", 1);
        Xlsx.SetCell(path, "Tiêu chí", row, lead, "Công chức Văn phòng");

        var problems = Problems(path);

        problems.Should().ContainSingle().Which.Should().Match<RuleProblem>(p => p.Line == row && p.Column == lead && p.Message.Contains("starts no criterion", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadWorkbook_AColumnTheLayoutDoesNotHave_IsAProblemAtItsHeading()
    {
        var path = Export(Unsealed(BundledRuleSets.Load("commune-2025")));
        Xlsx.SetCell(path, "Chỉ tiêu", 1, 5, "Ghi chú");

        var problems = Problems(path);

        problems.Should().Contain(p => p.File == "set.xlsx[Chỉ tiêu]" && p.Line == 1 && p.Column == 5 && p.Message.StartsWith("'Ghi chú' is not a column", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadWorkbook_AnEnglishCellOnAnItemWithoutEnglish_IsAProblemNeverDropped()
    {
        var path = Export(Unsealed(BundledRuleSets.Load("commune-2025")));
        var (row, _) = Find(path, "Bộ quy tắc", "Mục", 3);
        Xlsx.SetCell(path, "Bộ quy tắc", row, 3, "version two");

        var problems = Problems(path);

        problems.Should().ContainSingle().Which.Should().Match<RuleProblem>(p => p.File == "set.xlsx[Bộ quy tắc]" && p.Line == row && p.Column == 3
            && p.Message.StartsWith("'Phiên bản' has no English text", StringComparison.Ordinal));
    }

    [Fact]
    public void LoadWorkbook_AnIdTypedAsANumberWithDecimals_IsAProblemNeverReadAsItsShortForm()
    {
        // "3.10" typed in Excel is stored as the number 3.1: read as text it would be another criterion's id.
        var path = Export(Unsealed(BundledRuleSets.Load("commune-2025")));
        var (row, column) = Find(path, "Tiêu chí", "Tiêu chí", 1);
        Xlsx.SetCell(path, "Tiêu chí", row, column, 3.1m);

        var problems = Problems(path);

        problems.Should().Contain(p => p.File == "set.xlsx[Tiêu chí]" && p.Line == row && p.Column == column && p.Message.StartsWith("the cell holds the number 3.1, where text is expected", StringComparison.Ordinal));
    }

    [Fact]
    public void Write_ATextACellCannotHold_RefusesTheExportAndWritesNothing()
    {
        var files = RuleSetWriter.ToFiles(Unsealed(BundledRuleSets.Load("commune-2025")))
            .Select(f => f.Path == "ruleset.json" ? f with { Text = f.Text.Replace("\"Xã\"", "\"X\\u0001ã\"", StringComparison.Ordinal) } : f);
        var ruleSet = RuleSetLoader.Load("control", files);
        using var output = new MemoryStream();

        var refusals = RuleSetWorkbook.Write(output, ruleSet);

        refusals.Should().ContainSingle().Which.Path.Should().Be("$.unitTypes[0].title.vi");
        output.Length.Should().Be(0);
    }

    private string Export(RuleSet ruleSet)
    {
        var path = Path.Combine(_folder, "set.xlsx");
        using (var output = File.Create(path))
        {
            RuleSetWorkbook.Write(output, ruleSet).Should().BeEmpty();
        }

        return path;
    }

    /// <summary>The set as its files, without its seal: a copy to edit.</summary>
    private static RuleSet Unsealed(RuleSet ruleSet) => RuleSetLoader.Load(ruleSet.Id, RuleSetWriter.ToFiles(ruleSet));

    private static IReadOnlyList<RuleProblem> Problems(string path)
    {
        var act = () => RuleSetLoader.LoadWorkbook(path);
        return act.Should().Throw<RuleSetLoadException>().Which.Problems;
    }

    /// <summary>The row and column (1-based) of the nth filled cell under a heading.</summary>
    private static (int Row, int Column) Find(string path, string sheet, string heading, int nth)
    {
        var rows = Xlsx.Read(path).Single(s => s.Name == sheet).Rows;
        var column = Array.IndexOf(rows[0], heading);
        var found = rows.Select((r, i) => (Row: i + 1, Value: r.ElementAtOrDefault(column))).Skip(1).Where(r => !string.IsNullOrEmpty(r.Value)).ElementAt(nth - 1);
        return (found.Row, column + 1);
    }
}

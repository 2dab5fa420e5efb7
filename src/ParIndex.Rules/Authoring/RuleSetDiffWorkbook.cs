namespace ParIndex.Rules.Authoring;

/// <summary>
/// What a rule change does, as a workbook an analyst filters and hands on: the changed fields, the units that move
/// (totals and ranks as numbers), and the classes before and after.
/// </summary>
/// <remarks>Written with the Open XML SDK, as the results workbook is. Stateless and thread-safe.</remarks>
public static class RuleSetDiffWorkbook
{
    /// <summary>Writes the workbook.</summary>
    /// <param name="output">Where to write the .xlsx; left open.</param>
    /// <param name="diff">What changed.</param>
    /// <param name="impact">The units scored under both, or null to leave those sheets out.</param>
    /// <param name="language">The language of headers and words.</param>
    /// <returns>The cells whose text was changed to fit a workbook (<see cref="WorkbookReport.Write"/> says which); empty as a rule.</returns>
    public static IReadOnlyList<InputProblem> Write(Stream output, RuleSetDiff diff, RuleSetImpact? impact, Language language = Language.Vi)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(diff);
        var en = language == Language.En;
        string Say(string vi, string english) => en ? english : vi;
        return WorkbookWriter.Write(output, sheets =>
        {
            string[] changes = [Say("Tiêu chí", "Criterion"), Say("Thay đổi", "Change"), Say("Nội dung", "Field"), Say("Trước", "Before"), Say("Sau", "After")];
            sheets.Add(Say("Thay đổi", "Changes"), [changes], [10, 12, 40, 40, 40], rows =>
            {
                foreach (var field in diff.RuleSetChanges)
                {
                    rows.Row(cells => Change(cells, Say("bộ quy tắc", "the rule set"), Say("thay đổi", "changed"), field, language));
                }

                foreach (var criterion in diff.Criteria)
                {
                    var kind = criterion.Change switch { ChangeKind.Added => Say("thêm mới", "added"), ChangeKind.Removed => Say("bỏ", "removed"), _ => Say("thay đổi", "changed") };
                    foreach (var field in criterion.Fields.DefaultIfEmpty(new FieldChange(string.Empty, null, null)))
                    {
                        rows.Row(cells => Change(cells, criterion.Id, kind, field, language));
                    }
                }
            });
            if (impact is not null)
            {
                Units(sheets, impact, language);
            }
        });
    }

    private static void Change(WorkbookWriter.RowCells cells, string id, string kind, FieldChange field, Language language)
    {
        cells.Text(id);
        cells.Text(kind);
        cells.Text(field.Field.Length == 0 ? null : field.Describe(language), WorkbookWriter.StyleWrapped);
        cells.Text(field.Field.Length == 0 ? null : field.BeforeIn(language), WorkbookWriter.StyleWrapped);
        cells.Text(field.Field.Length == 0 ? null : field.AfterIn(language), WorkbookWriter.StyleWrapped);
    }

    private static void Units(WorkbookWriter sheets, RuleSetImpact impact, Language language)
    {
        var en = language == Language.En;
        string Say(string vi, string english) => en ? english : vi;
        string[] header = [Say("Mã", "Id"), Say("Đơn vị", "Unit"), Say("Tổng điểm trước", "Total before"), Say("Tổng điểm sau", "Total after"), Say("Δ điểm", "Δ points"),
            Say("Hạng trước", "Rank before"), Say("Hạng sau", "Rank after"), Say("Xếp loại trước", "Class before"), Say("Xếp loại sau", "Class after")];
        sheets.Add(Say("Đơn vị", "Units"), [header], [16, 26, 12, 12, 10, 10, 10, 14, 14], rows =>
        {
            foreach (var unit in impact.Units)
            {
                rows.Row(cells =>
                {
                    cells.Text(unit.Id);
                    cells.Text(unit.Name);
                    cells.Number(unit.TotalBefore, WorkbookWriter.StyleDecimal2);
                    cells.Number(unit.TotalAfter, WorkbookWriter.StyleDecimal2);
                    cells.Number(unit.TotalAfter - unit.TotalBefore, WorkbookWriter.StyleDecimal2);
                    cells.Number(unit.RankBefore, WorkbookWriter.StyleWhole);
                    cells.Number(unit.RankAfter, WorkbookWriter.StyleWhole);
                    cells.Text(unit.ClassificationBefore);
                    cells.Text(unit.ClassificationAfter);
                }, unit.Id);
            }
        });
        sheets.Add(Say("Xếp loại", "Classes"), [[Say("Xếp loại", "Class"), Say("Trước", "Before"), Say("Sau", "After")]], [16, 10, 10], rows =>
        {
            foreach (var count in impact.Classes)
            {
                rows.Row(cells =>
                {
                    cells.Text(count.Classification);
                    cells.Number(count.Before, WorkbookWriter.StyleWhole);
                    cells.Number(count.After, WorkbookWriter.StyleWhole);
                });
            }
        });
    }
}

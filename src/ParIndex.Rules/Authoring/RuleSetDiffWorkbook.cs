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
        string Say(string key) => Messages.Tell(key, language);
        return WorkbookWriter.Write(output, sheets =>
        {
            string[] changes = [Say("authoring.criterion"), Say("authoring.change"), Say("authoring.field"), Say("authoring.before"), Say("authoring.after")];
            sheets.Add(Say("authoring.changes"), [changes], [10, 12, 40, 40, 40], rows =>
            {
                foreach (var field in diff.RuleSetChanges)
                {
                    rows.Row(cells => Change(cells, Say("authoring.the-rule-set"), Say("authoring.changed"), field, language));
                }

                foreach (var criterion in diff.Criteria)
                {
                    var kind = criterion.Change switch { ChangeKind.Added => Say("authoring.added"), ChangeKind.Removed => Say("authoring.removed"), _ => Say("authoring.changed") };
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
        string Say(string key) => Messages.Tell(key, language);
        string[] header = [Say("authoring.id"), Say("authoring.unit"), Say("authoring.total-before"), Say("authoring.total-after"), Say("authoring.points"),
            Say("authoring.rank-before"), Say("authoring.rank-after"), Say("authoring.class-before"), Say("authoring.class-after")];
        sheets.Add(Say("authoring.units"), [header], [16, 26, 12, 12, 10, 10, 10, 14, 14], rows =>
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
        sheets.Add(Say("authoring.classes"), [[Say("authoring.class"), Say("authoring.before"), Say("authoring.after")]], [16, 10, 10], rows =>
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

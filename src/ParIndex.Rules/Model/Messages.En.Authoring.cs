namespace ParIndex.Rules;

// The authoring messages in English, by key, grouped by the file that tells them; the same keys in
// Messages.Vi.Authoring.cs give the other language, with the same numbered arguments.
internal static partial class Messages
{
    private static (string Key, string Text)[] EnAuthoring =>
    [
        // Authoring/RuleSetHost.cs
        ("authoring.criterion-has-no-case-a-rule", "criterion {0} has no case; a rule set is swapped in only when every criterion is tested."),
        // Authoring/RuleSetSheets.cs
        ("authoring.text-reads-as-no-figure", "the text '{0}' would read back as no figure"),
        ("authoring.text-reads-as-object-or-array", "the text '{0}' would read back as an object or an array"),
        ("authoring.figure-with-content", "a figure that is an object or array with content; only {{}} and [] can be written"),
        ("authoring.list-item-unfit", "a list item that is empty, padded with spaces or holds a line break (the cell puts one item on each line)"),
        ("authoring.characters-a-cell-cannot-hold", "characters a workbook cannot hold (control characters)"),
        ("authoring.text-longer-than-a-cell", "a text longer than the 32,767 characters of a cell"),
        ("authoring.empty-text", "an empty text, which a cell cannot tell from no text"),
        ("authoring.field-without-column", "a field the workbook has no column for"),
        ("authoring.not-exported", "{0}: the workbook cannot hold it exactly, so the set is not exported. Change the value in the rule files, or keep the set as files."),
        // Authoring/RuleCoverage.cs
        ("authoring.criterion-part", "{0} part {1}"),
        ("authoring.part-without-case-value", "{0}: no case gives it a value to score"),
        ("authoring.band-without-case", "{0}: band ≥ {1} ({2} points)"),
        ("authoring.below-bands-without-case", "{0}: below every band (0 points)"),
        // Authoring/RuleCaseRunner.cs
        ("authoring.case-differs", "{0}: {1} \"{2}\": expected {3} {4} points, got {5} {6} points{7}"),
        ("authoring.case-hint", " (hint: {0})"),

        // Authoring/RuleSetDiffWorkbook.cs: the diff workbook's sheets and headings
        ("authoring.criterion", "Criterion"),
        ("authoring.change", "Change"),
        ("authoring.field", "Field"),
        ("authoring.before", "Before"),
        ("authoring.after", "After"),
        ("authoring.changes", "Changes"),
        ("authoring.the-rule-set", "the rule set"),
        ("authoring.changed", "changed"),
        ("authoring.added", "added"),
        ("authoring.removed", "removed"),
        ("authoring.id", "Id"),
        ("authoring.unit", "Unit"),
        ("authoring.total-before", "Total before"),
        ("authoring.total-after", "Total after"),
        ("authoring.points", "Δ points"),
        ("authoring.rank-before", "Rank before"),
        ("authoring.rank-after", "Rank after"),
        ("authoring.class-before", "Class before"),
        ("authoring.class-after", "Class after"),
        ("authoring.units", "Units"),
        ("authoring.classes", "Classes"),
        ("authoring.class", "Class"),

        // Authoring/RuleSetHost.cs: a reload refused, the set being served kept
        ("authoring.reload-unreadable", "the new rule set could not be read: {0}"),
        ("authoring.reload-folder-gone", "there is no rule set folder '{0}'; the set being served is kept."),

        // Authoring/RuleSetDiff.cs: a value that is not there
        ("authoring.none", "(none)"),

        // Authoring/RuleSetDiff.cs: a rule file's field in words
        ("authoring.field-max-points", "maximum points"),
        ("authoring.field-requirement", "requirement"),
        ("authoring.field-threshold", "threshold"),
        ("authoring.field-op", "comparison"),
        ("authoring.field-scale", "scale"),
        ("authoring.field-bands", "band"),
        ("authoring.field-min", "from"),
        ("authoring.field-points", "points"),
        ("authoring.field-parts", "part"),
        ("authoring.field-title", "title"),
        ("authoring.field-lead", "lead"),
        ("authoring.field-support", "support"),
        ("authoring.field-deadline", "deadline"),
        ("authoring.field-hint", "hint"),
        ("authoring.field-value", "value"),
        ("authoring.field-zero-denominator", "zero denominator"),
        ("authoring.field-applies-to", "applies to"),
        ("authoring.field-cases", "test cases"),
        ("authoring.field-type", "type"),
        ("authoring.field-zero-below", "0 below"),
        ("authoring.field-points-per-event", "points per event"),
        ("authoring.field-areas", "area"),
        ("authoring.field-classification", "classification"),
        ("authoring.field-min-total", "total from"),
        ("authoring.field-targets", "targets"),
        ("authoring.field-version", "version"),
        ("authoring.field-text", "text"),
        ("authoring.field-date", "date"),
        ("authoring.field-vi", "Vietnamese"),
        ("authoring.field-en", "English"),
        ("authoring.field-offices", "office"),
        ("authoring.field-unit-types", "unit type"),
    ];
}

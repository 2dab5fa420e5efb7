namespace ParIndex.Rules;

// The inputs messages in English, by key, grouped by the file that tells them; the same keys in
// Messages.Vi.Inputs.cs give the other language, with the same numbered arguments.
internal static partial class Messages
{
    private static (string Key, string Text)[] EnInputs =>
    [
        // AssessmentFile.cs
        ("inputs.assessment-workbook-no-such-sheet", "the workbook has no sheet '{0}'."),
        ("inputs.the-file-cannot-be-read", "the file cannot be read: {0}"),
        // AssessmentJson.cs
        ("inputs.the-file-is-not-valid-json", "the file is not valid JSON ({0})."),
        ("inputs.expected-an-array-of-rows-or", "expected an array of rows, or an object with a \"rows\" array; each row is an object named by the CSV table's headers."),
        ("inputs.each-row-must-be-a-json", "each row must be a JSON object; it was not applied."),
        ("inputs.the-cell-must-be-a-number", "the cell \"{0}\" must be a number or text; the row was not applied."),
        // AssessmentReading.cs
        ("inputs.the-column-is-in-the-header", "the column '{0}' is in the header row twice; remove or rename one of them."),
        ("inputs.the-row-has-no-unit-id", "the row has no unit id; it was not applied."),
        ("inputs.the-round-must-be-a-whole", "the round must be a whole number from 1."),
        ("inputs.the-appraisal-s-reason-must-not", "the appraisal's reason must not be blank."),
        ("inputs.round-of-this-criterion-is-given", "round {0} of this criterion is given on an earlier row; give each round once."),
        ("inputs.this-criterion-s-claim-is-given", "this criterion's claim is given on an earlier row; give one row per unit and criterion. The row was not applied."),
        ("inputs.the-date-must-be-written-dd", "the date '{0}' must be written dd/MM/yyyy or yyyy-MM-dd; the row was not applied."),
        // Cells.cs
        ("inputs.is-written-the-vietnamese-way-dots", "'{0}' is written the Vietnamese way (dots between thousands, a decimal comma), but the numbers are read the English way (--number-format en); correct the figure or the format."),
        ("inputs.is-written-the-english-way-commas", "'{0}' is written the English way (commas between thousands, a decimal point), but the numbers are read the Vietnamese way (--number-format vi); correct the figure or the format."),
        ("inputs.is-written-in-scientific-notation-as", "'{0}' is written in scientific notation, as a spreadsheet writes a number it has shortened, so digits may be lost; tables are read only in full digits. Format the column as a number (no decimals) and export again. (JSON files may write numbers this way: there it is JSON's own notation.)"),
        // ColumnMap.cs
        ("inputs.the-column-map-does-not-exist", "The column map '{0}' does not exist."),
        ("inputs.the-column-map-is-not-utf", "the column map is not UTF-8 text; save it as UTF-8 (Excel: \"CSV UTF-8\")."),
        // FileInputs.cs
        ("inputs.the-id-appears-in-more-than", "the id appears in more than one input file; ids must be unique. Only the first was scored."),
        // JsonBatch.cs
        ("inputs.the-file-is-empty-it-must", "the file is empty; it must hold a JSON object with a \"units\" array."),
        ("inputs.the-units-array-is-empty-so", "the \"units\" array is empty, so no unit was read; put one object per unit in it."),
        ("inputs.the-unit-starting-at-line-is", "the unit starting at line {0} is nested more than {1} levels deep (line {2}); a unit holds an id, a name and a flat \"indicators\" object. It was skipped; the other units were read."),
        ("inputs.the-property-appears-twice-keep-one", "the property '{0}' appears twice; keep one."),
        ("inputs.the-file-ends-before-its-json", "the file ends before its JSON is closed (a ] or }} is missing): it looks cut short. The units complete before this point were read; check that the file is whole and run again."),
        // MergeMap.Apply.cs
        ("inputs.is-already-the-id-of-a", "'{0}' is already the id of a unit the map leaves as it was; give the new unit an id of its own. It was not formed."),
        ("inputs.the-predecessors-self-assessments-and-appraisals", "the predecessors' self-assessments and appraisals are not carried to the new unit: points claimed or appraised for a former commune are not the new one's."),
        ("inputs.the-unit-was-formed-and-is", "The unit was formed and is ranked overall only."),
        // MergeMap.cs
        ("inputs.the-merge-map-is-not-utf", "the merge map is not UTF-8 text; save it as UTF-8 (in Excel: CSV UTF-8). No unit was merged."),
        ("inputs.the-merge-map-is-empty-it", "the merge map is empty; it needs a header row newId,newName,type,predecessorId and one row per predecessor."),
        ("inputs.every-row-needs-a-newid-and", "every row needs a newId and a predecessorId; the row was not read."),
        ("inputs.each-new-unit-needs-an-id", "each new unit needs an \"id\" and a non-empty list of \"predecessors\" (ids as text); it was not formed."),
        ("inputs.must-be-text-the-unit-was", "\"{0}\" must be text; the unit was not formed."),
        ("inputs.the-merge-map-has-no-units", "the merge map has no \"units\" list."),
        ("inputs.the-new-unit-is-given-twice", "the new unit is given twice; give it once, with all its predecessors. It was not formed."),
        ("inputs.is-the-id-of-a-predecessor", "'{0}' is the id of a predecessor of '{1}', another new unit; a new unit may keep only one of its own predecessors' ids. Give it an id of its own. It was not formed."),
        // PreviousResults.cs
        ("inputs.the-id-appears-twice-in-last", "the id appears twice in last year's results; keep one. The first was used."),
        ("inputs.each-entry-needs-an-id-string", "each entry needs an \"id\" string and \"points\" as a number, not {0}; its points last year are not shown."),
        // SnapshotReader.Assessment.cs
        ("inputs.json-round-not-whole", "the round must be a whole number from 1 to 2,147,483,647"),
        ("inputs.every-round-needs-its-reason", "every round needs its \"reason\""),
        // SnapshotReader.Collector.cs
        ("inputs.each-unit-must-be-an-object", "each unit must be an object with \"id\", \"name\" and \"indicators\"."),
        ("inputs.the-unit-has-no-indicators-object", "the unit has no \"indicators\" object; add one with the unit's figures."),
        ("inputs.unknown-field-a-unit-has-id", "unknown field; a unit has \"id\", \"name\", \"type\", \"period\", \"indicators\", \"selfAssessment\" and \"appraisal\". It was ignored."),
        ("inputs.type-must-be-a-string-such", "\"type\" must be a string such as \"xa\" or \"phuong\"; the unit was scored without a type and is ranked overall only."),
        ("inputs.the-unit-has-no-id-give", "the unit has no id; give every unit a unique id. The unit was not scored."),
        ("inputs.the-id-is-already-used-on", "the id is already used on line {0}; ids must be unique. This unit was not scored, the first one was."),
        ("inputs.the-unit-was-scored-and-ranked", "The unit was scored and ranked overall only."),
        // SnapshotReader.Headers.cs
        ("inputs.the-header-names-more-than-one", "the header '{0}' names more than one indicator (a key and another's title); write the indicator's key. The column was not read."),
        // TableHeader.cs
        ("inputs.the-file-is-empty-the-first", "the file is empty; the first row must name the columns: id, name and the indicator keys."),
        ("inputs.the-column-appears-twice-as-columns", "the column '{0}' appears twice, as columns {1} and {2}; only column {1} was read. Keep one."),
        // TableRow.cs
        ("inputs.a-quote-opened-in-this-row", "a quote opened in this row is never closed, so the row cannot be read and the unit was not scored; the rows after it were read on their own. Close the quote (a quote inside a cell is written twice: \"\")."),
        ("inputs.the-row-holds-the-form-s", "the row holds the form's column numbers ((1), (2), …), not a unit; it was skipped."),
        ("inputs.the-row-is-a-totals-row", "the row is a totals row ('{0}'), not a unit; it was skipped and its figures were not read."),
        ("inputs.the-code-is-stored-as-a", "the code {0} is stored as a number, while other codes in this column keep their leading zeros ({1}): it may have lost its own. Store the codes as text (Format Cells, Text) and write it in full. The unit was scored as '{0}'."),
        ("inputs.the-row-has-cells-but-the", "the row has {0} cells but the header has {1}; check the separators of this row."),
        ("inputs.column-has-no-name-in-the", "column {0} has no name in the header, so its figures were ignored; write the indicator key at the top of the column."),
        // TableRows.cs
        ("inputs.the-header-has-no-unit-rows", "the header has no unit rows below it, so no unit was read; fill in one row per unit under the header."),
        // TableSnapshots.cs
        ("inputs.workbook-has-no-sheet", "the workbook has no sheet; save the data on a sheet with a header row (id, name and the indicator keys)."),
        ("inputs.the-workbook-s-sheets-are-give", " The workbook's sheets are {0}; give the one holding the data to --sheet."),
        ("inputs.a-part-of-it-declares-a", "a part of it declares a DTD (entities), which a workbook never needs and which is refused for safety."),
        ("inputs.the-unit-was-scored-the-criteria", " The unit was scored; the criteria using this figure get invalid_data."),
        // Inputs/AssessmentFile.cs
        ("inputs.assessment-row-for-no-unit", "no unit '{0}' among the figures{1} The row was not applied."),
        ("inputs.unit-has-no-type", "has no type"),
        ("inputs.unit-is-of-type", "is of type '{0}'"),
        ("inputs.assessment-row-criterion-excluded", "criterion {0} applies only to units of type {1}, and this unit {2}: the criterion is excluded for it, so the row was not applied."),
        // Inputs/AssessmentReading.cs
        ("inputs.assessment-no-header-row", "no header row among the first 11 rows: it needs the columns 'Mã ĐVHC' (id), 'Tiêu chí' (criterion) and 'Điểm tự chấm' (points) or 'Điểm thẩm định' (appraised)."),
        ("inputs.appraisal-needs-round-and-reason", "an appraisal table needs the columns 'Vòng' (round) and 'Lý do' (reason) too."),
        ("inputs.assessment-row-no-such-criterion", "'{0}' is not a criterion of '{1}'{2} The row was not applied."),
        ("inputs.row-not-applied-after", "{0}. The row was not applied."),
        ("inputs.row-not-applied", "{0} The row was not applied."),
        // Inputs/Cells.cs
        ("inputs.figure-reads-two-ways", "'{0}' is {1} read the Vietnamese way and {2} read the English way{3}; write it without separators, or state the file's number format (--number-format vi or en)."),
        ("inputs.file-writes-numbers-both-ways", ", and the file writes numbers both ways ('{0}', '{1}')"),
        ("inputs.no-figure-shows-which-way", ", and no other figure of the file shows which"),
        // Inputs/SnapshotReader.Headers.cs
        ("inputs.is-not-a-criterion-of-the", "'{0}' is not a criterion of '{1}'{2} The claim column was not read."),
        ("inputs.the-column-map-sends-to-which", "the column map sends '{0}' to '{1}', which is not an indicator of '{2}'{3} The column was not read; correct the map."),
        ("inputs.unknown-indicator", "unknown indicator{0} It is not in the catalogue of '{1}' and was ignored."),
        // Inputs/TableHeader.cs
        ("inputs.no-header-row-none-of-the", "no header row: none of the first {0} rows has an 'id' column. The header row names the columns: id, name and the indicator keys (up to {1} rows of titles above it are skipped).{2}"),
        // Inputs/TableSnapshots.cs
        ("inputs.workbook-has-no-such-sheet", "the workbook has no sheet '{0}'{1} Its sheets are {2}; give one of them to --sheet."),
        ("inputs.xlsx-part-too-large", "a part of it holds more than {0} characters, far more than a sheet of units needs."),
        ("inputs.xlsx-unreadable", "not a readable XLSX workbook: {0} Save it again as .xlsx, or export the sheet as CSV."),
        // Inputs/TypeOfUnit.cs
        ("inputs.the-type-is-not-one-of", "the type '{0}' is not one of '{1}' ({2}){3} {4}"),
        // Inputs/ColumnMap.cs
        ("inputs.a-column-map-starts-with-the", "a column map starts with the header 'column,key', then one row per column: its header in your files, and id, name or an indicator key."),
        ("inputs.each-row-is-a-column-header", "each row is a column header and a key, two cells, both given."),
        ("inputs.is-not-id-name-or-an", "'{0}' is not id, name or an indicator of '{1}'{2}"),
        ("inputs.the-column-is-mapped-on-line", "the column '{0}' is mapped on line {1} already; keep one."),
        // Inputs/PreviousResults.cs
        ("inputs.the-previous-results-file-does-not", "the previous-results file '{0}' does not exist"),
        ("inputs.give-the-json-that-parindex-score", "{0} Give the JSON that 'parindex score --format json' writes, or a CSV id,total,rank."),
        ("inputs.the-file-is-not-utf-text", "the file is not UTF-8 text; save it as CSV UTF-8"),
        ("inputs.previous-workbook-no-sheet", "the workbook has no sheet"),
        ("inputs.not-a-readable-xlsx-workbook", "not a readable XLSX workbook: {0}"),
        ("inputs.previous-results-need-columns", "the previous results need a column for the id ('id', 'Mã ĐVHC', 'Mã đơn vị', 'Mã'), the total ('total', 'Tổng điểm') and the rank ('rank', 'Hạng', 'Xếp hạng'), in one row among the first 10"),
        ("inputs.previous-unit-no-change", "{0}; this unit shows no change since last year."),
        ("inputs.previous-unit-no-id", "the unit has no \"id\" string"),
        ("inputs.previous-total-not-a-number", "\"total\" must be a number, not {0}"),
        ("inputs.previous-rank-not-whole", "\"rank\" must be a whole number from 1, not {0}"),
        ("inputs.previous-value-absent", "absent"),
        ("inputs.previous-row-no-id", "the row has no id"),
        ("inputs.previous-total-ambiguous", "the total '{0}' could be read with its separator as thousands or as decimals; write it with at most two decimals, as this tool does"),
        ("inputs.previous-row-total-not-a-number", "the total must be a number, not '{0}'"),
        ("inputs.previous-row-rank-not-whole", "the rank must be a whole number from 1, not '{0}'"),
        // Inputs/SnapshotReader.Assessment.cs
        ("inputs.selfassessment-must-be-an-object-of", "\"selfAssessment\" must be an object of criterion ids, each with its claimed points."),
        ("inputs.the-claim-was-not-applied", "{0}. The claim was not applied."),
        ("inputs.evidence-must-be-a-list-of", "\"evidence\" must be a list of documents: [ {{ \"document\": … }} ]. The claim was not applied."),
        ("inputs.each-evidence-item-is-an-object", "each evidence item is an object with a \"document\" and, if given, a \"date\" written yyyy-MM-dd and a \"location\". The claim was not applied."),
        ("inputs.appraisal-must-be-an-object-of", "\"appraisal\" must be an object of criterion ids, each with its rounds."),
        ("inputs.a-criterion-s-appraisal-is-a", "a criterion's appraisal is a list of rounds: [ {{ \"round\": 1, \"points\": …, \"reason\": … }} ]. It was not applied."),
        ("inputs.each-round-is-an-object-with", "each round is an object with round, points and reason; this round was not applied."),
        ("inputs.this-round-was-not-applied", "{0}; this round was not applied."),
        ("inputs.appraisal-names-no-criterion", "'{0}' is not a criterion of '{1}'{2} The appraisal was not applied."),
        ("inputs.claim-names-no-criterion", "'{0}' is not a criterion of '{1}'{2} The claim was not applied."),
        ("inputs.round-given-twice", "round {0} is given twice"),
        // Inputs/InputProblem.cs
        ("inputs.problem-unit", "unit '{0}'"),
        ("inputs.problem-field", "field '{0}'"),
        ("inputs.more-problems-not-listed", "{0} more problems like these were found and not listed; fix the ones above and read the file again."),
        // Inputs/JsonBatch.cs
        ("inputs.json-unit-unreadable", "a unit starting at line {0} could not be read: {1} It was skipped; fix it and run again. The other units were read."),
        ("inputs.json-malformed", "malformed JSON: {0} The units before this point were read; fix the file and run again for the rest."),
        ("inputs.json-not-a-batch", "expected an object with a \"units\" array (or one unit with an \"id\"); see the README's input format."),
        // Inputs/MergeMap.Apply.cs
        ("inputs.merge-predecessor-absent", "{0} is not among the inputs{1} '{2}' was not formed (it would be scored on incomplete sums), nor were its other predecessors scored."),
        ("inputs.merge-predecessors-absent", "{0} are not among the inputs{1} '{2}' was not formed (it would be scored on incomplete sums), nor were its other predecessors scored."),
        // Inputs/MergeMap.cs
        ("inputs.merge-map-columns-missing", "the merge map has no column {0}; its header row is newId,newName,type,predecessorId (type may be left out)."),
        ("inputs.merge-name-differs", "the new unit's name differs from line {0}; write it the same on every row. The unit was not formed."),
        ("inputs.merge-type-differs", "the new unit's type differs from line {0}; write it the same on every row. The unit was not formed."),
        ("inputs.merge-map-not-json", "the merge map is not valid JSON ({0})."),
        ("inputs.merge-predecessor-twice", "'{0}' is listed twice under '{1}'; list each predecessor once. '{1}' was not formed."),
        ("inputs.merge-predecessor-in-two", "'{0}' is listed under both '{1}' and '{2}'; a unit merges into one new unit. Neither was formed."),
        // Inputs/SnapshotReader.Collector.cs
        ("inputs.appraisal-criterion-excluded", "criterion {0} applies only to units of type {1}, and this unit {2}: it is excluded for the unit, so the appraisal was not applied. Check the unit's type or remove the entry."),
        ("inputs.claim-criterion-excluded", "criterion {0} applies only to units of type {1}, and this unit {2}: it is excluded for the unit, so the claim was not applied. Check the unit's type or remove the entry."),
        // Inputs/SnapshotReader.cs
        ("inputs.not-utf8", "the file is not UTF-8 text (line {0} has bytes UTF-8 does not allow), so no unit was read: its names and figures would come out wrong. Save it as UTF-8 (Excel: \"CSV UTF-8\"), or give its encoding (--encoding windows-1258)."),
    ];
}

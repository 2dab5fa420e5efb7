using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules.Authoring;

/// <summary>
/// A rule set as one workbook a province can read beside its decision and edit: the rule set, its areas, classes, unit
/// types, offices, SIPAS aspects, indicators, criteria (a row per band) and cases (a row per figure), Vietnamese headings
/// with an English column for each text. <see cref="RuleSetLoader.LoadWorkbook(string)"/> reads it back, and the round
/// trip is exact: the set read back has the same <see cref="RuleSet.ContentHash"/>.
/// </summary>
/// <remarks>
/// The workbook is written from the set's canonical rule files (<see cref="RuleSetWriter.ToFiles"/>), field for field,
/// so nothing in a rule file is left out; a value a workbook cannot hold as it is (a text with characters a cell cannot
/// keep, a list item holding a line break) refuses the export with the reason, and nothing is written. Stateless and
/// thread-safe.
/// </remarks>
public static class RuleSetWorkbook
{
    /// <summary>Writes the rule set's workbook.</summary>
    /// <param name="output">Where to write the .xlsx; left open.</param>
    /// <param name="ruleSet">The rule set; a sealed set's seal goes with it, so the workbook cannot be edited under the same version.</param>
    /// <returns>What the workbook cannot hold exactly, each at its field; when there is any, nothing is written.</returns>
    public static IReadOnlyList<RuleProblem> Write(Stream output, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var files = CanonicalFiles.ToFiles(ruleSet).ToDictionary(f => f.Path, f => Parse(f.Text), StringComparer.Ordinal);
        var sheets = new RuleSetSheets(ruleSet.Sealed ? ruleSet.ContentHash : null);
        sheets.Fill(files);
        if (sheets.Refusals.Count > 0)
        {
            return sheets.Refusals;
        }

        WorkbookWriter.Write(output, book =>
        {
            foreach (var (name, headings, widths, rows) in sheets.All)
            {
                book.Add(name, [headings], widths, write =>
                {
                    foreach (var row in rows)
                    {
                        write.Row(cells => Cells(cells, row));
                    }
                });
            }
        });
        return [];
    }

    /// <summary>Brings a rule set workbook back to rule files in a folder (with its seal, when it is sealed), after checking it whole.</summary>
    /// <param name="workbook">The .xlsx.</param>
    /// <param name="folder">The folder to write; created when missing. Files of a rule set already there are replaced.</param>
    /// <returns>The rule set as the folder now loads.</returns>
    /// <exception cref="RuleSetLoadException">The workbook has problems; nothing is written.</exception>
    public static RuleSet Import(string workbook, string folder)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(folder);
        var ruleSet = RuleSetLoader.LoadWorkbook(workbook);
        var criteria = Path.Combine(folder, "criteria");
        Directory.CreateDirectory(criteria);

        // Criteria files of another version would be read with the new ones: the folder ends up holding this set alone.
        foreach (var stale in Directory.EnumerateFiles(criteria, "*.json"))
        {
            File.Delete(stale);
        }

        var utf8 = new UTF8Encoding(false);
        foreach (var file in RuleSetWriter.ToFiles(ruleSet))
        {
            File.WriteAllText(Path.Combine(folder, file.Path), file.Text, utf8);
        }

        var seal = Path.Combine(folder, RuleSetReader.SealFile);
        if (ruleSet.Sealed)
        {
            File.WriteAllText(seal, RuleSetSeal.FileOf(ruleSet).Text, utf8);
        }
        else if (File.Exists(seal))
        {
            File.Delete(seal);
        }

        return RuleSetLoader.LoadFolder(folder);
    }

    private static JObject Parse(string text)
    {
        using var reader = SchemaCatalog.CreateReader(text);
        return JObject.Load(reader);
    }

    private static void Cells(WorkbookWriter.RowCells cells, object?[] row)
    {
        foreach (var value in row)
        {
            switch (value)
            {
                case decimal number:
                    cells.Number(number, 0);
                    break;
                case bool yes:
                    cells.Bool(yes);
                    break;
                case string or null:
                    cells.Text((string?)value);
                    break;
                default:
                    throw new InvalidOperationException($"A rule set workbook cell cannot hold a {value.GetType().Name}.");
            }
        }
    }
}

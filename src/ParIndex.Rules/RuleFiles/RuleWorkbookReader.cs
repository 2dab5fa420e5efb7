using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules;

/// <summary>
/// Reads a rule set's workbook (<see cref="RuleWorkbook"/>) into the rule files it stands for, each value marked with
/// the cell it came from: the rule set is then read and checked by the one reader JSON files go through, and every
/// problem found there is put back at its sheet, row and column.
/// </summary>
/// <remarks>
/// Nothing is dropped: a column, a sheet or an item the layout does not have, a value on a row that starts nothing, a
/// figure given twice, each is a problem at its cell. One instance reads one workbook.
/// </remarks>
internal sealed partial class RuleWorkbookReader
{
    private readonly string _name;
    private readonly List<RuleProblem> _problems = [];

    private RuleWorkbookReader(string name) => _name = name;

    /// <summary>A row of a sheet: its number, and each filled cell by its column's heading with the column's number.</summary>
    private sealed record SheetRow(string Sheet, int Line, IReadOnlyDictionary<string, (object Value, int Column)> Cells)
    {
        public bool Has(string column) => Cells.ContainsKey(column);
    }

    /// <summary>Where a value of the rule files was written in the workbook.</summary>
    private sealed record CellAt(SourcePosition Position);

    /// <summary>Reads the workbook.</summary>
    /// <param name="name">The workbook's name, as problems name it.</param>
    /// <param name="stream">The workbook.</param>
    /// <returns>The rule files as far as they could be read, and the problems of the workbook's layout and cells.</returns>
    public static (IReadOnlyList<RuleFile> Files, IReadOnlyList<RuleProblem> Problems) Read(string name, Stream stream)
    {
        var reader = new RuleWorkbookReader(name);
        Workbooks.Book book;
        try
        {
            book = Workbooks.Book.Open(stream);
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or System.Xml.XmlException or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException
            or InvalidOperationException or NotSupportedException or IOException or ArgumentException or KeyNotFoundException)
        {
            return ([], [new RuleProblem(name, 0, 0, string.Empty, Messages.Say("rules.the-file-cannot-be-read-as", e.Message))]);
        }

        using (book)
        {
            return (reader.Files(book), reader._problems);
        }
    }

    private List<RuleFile> Files(Workbooks.Book book)
    {
        var known = new[] { RuleWorkbook.RuleSet, RuleWorkbook.Areas, RuleWorkbook.Classes, RuleWorkbook.UnitTypes, RuleWorkbook.Offices, RuleWorkbook.Sipas,
            RuleWorkbook.Indicators, RuleWorkbook.Criteria, RuleWorkbook.Cases };
        foreach (var (sheet, _) in book.Sheets.Where(s => !known.Any(k => k.Folded() == s.Name.Folded())))
        {
            Problem(sheet, 0, 0, Messages.Say("rules.is-not-a-sheet-of-a", string.Join(", ", known)));
        }

        var items = Items(Sheet(book, RuleWorkbook.RuleSet, [RuleWorkbook.Item, RuleWorkbook.Value, RuleWorkbook.English], true));
        var manifest = Manifest(book, items);
        var indicators = new JObject { ["indicators"] = Rows(Sheet(book, RuleWorkbook.Indicators, RuleWorkbook.IndicatorColumns, true), row => Obj(row,
            ("key", Text(row, RuleWorkbook.Id)), ("type", Text(row, RuleWorkbook.Type)), ("title", Texts(row, RuleWorkbook.Title, RuleWorkbook.TitleEn)), ("merge", Text(row, RuleWorkbook.Merge)))) };
        var files = new List<RuleFile> { File(RuleSetReader.ManifestFile, manifest), File(RuleSetReader.IndicatorsFile, indicators) };
        foreach (var (area, criteria) in CriteriaByArea(Sheet(book, RuleWorkbook.Criteria, RuleWorkbook.CriteriaColumns, true), Sheet(book, RuleWorkbook.Cases, RuleWorkbook.CaseColumns, false)))
        {
            files.Add(File($"{RuleSetReader.CriteriaFolder}area-{area}.json", new JObject { ["area"] = area, ["criteria"] = criteria }));
        }

        if (items.TryGetValue(RuleWorkbook.Seal, out var seal))
        {
            var version = items.TryGetValue(RuleWorkbook.Version, out var v) ? Cell(v, RuleWorkbook.Value, CellKind.Text) : null;
            var hash = Cell(seal, RuleWorkbook.Value, CellKind.Text);
            files.Add(File(RuleSetReader.SealFile, Mark(Obj(null, ("version", version), ("hash", hash)), seal, seal.Cells.GetValueOrDefault(RuleWorkbook.Value).Column is > 0 and var c ? c : 1)));
        }

        return files;
    }

    private JObject Manifest(Workbooks.Book book, Dictionary<string, SheetRow> items)
    {
        JToken? Item(string item, CellKind kind) => items.TryGetValue(item, out var row) ? Cell(row, RuleWorkbook.Value, kind) : null;
        var first = items.Values.FirstOrDefault();
        var manifest = Obj(first,
            ("id", Item(RuleWorkbook.Id, CellKind.Text)),
            ("title", items.TryGetValue(RuleWorkbook.Title, out var title) ? Texts(title, RuleWorkbook.Value, RuleWorkbook.English) : null),
            ("version", Item(RuleWorkbook.Version, CellKind.Text)),
            ("period", Obj(first, ("from", Item(RuleWorkbook.PeriodFrom, CellKind.Date)), ("to", Item(RuleWorkbook.PeriodTo, CellKind.Date)))),
            ("validFrom", Item(RuleWorkbook.ValidFrom, CellKind.Date)),
            ("validTo", Item(RuleWorkbook.ValidTo, CellKind.Date)),
            ("level", Item(RuleWorkbook.Level, CellKind.Text)),
            ("totalPoints", Item(RuleWorkbook.TotalPoints, CellKind.Number)),
            ("areas", Rows(Sheet(book, RuleWorkbook.Areas, RuleWorkbook.AreaColumns, true), row => Obj(row,
                ("id", Text(row, RuleWorkbook.Id)), ("title", Texts(row, RuleWorkbook.Title, RuleWorkbook.TitleEn)),
                ("maxPoints", Cell(row, RuleWorkbook.MaxPoints, CellKind.Number)), ("kind", Text(row, RuleWorkbook.Kind))))),
            ("notApplicable", Item(RuleWorkbook.NotApplicable, CellKind.Text)),
            ("classification", Rows(Sheet(book, RuleWorkbook.Classes, RuleWorkbook.ClassColumns, true), row => Obj(row,
                ("name", Text(row, RuleWorkbook.Class)), ("minTotal", Cell(row, RuleWorkbook.MinTotalOfClass, CellKind.Number))))));
        var types = Sheet(book, RuleWorkbook.UnitTypes, RuleWorkbook.UnitTypeColumns, false);
        if (types.Count > 0)
        {
            manifest["unitTypes"] = Rows(types, row => Obj(row, ("id", Text(row, RuleWorkbook.Id)), ("title", Texts(row, RuleWorkbook.Title, RuleWorkbook.TitleEn))));
        }

        var offices = Sheet(book, RuleWorkbook.Offices, RuleWorkbook.OfficeColumns, false);
        if (offices.Count > 0)
        {
            manifest["offices"] = Rows(offices, row => Obj(row, ("id", Text(row, RuleWorkbook.Id)), ("title", Texts(row, RuleWorkbook.Title, RuleWorkbook.TitleEn)),
                ("spellings", List(row, RuleWorkbook.Spellings) ?? At(new JArray(), row))));
        }

        manifest["targets"] = Obj(first, ("minTotal", Item(RuleWorkbook.MinTotal, CellKind.Number)), ("minSipas", Item(RuleWorkbook.MinSipas, CellKind.Number)));
        manifest["sipas"] = Obj(first, ("aspects", Rows(Sheet(book, RuleWorkbook.Sipas, RuleWorkbook.SipasColumns, true), row => Obj(row,
            ("id", Text(row, RuleWorkbook.Id)), ("title", row.Has(RuleWorkbook.Title) || row.Has(RuleWorkbook.TitleEn) ? Texts(row, RuleWorkbook.Title, RuleWorkbook.TitleEn) : null),
            ("numerator", Text(row, RuleWorkbook.Numerator)), ("denominator", Text(row, RuleWorkbook.Denominator))))));
        return manifest;
    }

    /// <summary>The rule set sheet's rows by the item each gives; an item it does not know, or one given twice, is a problem.</summary>
    private Dictionary<string, SheetRow> Items(List<SheetRow> rows)
    {
        var items = new Dictionary<string, SheetRow>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var written = row.Cells.TryGetValue(RuleWorkbook.Item, out var cell) ? Convert.ToString(cell.Value, CultureInfo.InvariantCulture)! : string.Empty;
            var item = RuleWorkbook.Items.FirstOrDefault(i => i.Folded() == written.Folded());
            if (item is null)
            {
                Problem(row.Sheet, row.Line, 1, Messages.Say("rules.is-not-an-item-of-the", written, string.Join(", ", RuleWorkbook.Items)));
            }
            else if (!items.TryAdd(item, row))
            {
                Problem(row.Sheet, row.Line, 1, Messages.Say("rules.is-given-twice-also-on-row", item, items[item].Line));
            }
        }

        // Only the title has an English text: an English cell on another item would be dropped.
        foreach (var (item, row) in items.Where(i => i.Key != RuleWorkbook.Title && i.Value.Has(RuleWorkbook.English)))
        {
            Problem(row.Sheet, row.Line, row.Cells[RuleWorkbook.English].Column, Messages.Say("rules.has-no-english-text-clear-the", item, RuleWorkbook.Title));
        }

        foreach (var missing in RuleWorkbook.Items.Except(RuleWorkbook.OptionalItems).Where(i => !items.ContainsKey(i)))
        {
            Problem(RuleWorkbook.RuleSet, 0, 0, Messages.Say("rules.the-item-is-missing-add-a", missing));
        }

        return items;
    }

    private RuleFile File(string path, JObject content)
    {
        var text = content.ToString(Formatting.Indented) + "\n";
        using var reader = SchemaCatalog.CreateReader(text);
        var written = JObject.Load(reader, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Load });
        var origins = new Dictionary<(int, int), SourcePosition>();
        foreach (var (now, then) in written.DescendantsAndSelf().Zip(content.DescendantsAndSelf()))
        {
            var from = then;
            while (from is not null && from.Annotation<CellAt>() is null)
            {
                from = from.Parent;
            }

            origins.TryAdd(JsonPosition.Of(now), from?.Annotation<CellAt>()!.Position ?? new SourcePosition(_name, 0, 0));
        }

        return new RuleFile(path, text) { Origins = origins };
    }

    private void Problem(string sheet, int line, int column, LocalizedText message) =>
        _problems.Add(new RuleProblem(Where(sheet), line, column, string.Empty, message));

    private string Where(string sheet) => $"{_name}[{sheet}]";
}

using System.CommandLine;
using System.Globalization;
using CsvHelper;

namespace ParIndex.Rules.Cli.Commands;

/// <summary><c>parindex template</c>: a blank input file for a rule set, laid out as the readers read it.</summary>
/// <remarks>
/// A row of titles in the reader's language sits above the row of keys, so an office sees what each column asks
/// for while the keys stay the header the readers look for; a filled template reads back with no column unknown.
/// </remarks>
internal static class TemplateCommand
{
    public static Command Create(CommandContext context)
    {
        var file = new Argument<string>("FILE") { Description = Words.Say("Tệp cần ghi: .csv (UTF-8 có BOM, Excel mở đúng tiếng Việt) hoặc .xlsx.", "The file to write: .csv (UTF-8 with a byte-order mark, which Excel opens as Vietnamese) or .xlsx.") };
        var command = new Command("template", CommandContext.Describe(
            "Ghi một tệp đầu vào trống cho bộ quy tắc: một dòng tên cột, dòng mã, rồi mỗi đơn vị một dòng để điền.",
            "Write a blank input file for the rule set: a row of column titles, the row of keys, then one row per unit to fill in.",
            "parindex template so-lieu-2025.xlsx", "parindex template so-lieu-2025.csv --lang en"))
        {
            file, context.Rules, context.Overlay, context.Lang,
        };
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            var extension = Path.GetExtension(path).ToUpperInvariant();
            if (extension is not (".CSV" or ".XLSX"))
            {
                throw new UsageException(Words.Say(
                    $"'{path}': mẫu chỉ được ghi dạng .csv hoặc .xlsx; hãy đặt tên tệp có một trong hai phần mở rộng này.",
                    $"'{path}': a template is written as .csv or .xlsx; give a file name with one of these extensions."));
            }

            var ruleSet = context.LoadRules(parse);
            if (ruleSet is null)
            {
                return ExitCodes.RuleProblems;
            }

            var language = Words.Language;
            var columns = Columns(ruleSet, language);
            using (var target = OutputFile.Open(path))
            {
                if (extension == ".CSV")
                {
                    WriteCsv(target.Writer, columns);
                }
                else
                {
                    WriteXlsx(target.Stream, columns, language);
                }

                target.Commit();
            }

            var count = ruleSet.Indicators.Count.ToString(CultureInfo.InvariantCulture);
            context.Output.WriteLine(language == Language.En
                ? $"{path}: {count} indicators of '{ruleSet.Id}'. Fill in one row per unit below the row of keys."
                : $"{path}: {count} chỉ tiêu của '{ruleSet.Id}'. Điền mỗi đơn vị một dòng, dưới dòng mã.");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Each column's key, title and the kind of value it takes: id, name, the type when the rule set lists types, then the catalogue in its order.</summary>
    private static List<(string Key, string Title, string Kind)> Columns(RuleSet ruleSet, Language language)
    {
        var en = language == Language.En;
        var types = string.Join(", ", ruleSet.UnitTypes.Select(t => t.Id));
        List<(string Key, string Title, string Kind)> type = ruleSet.UnitTypes.Count == 0 ? [] : [("type", en ? "Unit type" : "Loại đơn vị", types)];
        return
        [
            ("id", en ? "Unit id" : "Mã đơn vị", en ? "text, unique" : "chữ, không trùng"),
            ("name", en ? "Unit name" : "Tên đơn vị", en ? "text" : "chữ"),
            .. type,
            .. ruleSet.Indicators.Select(i => (i.Key, i.Title.In(language), i.Type switch
            {
                IndicatorType.Count => en ? "count (whole number)" : "số lượng (số nguyên)",
                IndicatorType.Amount => en ? "amount in VND" : "số tiền (đồng)",
                _ => en ? "yes/no (yes, no, 1, 0, x)" : "có/không (có, không, 1, 0, x)",
            })),
        ];
    }

    private static void WriteCsv(TextWriter writer, List<(string Key, string Title, string Kind)> columns)
    {
        // Excel opens a CSV as Vietnamese only when it starts with a byte-order mark; the readers skip it.
        writer.Write('\uFEFF');
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var row in new[] { columns.Select(c => c.Title), columns.Select(c => c.Key) })
        {
            foreach (var cell in row)
            {
                csv.WriteField(cell);
            }

            csv.NextRecord();
        }
    }

    private static void WriteXlsx(Stream stream, List<(string Key, string Title, string Kind)> columns, Language language)
    {
        var en = language == Language.En;

        // The data sheet comes first, so the workbook reads back without --sheet.
        var data = new[] { columns.Select(c => c.Title), columns.Select(c => c.Key) }
            .Select(row => row.Select((cell, i) => (Column: ColumnName(i), Cell: cell)).ToDictionary(p => p.Column, p => (object?)p.Cell));
        var guide = new List<Dictionary<string, object?>>
        {
            Row(en ? "How to fill in" : "Cách điền", string.Empty, string.Empty),
            Row(en ? "One row per unit, below the row of keys (row 2); leave the first two rows as they are." : "Mỗi đơn vị một dòng, dưới dòng mã (dòng 2); giữ nguyên hai dòng đầu.", string.Empty, string.Empty),
            Row(en ? "An empty cell is a figure not reported, never zero or no." : "Ô để trống là chưa báo cáo, không phải số 0 hay \"không\".", string.Empty, string.Empty),
            Row(en ? "Numbers as numbers (1234567), or written 1.234.567 with a decimal comma (98,5)." : "Số nhập dạng số (1234567), hoặc viết 1.234.567 với dấu phẩy thập phân (98,5).", string.Empty, string.Empty),
            Row(string.Empty, string.Empty, string.Empty),
            Row(en ? "Key" : "Mã", en ? "Column" : "Chỉ tiêu", en ? "Value" : "Giá trị"),
        };
        guide.AddRange(columns.Select(c => Row(c.Key, c.Title, c.Kind)));
        var sheets = new Dictionary<string, object>
        {
            [en ? "Data" : "Số liệu"] = data.ToList(),
            [en ? "Instructions" : "Hướng dẫn"] = guide,
        };
        MiniExcelLibs.MiniExcel.SaveAs(stream, sheets, printHeader: false);

        static Dictionary<string, object?> Row(string a, string b, string c) => new() { ["A"] = a, ["B"] = b, ["C"] = c };
    }

    /// <summary>A spreadsheet column's letters (0 → A, 26 → AA): MiniExcel keys a row's cells by name.</summary>
    private static string ColumnName(int index)
    {
        var name = string.Empty;
        for (var i = index + 1; i > 0; i = (i - 1) / 26)
        {
            name = (char)('A' + ((i - 1) % 26)) + name;
        }

        return name;
    }
}

using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ParIndex.Rules;

/// <summary>
/// A batch's results as a workbook an analyst opens in Excel or LibreOffice: the ranking, the criteria × units
/// points with the status shown by the cell's colour, the areas' percentages, the measured values, and every hint
/// with its lead, support and deadline. Headers are frozen, columns sized, numbers stored as numbers (rates as
/// fractions shown as percentages), so the spreadsheet shows them in its own locale's way.
/// </summary>
/// <remarks>Written with the Open XML SDK's streaming writer, row by row: a province's thousands of units take seconds. Stateless and thread-safe.</remarks>
public static class WorkbookReport
{
    // Cell styles, by index into the stylesheet below.
    private const uint Header = 1;
    private const uint Decimal2 = 2;
    private const uint Whole = 3;
    private const uint Percent = 4;
    private const uint Pass = 5;
    private const uint Fail = 6;
    private const uint NoData = 7;
    private const uint NotApplicable = 8;
    private const uint Wrapped = 9;

    /// <summary>Writes the workbook.</summary>
    /// <param name="output">Where to write the .xlsx; left open.</param>
    /// <param name="batch">The scored batch (<see cref="Scorer.ScoreBatch"/>): its units by rank, compared with last period when it was.</param>
    /// <param name="language">The language of headers, statuses and hints.</param>
    public static void Write(Stream output, ScoredBatch batch, Language language = Language.Vi)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(batch);
        var (ruleSet, ranked, compared) = (batch.RuleSet, batch.Ranking, batch.HasPrevious);
        var en = language == Language.En;
        string Say(string vi, string english) => en ? english : vi;

        // A package is a zip the SDK reads back as it writes: a stream that cannot seek (a file being replaced, a
        // response body) gets the workbook whole once it is complete.
        if (!output.CanSeek || !output.CanRead)
        {
            using var buffer = new MemoryStream();
            Write(buffer, batch, language);
            buffer.Position = 0;
            buffer.CopyTo(output);
            return;
        }

        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = Stylesheet();
        var sheets = workbook.Workbook.AppendChild(new Sheets());
        var types = ranked.Any(r => r.Card.UnitType is not null);
        var criteria = ruleSet.Criteria;

        // 1. The ranking.
        string[] rankingHeader =
        [
            Say("Hạng", "Rank"), .. types ? [Say("Hạng trong loại", "Rank in type"), Say("Loại", "Type")] : Array.Empty<string>(),
            Say("Mã", "Id"), Say("Đơn vị", "Unit"), Say("Tổng điểm", "Total"), Say("Xếp loại", "Class"), "SIPAS", Say("Đạt mục tiêu", "Targets met"),
            .. compared ? [Say("Δ điểm", "Δ points"), Say("Δ hạng", "Δ rank")] : Array.Empty<string>(),
            Say("Trừ điểm nhiều nhất", "Largest deductions"),
        ];
        Sheet(document, sheets, Say("Xếp hạng", "Ranking"), rankingHeader, [8, .. types ? [10, 10] : Array.Empty<double>(), 16, 26, 11, 12, 9, 12, .. compared ? [10, 9] : Array.Empty<double>(), 60], writer =>
        {
            foreach (var row in ranked)
            {
                var card = row.Card;
                Row(writer, cells =>
                {
                    cells.Number(row.Rank, Whole);
                    if (types)
                    {
                        cells.Number(row.RankInType, Whole);
                        cells.Text(card.UnitType);
                    }

                    cells.Text(card.UnitId);
                    cells.Text(card.UnitName);
                    cells.Number(card.Total, Decimal2);
                    cells.Text(card.Classification);
                    cells.Number(card.Sipas is { } s ? s / 100m : null, Percent);
                    cells.Text(Texts.YesNo(card.MeetsTargets, language));
                    if (compared && row.Predecessors is not null)
                    {
                        // Formed by a merger: no Δ against any one former unit (a whole commune against a part of it).
                        cells.Text(Say("gộp", "merged"));
                        cells.Text(null);
                    }
                    else if (compared)
                    {
                        cells.Number(row.DeltaPoints, Decimal2);
                        cells.Number(row.DeltaRank, Whole);
                    }

                    cells.Text(string.Join(" · ", card.Criteria.Where(c => c.Deduction > 0).OrderByDescending(c => c.Deduction).Take(3)
                        .Select(c => $"{c.Id} −{Texts.Number(c.Deduction, language)}")));
                });
            }
        });

        // 2. Criteria × units: points, the status in the cell's colour.
        Sheet(document, sheets, Say("Tiêu chí", "Criteria"), [Say("Mã", "Id"), Say("Đơn vị", "Unit"), .. criteria.Select(c => c.Id)], [16, 26, .. criteria.Select(_ => 8.0)], writer =>
        {
            foreach (var row in ranked)
            {
                Row(writer, cells =>
                {
                    cells.Text(row.Card.UnitId);
                    cells.Text(row.Card.UnitName);
                    foreach (var criterion in row.Card.Criteria)
                    {
                        cells.Number(criterion.Points, criterion.Status switch
                        {
                            CriterionStatus.Pass => Pass,
                            CriterionStatus.Fail => Fail,
                            CriterionStatus.NotApplicable => NotApplicable,
                            _ => NoData,
                        });
                    }
                });
            }
        });

        // 3. Areas as a percentage of what applies.
        Sheet(document, sheets, Say("Lĩnh vực", "Areas"), [Say("Mã", "Id"), Say("Đơn vị", "Unit"), .. ruleSet.Areas.Select(a => $"{a.Id}. {a.Title.In(language)}")], [16, 26, .. ruleSet.Areas.Select(_ => 14.0)], writer =>
        {
            foreach (var row in ranked)
            {
                Row(writer, cells =>
                {
                    cells.Text(row.Card.UnitId);
                    cells.Text(row.Card.UnitName);
                    foreach (var area in row.Card.Areas)
                    {
                        cells.Number(area.Percent is { } p ? p / 100m : null, Percent);
                    }
                });
            }
        });

        // 4. The measured values, one column per part: rates as percentages, counts as numbers.
        var parts = criteria.SelectMany(c => c.Parts.Select((p, i) => (Criterion: c, Part: p, Index: i))).ToList();
        Sheet(document, sheets, Say("Số liệu", "Values"), [Say("Mã", "Id"), Say("Đơn vị", "Unit"), .. parts.Select(p => p.Criterion.Parts.Count > 1 ? $"{p.Criterion.Id} ({p.Part.Id})" : p.Criterion.Id)], [16, 26, .. parts.Select(_ => 10.0)], writer =>
        {
            var positions = criteria.Select((c, i) => (c.Id, i)).ToDictionary(c => c.Id, c => c.i, StringComparer.Ordinal);
            foreach (var row in ranked)
            {
                Row(writer, cells =>
                {
                    cells.Text(row.Card.UnitId);
                    cells.Text(row.Card.UnitName);
                    foreach (var (criterion, part, index) in parts)
                    {
                        var value = row.Card.Criteria[positions[criterion.Id]].Parts[index].Value;
                        var rate = part.Value.Kind == ValueKind.Rate;
                        cells.Number(value is { } v ? (rate ? v / 100m : v) : null, rate ? Percent : Decimal2);
                    }
                });
            }
        });

        // 5. What to do: every criterion short of full points, with its hint, lead, support and deadline.
        Sheet(document, sheets, Say("Gợi ý", "Hints"),
            [Say("Mã", "Id"), Say("Đơn vị", "Unit"), Say("Tiêu chí", "Criterion"), Say("Trạng thái", "Status"), Say("Điểm", "Points"), Say("Bị trừ", "Deduction"), Say("Gợi ý", "Hint"), Say("Chủ trì", "Lead"), Say("Phối hợp", "Support"), Say("Thời hạn", "Deadline")],
            [16, 26, 9, 14, 8, 9, 90, 28, 28, 22], writer =>
        {
            foreach (var row in ranked)
            {
                foreach (var criterion in row.Card.Criteria.Where(c => c.Hint is not null))
                {
                    Row(writer, cells =>
                    {
                        cells.Text(row.Card.UnitId);
                        cells.Text(row.Card.UnitName);
                        cells.Text(criterion.Id);
                        cells.Text(Texts.Status(criterion.Status, language));
                        cells.Number(criterion.Points, Decimal2);
                        cells.Number(criterion.Deduction, Decimal2);
                        cells.Text(criterion.Hint!.In(language), Wrapped);
                        cells.Text(criterion.Lead);
                        cells.Text(criterion.Support);
                        cells.Text(criterion.Deadline.Text.In(language));
                    });
                }
            }
        });

        workbook.Workbook.Save();
    }

    /// <summary>Adds a worksheet: its header row frozen, its columns sized, its rows written by <paramref name="rows"/>.</summary>
    private static void Sheet(SpreadsheetDocument document, Sheets sheets, string name, IReadOnlyList<string> header, IReadOnlyList<double> widths, Action<OpenXmlWriter> rows)
    {
        var part = document.WorkbookPart!.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(part))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }));
            writer.WriteStartElement(new Columns());
            for (var i = 0; i < widths.Count; i++)
            {
                writer.WriteElement(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true });
            }

            writer.WriteEndElement();
            writer.WriteStartElement(new SheetData());
            Row(writer, cells =>
            {
                foreach (var title in header)
                {
                    cells.Text(title, Header);
                }
            });
            rows(writer);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        sheets.Append(new Sheet { Id = document.WorkbookPart.GetIdOfPart(part), SheetId = (uint)(sheets.Count() + 1), Name = name });
    }

    private static void Row(OpenXmlWriter writer, Action<CellWriter> cells)
    {
        writer.WriteStartElement(new Row());
        cells(new CellWriter(writer));
        writer.WriteEndElement();
    }

    /// <summary>Excel's limit on the characters of a cell.</summary>
    internal const int MaxCellCharacters = 32_767;

    /// <summary>
    /// Text a cell can hold: only characters XML 1.0 allows (a control character, U+FFFE, U+FFFF or a lone surrogate
    /// from an input file made the writer throw), and at most Excel's 32,767 characters, cut with a visible mark
    /// (Excel refuses a longer cell, or cuts it without a word).
    /// </summary>
    internal static string CellText(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new System.Text.StringBuilder(Math.Min(text.Length, MaxCellCharacters));
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length && System.Xml.XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                builder.Append(text, i++, 2);
            }
            else if (System.Xml.XmlConvert.IsXmlChar(text[i]))
            {
                builder.Append(text[i]);
            }
        }

        const string Cut = "… [cắt bớt / cut]";
        return builder.Length <= MaxCellCharacters ? builder.ToString()
            : builder.ToString(0, MaxCellCharacters - Cut.Length - (char.IsHighSurrogate(builder[MaxCellCharacters - Cut.Length - 1]) ? 1 : 0)) + Cut;
    }

    /// <summary>Writes a row's cells: text inline (no shared-string table to hold), numbers as numbers.</summary>
    private readonly struct CellWriter(OpenXmlWriter writer)
    {
        public void Text(string? text, uint style = 0)
        {
            var clean = CellText(text);
            writer.WriteElement(new Cell(new InlineString(new Text(clean) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString, StyleIndex = style == 0 ? null : style });
        }

        public void Number(decimal? value, uint style)
        {
            writer.WriteElement(value is { } number
                ? new Cell(new CellValue(number.ToString(CultureInfo.InvariantCulture))) { DataType = CellValues.Number, StyleIndex = style }
                : new Cell { StyleIndex = style });
        }
    }

    private static Stylesheet Stylesheet()
    {
        Fill Solid(string rgb) => new(new PatternFill(new ForegroundColor { Rgb = rgb }) { PatternType = PatternValues.Solid });
        CellFormat Format(uint numberFormat, uint fill = 0, uint font = 0, bool wrap = false) => new()
        {
            NumberFormatId = numberFormat, FillId = fill, FontId = font, BorderId = 0,
            ApplyNumberFormat = numberFormat != 0, ApplyFill = fill != 0, ApplyFont = font != 0,
            Alignment = wrap ? new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top } : null,
            ApplyAlignment = wrap,
        };

        // Built-in number formats: 2 is 0.00, 1 is 0, 10 is 0.00%; a spreadsheet shows them with its locale's separators.
        return new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                Solid("FFD9D9D9"), Solid("FFC6EFCE"), Solid("FFFFC7CE"), Solid("FFFFEB9C"), Solid("FFDDEBF7")),
            new Borders(new Border()),
            new CellFormats(
                Format(0), Format(0, 2, 1), Format(2), Format(1), Format(10),
                Format(2, 3), Format(2, 4), Format(2, 5), Format(2, 6), Format(0, wrap: true)));
    }
}

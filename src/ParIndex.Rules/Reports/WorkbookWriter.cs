using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ParIndex.Rules;

/// <summary>
/// The one way this library writes a workbook (the results workbook, the input template): a sheet with its top rows
/// frozen and its columns sized, rows streamed through the Open XML SDK's writer, text inline, numbers as numbers,
/// and one stylesheet whose indexes the <c>Style*</c> constants name.
/// </summary>
internal sealed class WorkbookWriter : IDisposable
{
    /// <summary>Cell styles, by index into <see cref="Stylesheet"/>.</summary>
    public const uint StyleHeader = 1, StyleDecimal2 = 2, StyleWhole = 3, StylePercent = 4, StylePass = 5, StyleFail = 6,
        StyleNoData = 7, StyleNotApplicable = 8, StyleWrapped = 9, StyleGrouped = 10, StyleGrouped2 = 11, StyleHeaderWrapped = 12;

    private readonly SpreadsheetDocument document;
    private readonly DocumentFormat.OpenXml.Spreadsheet.Sheets list;

    private WorkbookWriter(Stream output)
    {
        document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Stylesheet();
        list = workbook.Workbook.AppendChild(new DocumentFormat.OpenXml.Spreadsheet.Sheets());
    }

    /// <summary>
    /// Writes a workbook to <paramref name="output"/>, left open. A package is a zip the SDK reads back as it writes:
    /// a stream that cannot seek (a file being replaced, a response body) gets the workbook whole once it is complete.
    /// </summary>
    /// <returns>The cells whose text was changed to fit (<see cref="Changed"/>).</returns>
    public static IReadOnlyList<InputProblem> Write(Stream output, Action<WorkbookWriter> sheets)
    {
        if (!output.CanSeek || !output.CanRead)
        {
            using var buffer = new MemoryStream();
            var changed = Write(buffer, sheets);
            buffer.Position = 0;
            buffer.CopyTo(output);
            return changed;
        }

        using var workbook = new WorkbookWriter(output);
        sheets(workbook);
        workbook.document.WorkbookPart!.Workbook.Save();
        return workbook.Changed;
    }

    /// <summary>Adds a worksheet: its header rows bold and frozen, its columns sized, its other rows written by <paramref name="rows"/>.</summary>
    public void Add(string name, IReadOnlyList<IReadOnlyList<string>> header, IReadOnlyList<double> widths, Action<SheetRows> rows)
    {
        var part = document.WorkbookPart!.AddNewPart<WorksheetPart>();
        using (var writer = OpenXmlWriter.Create(part))
        {
            writer.WriteStartElement(new Worksheet());
            if (header.Count > 0)
            {
                var first = (header.Count + 1).ToString(CultureInfo.InvariantCulture);
                writer.WriteElement(new SheetViews(new SheetView(new Pane { VerticalSplit = header.Count, TopLeftCell = "A" + first, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }));
            }

            writer.WriteStartElement(new Columns());
            for (var i = 0; i < widths.Count; i++)
            {
                writer.WriteElement(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true });
            }

            writer.WriteEndElement();
            writer.WriteStartElement(new SheetData());
            var writeRows = new SheetRows(writer, this, name);
            foreach (var titles in header)
            {
                writeRows.Row(cells =>
                {
                    foreach (var title in titles)
                    {
                        // A second header row holds titles under the first row's ids: wrapped, so each shows whole.
                        cells.Text(title, ReferenceEquals(titles, header[0]) ? StyleHeader : StyleHeaderWrapped);
                    }
                });
            }

            rows(writeRows);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        list.Append(new Sheet { Id = document.WorkbookPart.GetIdOfPart(part), SheetId = (uint)(list.Count() + 1), Name = name });
    }

    /// <inheritdoc/>
    public void Dispose() => document.Dispose();

    /// <summary>Excel's limit on the characters of a cell.</summary>
    public const int MaxCellCharacters = 32_767;

    /// <summary>Every cell whose text was changed to fit a workbook, as a warning naming the sheet, row and column.</summary>
    public IReadOnlyList<InputProblem> Changed => changed;

    private readonly List<InputProblem> changed = [];

    // A unit's name is on every sheet and every row of its hints: told once, where it first appears.
    private readonly HashSet<(string?, string)> told = [];

    /// <summary>
    /// Text a cell can hold: only characters XML 1.0 allows (a control character, U+FFFE, U+FFFF or a lone surrogate
    /// from an input file made the writer throw), and at most Excel's 32,767 characters, cut with a visible mark
    /// (Excel refuses a longer cell, or cuts it without a word).
    /// </summary>
    /// <returns>The text, how many characters were left out, and whether it was cut.</returns>
    public static (string Text, int Dropped, bool Cut) CellText(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return (string.Empty, 0, false);
        }

        var builder = new System.Text.StringBuilder(Math.Min(text.Length, MaxCellCharacters));
        var dropped = 0;
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
            else
            {
                dropped++;
            }
        }

        const string Cut = "… [cắt bớt / cut]";
        return builder.Length <= MaxCellCharacters ? (builder.ToString(), dropped, false)
            : (builder.ToString(0, MaxCellCharacters - Cut.Length - (char.IsHighSurrogate(builder[MaxCellCharacters - Cut.Length - 1]) ? 1 : 0)) + Cut, dropped, true);
    }

    /// <summary>Tells a cell whose text was changed: a reader of the workbook would not see it whole, so it is never done in silence.</summary>
    private void Tell(string sheet, int row, int column, string? unitId, string text, int dropped, bool cut)
    {
        if (!told.Add((unitId, text)))
        {
            return;
        }

                if (cut)
        {
            changed.Add(new InputProblem(sheet, row, column, unitId, null, Messages.Say("reports.cell-text-cut", MessageCatalogue.GroupedInBoth(text.Length), MessageCatalogue.GroupedInBoth(MaxCellCharacters))));
        }

        if (dropped > 0)
        {
            changed.Add(new InputProblem(sheet, row, column, unitId, null, Messages.Say("reports.cell-characters-dropped", MessageCatalogue.GroupedInBoth(dropped))));
        }
    }

    /// <summary>Writes a sheet's rows, counting them so a changed cell can be named.</summary>
    internal sealed class SheetRows(OpenXmlWriter writer, WorkbookWriter owner, string sheet)
    {
        private int row;

        /// <summary>Writes a row; <paramref name="unitId"/> names the unit a changed cell belongs to.</summary>
        public void Row(Action<RowCells> cells, string? unitId = null)
        {
            row++;
            writer.WriteStartElement(new Row());
            cells(new RowCells(writer, owner, sheet, row, unitId));
            writer.WriteEndElement();
        }
    }

    /// <summary>Writes a row's cells: text inline (no shared-string table to hold), numbers as numbers.</summary>
    internal sealed class RowCells(OpenXmlWriter writer, WorkbookWriter owner, string sheet, int row, string? unitId)
    {
        private int column;

        public void Text(string? text, uint style = 0)
        {
            column++;
            var (clean, dropped, cut) = CellText(text);
            if (dropped > 0 || cut)
            {
                owner.Tell(sheet, row, column, unitId, text!, dropped, cut);
            }

            writer.WriteElement(new Cell(new InlineString(new Text(clean) { Space = SpaceProcessingModeValues.Preserve })) { DataType = CellValues.InlineString, StyleIndex = style == 0 ? null : style });
        }

        /// <summary>A yes/no as the spreadsheet's own TRUE or FALSE, which reads back as a yes/no, never as text.</summary>
        public void Bool(bool value)
        {
            column++;
            writer.WriteElement(new Cell(new CellValue(value ? "1" : "0")) { DataType = CellValues.Boolean });
        }

        public void Number(decimal? value, uint style)
        {
            column++;
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

        // Built-in number formats: 2 is 0.00, 1 is 0, 10 is 0.00%, 3 is #,##0, 4 is #,##0.00; a spreadsheet shows them
        // with its locale's separators, so a Vietnamese one shows 1.262.859.150 and 5, never 5,00 for a count.
        return new Stylesheet(
            new Fonts(new Font(), new Font(new Bold())),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                Solid("FFD9D9D9"), Solid("FF" + StatusColours.Of(CriterionStatus.Pass)), Solid("FF" + StatusColours.Of(CriterionStatus.Fail)),
                Solid("FF" + StatusColours.Of(CriterionStatus.MissingData)), Solid("FF" + StatusColours.Of(CriterionStatus.NotApplicable))),
            new Borders(new Border()),
            new CellFormats(
                Format(0), Format(0, 2, 1), Format(2), Format(1), Format(10),
                Format(2, 3), Format(2, 4), Format(2, 5), Format(2, 6), Format(0, wrap: true), Format(3), Format(4), Format(0, 2, 1, wrap: true)));
    }
}

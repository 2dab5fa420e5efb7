using System.IO.Compression;
using System.Text;

namespace ParIndex.Rules.Tests.Hostile;

/// <summary>
/// Writes a workbook part by part, as a hostile or broken program would: the tests and the fuzzer (which links this
/// file) give the sheet's rows as XML, so anything the format allows, and much it does not, can be written.
/// </summary>
internal static class WorkbookParts
{
    /// <summary>A workbook of one sheet named Data, its rows written by <paramref name="sheet"/>.</summary>
    public static MemoryStream Workbook(Action<StreamWriter> sheet, string? sharedStrings = null, string doctype = "")
    {
        const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string Relations = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var stream = new MemoryStream();
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            void Part(string name, Action<StreamWriter> write)
            {
                using var writer = new StreamWriter(archive.CreateEntry(name, CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
                write(writer);
            }

            Part("[Content_Types].xml", w => w.Write(
                """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">"""
                + """<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>"""
                + """<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>"""
                + """<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"""
                + (sharedStrings is null ? string.Empty : """<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>""")
                + "</Types>"));
            Part("_rels/.rels", w => w.Write(
                """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"""
                + """<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""));
            Part("xl/workbook.xml", w => w.Write(
                $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{Main}" xmlns:r="{Relations}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>"""));
            Part("xl/_rels/workbook.xml.rels", w => w.Write(
                """<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">"""
                + """<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>"""
                + (sharedStrings is null ? string.Empty : """<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>""")
                + "</Relationships>"));
            Part("xl/worksheets/sheet1.xml", w =>
            {
                w.Write($"""<?xml version="1.0" encoding="UTF-8"?>{doctype}<worksheet xmlns="{Main}"><sheetData>""");
                sheet(w);
                w.Write("</sheetData></worksheet>");
            });
            if (sharedStrings is not null)
            {
                Part("xl/sharedStrings.xml", w => w.Write(sharedStrings));
            }
        }

        stream.Position = 0;
        return stream;
    }
}

using System.Text;

namespace ParIndex.Rules;

/// <summary>How the figures of a table file (CSV, XLSX) write numbers.</summary>
public enum NumberFormat
{
    /// <summary>
    /// Decided from the file itself: a figure that can be read one way only (<c>1.234.567</c>, <c>98,5</c>: Vietnamese;
    /// <c>1,234,567</c>, <c>98.5</c>: English) is read that way, and one that could be either (<c>950.000</c>,
    /// <c>1,000</c>) is read the way the rest of the file writes; when the file gives no sign, or both, it is an input
    /// problem, never a guess.
    /// </summary>
    Auto,

    /// <summary>Vietnamese: dots between thousands, a decimal comma (<c>1.234.567,5</c>).</summary>
    Vi,

    /// <summary>English: commas between thousands, a decimal point (<c>1,234,567.5</c>).</summary>
    En,
}

/// <summary>How a table's column header is compared: composed (NFC), case and runs of spaces aside. One rule for the readers and for a column map's own check.</summary>
internal static class HeaderNames
{
    /// <summary>A column read as nothing, without a word: a form's row number (STT).</summary>
    public const string Skip = "";

    /// <summary>
    /// The headers read as a unit's id, name and type besides <c>id</c>, <c>name</c> and <c>type</c>: the template's own
    /// titles and those the provinces' forms use (normalised), and the row-number column they carry. An indicator's
    /// title that is one of these wins, so no figure is lost to them.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, string> UnitColumns = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["mã đơn vị"] = "id", ["mã đvhc"] = "id", ["mã xã"] = "id", ["mã"] = "id", ["unit id"] = "id",
        ["tên đơn vị"] = "name", ["tên đvhc"] = "name", ["tên xã"] = "name", ["tên xã, phường"] = "name", ["tên xã/phường"] = "name",
        ["đơn vị"] = "name", ["unit name"] = "name",
        ["loại đơn vị"] = "type", ["loại"] = "type", ["unit type"] = "type",
        ["stt"] = Skip, ["số tt"] = Skip, ["số thứ tự"] = Skip, ["no."] = Skip,
    };

    public static string Normalise(string name) => name.Folded();
}

/// <summary>How to read input files whose form the file itself does not say.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record InputOptions
{
    /// <summary>Decide numbers from each file; read text as UTF-8.</summary>
    public static InputOptions Default { get; } = new();

    /// <summary>How table files write numbers; <see cref="NumberFormat.Auto"/> by default. JSON numbers are JSON's own.</summary>
    public NumberFormat NumberFormat { get; init; } = NumberFormat.Auto;

    /// <summary>
    /// The text encoding of CSV and JSON files, for files saved in a legacy encoding such as Windows-1258;
    /// <see langword="null"/> (the default) reads UTF-8 (with or without a byte-order mark) and refuses a file that is not.
    /// </summary>
    public Encoding? Encoding { get; init; }

    /// <summary>The sheet of an XLSX workbook to read; <see langword="null"/> (the default) reads the first sheet.</summary>
    public string? Sheet { get; init; }

    /// <summary>
    /// A province's own column headers, each mapped to <c>id</c>, <c>name</c> or an indicator key (<c>"Mã xã"</c> →
    /// <c>id</c>, <c>"Tổng số hồ sơ"</c> → <c>dossiersResolved</c>). Headers match regardless of case and spacing, and a
    /// mapped header wins over an indicator's own key or title. <see langword="null"/> (the default) maps nothing.
    /// </summary>
    public IReadOnlyDictionary<string, string>? Columns { get; init; }
}

using System.Globalization;
using System.Text;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules;

/// <summary>Reads indicator snapshots from JSON, CSV and XLSX, checking them against a rule set's indicator catalogue.</summary>
/// <remarks>
/// Nothing is dropped silently: a unit that cannot be read is an error naming its line; a duplicate id is an
/// error naming both lines (the first unit is kept); an unknown key is a warning with a did-you-mean; an
/// impossible value is kept as it is, so the unit is scored and the criteria that use it say <c>invalid_data</c>.
/// Stateless and thread-safe.
/// </remarks>
public static partial class SnapshotReader
{
    /// <summary>Reads a file, choosing the format by its extension: <c>.json</c>, <c>.csv</c> or <c>.xlsx</c>.</summary>
    /// <param name="path">The file's path; a workbook's may name the sheet to read, <c>tinh.xlsx#Số liệu</c>, which wins over <see cref="InputOptions.Sheet"/>.</param>
    /// <param name="ruleSet">The rule set whose indicator catalogue the values are checked against.</param>
    /// <param name="options">How the file writes numbers and text, when it does not say; <see cref="InputOptions.Default"/> when null.</param>
    /// <returns>The units and the problems found.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="NotSupportedException">The extension is none of .json, .csv and .xlsx.</exception>
    public static SnapshotBatch ReadFile(string path, RuleSet ruleSet, InputOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(ruleSet);
        (path, options) = WithSheet(path, options);
        var collector = new Collector(path, ruleSet, null, null, options);
        var units = StreamFile(path, collector).ToList();
        return collector.Result(units);
    }

    /// <summary>
    /// Reads a file one unit at a time, for batches larger than memory would like: units come out as they are
    /// read, problems go to the callbacks as they are found, and only the ids seen so far are kept.
    /// </summary>
    /// <param name="path">The file's path (.json, .csv or .xlsx; an XLSX workbook is read whole, and the rows of a CSV file from its first figure that could be read two ways wait for the end of the file, which decides how it writes numbers).</param>
    /// <param name="ruleSet">The rule set whose indicator catalogue the values are checked against.</param>
    /// <param name="onError">Told each problem that makes a unit wrong (see <see cref="SnapshotBatch.Errors"/>).</param>
    /// <param name="onWarning">Told each warning, such as an unknown column.</param>
    /// <param name="options">How the file writes numbers and text, when it does not say; <see cref="InputOptions.Default"/> when null.</param>
    /// <returns>The units, in file order. In a JSON batch, a <c>"period"</c> written after <c>"units"</c> reaches no unit.</returns>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="NotSupportedException">The extension is none of .json, .csv and .xlsx.</exception>
    public static IEnumerable<IndicatorSnapshot> StreamFile(string path, RuleSet ruleSet, Action<InputProblem> onError, Action<InputProblem>? onWarning = null, InputOptions? options = null) =>
        StreamFile(path, ruleSet, onError, onWarning, options, []);

    /// <summary>As the public overload, adding each table read to <paramref name="tables"/>.</summary>
    private static IEnumerable<IndicatorSnapshot> StreamFile(string path, RuleSet ruleSet, Action<InputProblem> onError, Action<InputProblem>? onWarning, InputOptions? options, List<TableRead> tables)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(onError);
        (path, options) = WithSheet(path, options);
        return StreamFile(path, new Collector(path, ruleSet, onError, onWarning, options) { Tables = tables });
    }

    /// <summary>Reads JSON one unit at a time from any text source (a network stream, a pipe), like <see cref="StreamFile(string, RuleSet, Action{InputProblem}, Action{InputProblem}, InputOptions)"/>.</summary>
    /// <param name="reader">The JSON text; it must stay open while the units are enumerated, and the caller disposes of it.</param>
    /// <param name="source">The source's name, for messages.</param>
    /// <param name="ruleSet">The rule set whose indicator catalogue the values are checked against.</param>
    /// <param name="onError">Told each problem that makes a unit wrong (see <see cref="SnapshotBatch.Errors"/>).</param>
    /// <param name="onWarning">Told each warning, such as an unknown key.</param>
    /// <returns>The units, in order, read as they are enumerated. A <c>"period"</c> written after <c>"units"</c> reaches no unit.</returns>
    internal static IEnumerable<IndicatorSnapshot> StreamJson(TextReader reader, string source, RuleSet ruleSet, Action<InputProblem> onError, Action<InputProblem>? onWarning = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(onError);
        return StreamJson(reader, new Collector(source, ruleSet, onError, onWarning));
    }

    /// <summary>Reads CSV one unit at a time from any text source (a network stream, a pipe), like <see cref="StreamFile(string, RuleSet, Action{InputProblem}, Action{InputProblem}, InputOptions)"/>; the layout is <see cref="ReadCsv"/>'s.</summary>
    /// <param name="reader">The CSV text; it must stay open while the units are enumerated, and the caller disposes of it.</param>
    /// <param name="source">The source's name, for messages.</param>
    /// <param name="ruleSet">The rule set whose indicator catalogue the values are checked against.</param>
    /// <param name="onError">Told each problem that makes a unit wrong (see <see cref="SnapshotBatch.Errors"/>).</param>
    /// <param name="onWarning">Told each warning, such as an unknown column.</param>
    /// <returns>The units, in order, read as they are enumerated.</returns>
    internal static IEnumerable<IndicatorSnapshot> StreamCsv(TextReader reader, string source, RuleSet ruleSet, Action<InputProblem> onError, Action<InputProblem>? onWarning = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(onError);
        return StreamCsv(reader, new Collector(source, ruleSet, onError, onWarning));
    }

    /// <summary>Reads <c>{ "period", "units": [ { "id", "name", "indicators": { key: number | boolean } } ] }</c>, or a single unit object.</summary>
    /// <param name="reader">The JSON text.</param>
    /// <param name="source">The file's name, for messages.</param>
    /// <param name="ruleSet">The rule set whose indicator catalogue the values are checked against.</param>
    /// <returns>The units and the problems found.</returns>
    public static SnapshotBatch ReadJson(TextReader reader, string source, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var collector = new Collector(source, ruleSet, null, null);
        return collector.Result(StreamJson(reader, collector).ToList());
    }

    /// <summary>Reads CSV with a header row <c>id,name,&lt;indicator keys or titles&gt;</c> (the first row with an <c>id</c> column; up to 10 title rows above it are skipped): comma, semicolon or tab separated; numbers read as <see cref="NumberFormat"/> says; yes/no as <c>có/không</c>, <c>true/false</c>, <c>yes/no</c>, <c>1/0</c> or <c>x</c>; an empty cell for a figure not reported.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="source">The file's name, for messages.</param>
    /// <param name="ruleSet">The rule set whose indicator catalogue the values are checked against.</param>
    /// <param name="options">How the file writes numbers; <see cref="InputOptions.Default"/> when null.</param>
    /// <returns>The units and the problems found.</returns>
    public static SnapshotBatch ReadCsv(TextReader reader, string source, RuleSet ruleSet, InputOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var collector = new Collector(source, ruleSet, null, null, options);
        return collector.Result(StreamCsv(reader, collector).ToList());
    }

    /// <summary>Reads a sheet of an XLSX workbook (the first, or <see cref="InputOptions.Sheet"/>) laid out like the CSV: a header row <c>id,name,&lt;indicator keys or titles&gt;</c> (title rows above it are skipped), one row per unit; every problem names the sheet.</summary>
    /// <param name="stream">The workbook.</param>
    /// <param name="source">The file's name, for messages.</param>
    /// <param name="ruleSet">The rule set whose indicator catalogue the values are checked against.</param>
    /// <param name="options">How text cells write numbers; <see cref="InputOptions.Default"/> when null.</param>
    /// <returns>The units and the problems found.</returns>
    public static SnapshotBatch ReadXlsx(Stream stream, string source, RuleSet ruleSet, InputOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var collector = new Collector(source, ruleSet, null, null, options);
        return collector.Result(StreamXlsx(stream, collector).ToList());
    }

    /// <summary>Whether a file's extension is one the readers take: <c>.json</c>, <c>.csv</c> or <c>.xlsx</c> (letter case aside).</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>Whether <see cref="ReadFile"/> reads it; otherwise it throws <see cref="NotSupportedException"/>.</returns>
    public static bool CanRead(string path) => Path.GetExtension(WithSheet(path, null).Path).ToUpperInvariant() is ".JSON" or ".CSV" or ".XLSX";

    /// <summary>
    /// A workbook named with its sheet, <c>tinh.xlsx#Số liệu</c>, as the file and options that read that sheet: so each
    /// input of several chooses its own sheet. A file whose own name holds a # is read as named.
    /// </summary>
    internal static (string Path, InputOptions? Options) WithSheet(string path, InputOptions? options)
    {
        var mark = path.LastIndexOf(".xlsx#", StringComparison.OrdinalIgnoreCase);
        if (mark < 0 || File.Exists(path))
        {
            return (path, options);
        }

        var sheet = path[(mark + ".xlsx#".Length)..];
        return (path[..(mark + ".xlsx".Length)], (options ?? InputOptions.Default) with { Sheet = sheet });
    }

    private static IEnumerable<IndicatorSnapshot> StreamFile(string path, Collector collector)
    {
        var extension = Path.GetExtension(path).ToUpperInvariant();
        if (!CanRead(path))
        {
            throw new NotSupportedException($"'{path}': {extension} files are not read; give a .json, .csv or .xlsx file.");
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"The input file '{path}' does not exist.", path);
        }

        return Iterate();

        IEnumerable<IndicatorSnapshot> Iterate()
        {
            var encoding = collector.Options.Encoding;
            if (encoding is null && extension != ".XLSX" && FirstInvalidUtf8(path) is { } line)
            {
                collector.Error(NotUtf8(path, line));
                yield break;
            }

            using var reader = new StreamReader(path, encoding ?? Encoding.UTF8, detectEncodingFromByteOrderMarks: encoding is null);
            var units = extension switch
            {
                ".JSON" => StreamJson(reader, collector),
                ".CSV" => StreamCsv(reader, collector),
                _ => StreamXlsx(reader.BaseStream, collector),
            };
            foreach (var unit in units)
            {
                yield return unit;
            }
        }
    }

    /// <summary>The problem of text that is not UTF-8: nothing of it is read, since its names and figures would come out wrong.</summary>
    private static InputProblem NotUtf8(string source, int line) => new(source, line, 0, null, null, Messages.Say("inputs.not-utf8", line));

    /// <summary>The line of the first bytes of a file that are not UTF-8, or null when the whole file is.</summary>
    private static int? FirstInvalidUtf8(string path)
    {
        using var file = File.OpenRead(path);
        return FirstInvalidUtf8(file);
    }

    /// <summary>The line of the first bytes that are not UTF-8, or null when the whole stream is; read in blocks, so a large file costs no memory.</summary>
    private static int? FirstInvalidUtf8(Stream file)
    {
        var decoder = StrictUtf8.Encoding.GetDecoder();
        var bytes = new byte[1 << 16];
        var chars = new char[(1 << 16) + 2];
        var line = 1;
        int read;
        while ((read = file.Read(bytes)) > 0)
        {
            try
            {
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            }
            catch (DecoderFallbackException e)
            {
                return line + bytes.AsSpan(0, Math.Clamp(e.Index, 0, read)).Count((byte)'\n');
            }

            line += bytes.AsSpan(0, read).Count((byte)'\n');
        }

        try
        {
            decoder.GetChars(bytes, 0, 0, chars, 0, flush: true);
            return null;
        }
        catch (DecoderFallbackException)
        {
            return line;
        }
    }
}

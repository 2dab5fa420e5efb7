using System.Text;

namespace ParIndex.Rules;

/// <summary>The formats of units' figures a stream can hold.</summary>
public enum InputFormat
{
    /// <summary>The JSON batch or single unit of <see cref="SnapshotReader.ReadJson"/>.</summary>
    Json,

    /// <summary>The CSV table of <see cref="SnapshotReader.ReadCsv"/>.</summary>
    Csv,

    /// <summary>The XLSX workbook of <see cref="SnapshotReader.ReadXlsx"/>.</summary>
    Xlsx,
}

// Reading a batch from a stream that may only be read asynchronously, such as an ASP.NET Core request body.
public static partial class SnapshotReader
{
    /// <summary>
    /// Reads a batch from a stream asynchronously (a Kestrel request body, which refuses synchronous reads): the stream
    /// is copied to memory, then read as <paramref name="format"/> says. Text is decoded as strict UTF-8 (a byte-order
    /// mark is allowed), or in <see cref="InputOptions.Encoding"/> when given: text in another encoding is one input
    /// problem and no unit, never names and figures read with replacement characters.
    /// </summary>
    /// <param name="stream">The figures; read to its end, not disposed.</param>
    /// <param name="format">How the stream writes them.</param>
    /// <param name="source">The source's name, for messages.</param>
    /// <param name="ruleSet">The rule set whose indicator catalogue the values are checked against.</param>
    /// <param name="options">How the figures write numbers and text; <see cref="InputOptions.Default"/> when null. Its <see cref="InputOptions.Columns"/> and <see cref="InputOptions.Sheet"/> apply as for files.</param>
    /// <param name="cancellationToken">Stops the copy.</param>
    /// <returns>The units and the problems found.</returns>
    /// <remarks>The whole stream is held in memory: bound it where it comes from (Kestrel's <c>MaxRequestBodySize</c>).</remarks>
    public static async Task<SnapshotBatch> ReadAsync(Stream stream, InputFormat format, string source, RuleSet ruleSet, InputOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        return Read(buffer, format, source, ruleSet, options);
    }

    /// <summary>Reads a batch from a stream that can be read synchronously, as <see cref="ReadAsync"/> does.</summary>
    /// <inheritdoc cref="ReadAsync" path="/param"/>
    /// <returns>The units and the problems found.</returns>
    public static SnapshotBatch Read(Stream stream, InputFormat format, string source, RuleSet ruleSet, InputOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var collector = new Collector(source, ruleSet, null, null, options);
        if (format == InputFormat.Xlsx)
        {
            return collector.Result([.. StreamXlsx(stream, collector)]);
        }

        var encoding = collector.Options.Encoding;
        if (encoding is null)
        {
            var start = stream.CanSeek ? stream.Position : throw new ArgumentException("Text must be read from a stream that can seek; use ReadAsync, which copies it.", nameof(stream));
            var bad = FirstInvalidUtf8(stream);
            stream.Position = start;
            if (bad is { } line)
            {
                collector.Error(NotUtf8(source, line));
                return collector.Result([]);
            }
        }

        using var reader = new StreamReader(stream, encoding ?? Encoding.UTF8, detectEncodingFromByteOrderMarks: encoding is null, leaveOpen: true);
        return collector.Result([.. format == InputFormat.Csv ? StreamCsv(reader, collector) : StreamJson(reader, collector)]);
    }
}

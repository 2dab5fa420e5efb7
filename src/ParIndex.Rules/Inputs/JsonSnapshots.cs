using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules;

// Reading JSON snapshot files: one unit at a time, so a malformed unit costs only itself.
public static partial class SnapshotReader
{
    private static readonly JsonLoadSettings LoadSettings = new()
    {
        CommentHandling = CommentHandling.Ignore,
        LineInfoHandling = LineInfoHandling.Load,
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
    };

    private static IEnumerable<IndicatorSnapshot> StreamJson(TextReader reader, Collector collector)
    {
        // Doubles, not decimals: a number beyond decimal's range (1e400) or NaN would otherwise break the
        // reader and lose every unit after it. Whole numbers are read as integers either way; other numbers
        // come back to decimal through their shortest round-trip text, exact to 15 significant digits.
        using var json = new DepthLimitedReader(reader) { FloatParseHandling = FloatParseHandling.Double, DateParseHandling = DateParseHandling.None, MaxDepth = null, CloseInput = false };
        foreach (var unit in new JsonBatch(json, collector).Read())
        {
            yield return unit;
        }
    }

    /// <summary>A JSON property's value when it is a string; anything else (absent, a number, null) gives <see langword="null"/>.</summary>
    private static string? StringOf(JToken? token) => token?.Type == JTokenType.String ? (string?)token : null;

    /// <summary>Thrown when JSON nests deeper than a unit ever needs, so the one unit can be skipped and the reading go on.</summary>
    private sealed class TooDeepException(string message, string path, int line, int position) : JsonReaderException(message, path, line, position, null);

    /// <summary>
    /// A reader that refuses depth past <see cref="Limit"/> with an exception it can recover from: the reader's own
    /// MaxDepth leaves it unusable, which cost every unit after a deep one.
    /// </summary>
    private sealed class DepthLimitedReader(TextReader reader) : JsonTextReader(reader)
    {
        /// <summary>The deepest a batch needs is 4 (batch, units, unit, indicators) and a value's own nesting; 64 is far past any real file.</summary>
        public const int Limit = 64;

        /// <summary>While a deep unit is skipped.</summary>
        public bool Unlimited { get; set; }

        public override bool Read()
        {
            var read = base.Read();
            if (!Unlimited && Depth > Limit)
            {
                throw new TooDeepException($"The JSON is nested more than {Limit} levels deep.", Path, LineNumber, LinePosition);
            }

            return read;
        }
    }
}

using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules;

// Reading JSON snapshot files: one unit at a time, so a malformed unit costs only itself.
public static partial class SnapshotReader
{
    private const string NotABatch = "expected an object with a \"units\" array (or one unit with an \"id\"); see the README's input format.";

    private const string NotABatchVi = "cần một đối tượng có mảng \"units\" (hoặc một đơn vị có \"id\"); xem định dạng đầu vào trong README.";

    private static readonly JsonLoadSettings LoadSettings = new()
    {
        CommentHandling = CommentHandling.Ignore,
        LineInfoHandling = LineInfoHandling.Load,
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
    };

    private static IEnumerable<IndicatorSnapshot> StreamJson(TextReader reader, Collector collector)
    {
        var source = collector.Source;

        // Doubles, not decimals: a number beyond decimal's range (1e400) or NaN would otherwise break the
        // reader and lose every unit after it. Whole numbers are read as integers either way; other numbers
        // come back to decimal through their shortest round-trip text, exact to 15 significant digits.
        using var json = new DepthLimitedReader(reader) { FloatParseHandling = FloatParseHandling.Double, DateParseHandling = DateParseHandling.None, MaxDepth = null, CloseInput = false };
        var fatal = false;

        // A reader error leaves the reader unusable: the units read so far stand, the rest of the file is lost.
        void Malformed(JsonReaderException e)
        {
            fatal = true;
            collector.Error(new InputProblem(source, e.LineNumber, e.LinePosition, null, null,
                $"malformed JSON: {e.Message.Split(" Path '")[0]} The units before this point were read; fix the file and run again for the rest.",
                $"JSON sai cú pháp: {e.Message.Split(" Path '")[0]} Các đơn vị trước vị trí này đã được đọc; hãy sửa tệp và chạy lại để đọc phần còn lại."));
        }

        // C# cannot yield inside a try with a catch: every read that can fail goes through here instead.
        bool Step(Func<bool> read)
        {
            try
            {
                return read();
            }
            catch (JsonReaderException e)
            {
                Malformed(e);
                return false;
            }
        }

        // The reader reports the end of the text as the end of the document, even inside an open array: a file
        // cut short (a download or a copy that stopped) must not pass for a complete one.
        void CutShort()
        {
            if (!fatal)
            {
                collector.Error(new InputProblem(source, json.LineNumber, json.LinePosition, null, null,
                    "the file ends before its JSON is closed (a ] or } is missing): it looks cut short. The units complete before this point were read; check that the file is whole and run again.",
                    "tệp kết thúc trước khi JSON được đóng (thiếu ] hoặc }): có vẻ tệp bị cắt cụt. Các đơn vị đầy đủ trước vị trí này đã được đọc; hãy kiểm tra tệp còn nguyên vẹn và chạy lại."));
            }
        }

        if (!Step(json.Read))
        {
            if (!fatal)
            {
                collector.Error(new InputProblem(source, 1, 1, null, null, "the file is empty; it must hold a JSON object with a \"units\" array.", "tệp trống; tệp phải chứa một đối tượng JSON có mảng \"units\"."));
            }

            yield break;
        }

        if (json.TokenType != JsonToken.StartObject)
        {
            collector.Error(new InputProblem(source, json.LineNumber, json.LinePosition, null, null, NotABatch, NotABatchVi));
            yield break;
        }

        var rest = new JObject();
        var sawUnits = false;
        bool more;
        while ((more = Step(json.Read)) && json.TokenType == JsonToken.PropertyName)
        {
            var name = (string)json.Value!;
            if (!Step(json.Read))
            {
                CutShort();
                yield break;
            }

            if (name == "units" && json.TokenType == JsonToken.StartArray)
            {
                sawUnits = true;
                collector.Period = StringOf(rest["period"]);
                var (arrayLine, arrayColumn) = (json.LineNumber, json.LinePosition);
                var empty = true;
                while (true)
                {
                    if (!Step(json.Read))
                    {
                        CutShort();
                        yield break;
                    }

                    if (json.TokenType == JsonToken.EndArray)
                    {
                        if (empty)
                        {
                            // Nothing to score is not a success: the export that wrote it went wrong.
                            collector.Error(new InputProblem(source, arrayLine, arrayColumn, null, "units",
                                "the \"units\" array is empty, so no unit was read; put one object per unit in it.",
                                "mảng \"units\" trống, nên không đọc được đơn vị nào; hãy đặt mỗi đơn vị một đối tượng trong mảng."));
                        }

                        break;
                    }

                    empty = false;
                    var depth = json.Depth;
                    var line = json.LineNumber;
                    JToken? unit = null;
                    try
                    {
                        unit = JToken.ReadFrom(json, LoadSettings);
                    }
                    catch (TooDeepException e)
                    {
                        collector.Error(new InputProblem(source, line, 0, null, null, string.Create(CultureInfo.InvariantCulture,
                            $"the unit starting at line {line} is nested more than {DepthLimitedReader.Limit} levels deep (line {e.LineNumber}); a unit holds an id, a name and a flat \"indicators\" object. It was skipped; the other units were read."),
                            string.Create(CultureInfo.InvariantCulture,
                            $"đơn vị bắt đầu ở dòng {line} lồng sâu quá {DepthLimitedReader.Limit} cấp (dòng {e.LineNumber}); một đơn vị gồm id, name và một đối tượng \"indicators\" phẳng. Đơn vị này bị bỏ qua; các đơn vị khác đã được đọc.")));

                        // Skipped token by token, so nothing that deep is ever built.
                        json.Unlimited = true;
                        while (json.Depth > depth && Step(json.Read))
                        {
                        }

                        json.Unlimited = false;
                    }
                    catch (JsonReaderException e) when (e.Message.Contains("already exists", StringComparison.Ordinal))
                    {
                        collector.Error(new InputProblem(source, e.LineNumber, e.LinePosition, null, null,
                            $"a unit starting at line {line} could not be read: {e.Message.Split(" Path '")[0]} It was skipped; fix it and run again. The other units were read.",
                            $"không đọc được đơn vị bắt đầu ở dòng {line}: {e.Message.Split(" Path '")[0]} Đơn vị này bị bỏ qua; hãy sửa và chạy lại. Các đơn vị khác đã được đọc."));

                        // A duplicate key leaves the reader sound: skip to the end of this unit and go on.
                        while (json.Depth > depth && Step(json.Read))
                        {
                        }
                    }
                    catch (JsonReaderException e)
                    {
                        Malformed(e);
                    }

                    if (unit is not null && collector.AddJsonUnit(unit) is { } snapshot)
                    {
                        yield return snapshot;
                    }

                    if (fatal)
                    {
                        yield break;
                    }
                }
            }
            else if (!rest.ContainsKey(name))
            {
                JToken? value = null;
                if (Step(() => (value = JToken.ReadFrom(json, LoadSettings)) is not null))
                {
                    rest[name] = value;
                }
            }
            else
            {
                collector.Error(new InputProblem(source, json.LineNumber, json.LinePosition, null, name, $"the property '{name}' appears twice; keep one.", $"thuộc tính '{name}' xuất hiện hai lần; hãy giữ một."));
                Step(() =>
                {
                    json.Skip();
                    return true;
                });
            }

            if (fatal)
            {
                yield break;
            }
        }

        if (!more)
        {
            CutShort();
            yield break;
        }

        collector.Period ??= StringOf(rest["period"]);
        if (!sawUnits && rest["id"] is not null && collector.AddJsonUnit(rest) is { } single)
        {
            yield return single;
        }
        else if (!sawUnits && rest["id"] is null)
        {
            collector.Error(new InputProblem(source, 1, 1, null, null, NotABatch, NotABatchVi));
        }

        // Read to the end, so that whatever follows the object (a second batch pasted after the first, say) is
        // reported as malformed JSON by the reader instead of being dropped unseen; comments may follow.
        while (Step(json.Read))
        {
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

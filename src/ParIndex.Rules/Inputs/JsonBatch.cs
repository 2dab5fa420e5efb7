using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules;

// The walk through one JSON batch: the top object's properties, then the "units" array one unit at a time.
public static partial class SnapshotReader
{
    /// <summary>Reads one JSON batch token by token, so a malformed unit costs only itself and a broken file keeps the units before the break.</summary>
    private sealed class JsonBatch(DepthLimitedReader json, Collector collector)
    {
        private readonly JObject rest = new();
        private bool fatal;
        private bool sawUnits;

        /// <summary>Reads the batch's units as they come.</summary>
        public IEnumerable<IndicatorSnapshot> Read()
        {
            if (!Step(json.Read))
            {
                if (!fatal)
                {
                    collector.Error(new InputProblem(collector.Source, 1, 1, null, null, Messages.Say("inputs.the-file-is-empty-it-must")));
                }

                yield break;
            }

            if (json.TokenType != JsonToken.StartObject)
            {
                collector.Error(new InputProblem(collector.Source, json.LineNumber, json.LinePosition, null, null, Messages.Say("inputs.json-not-a-batch")));
                yield break;
            }

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
                    foreach (var unit in Units())
                    {
                        yield return unit;
                    }
                }
                else
                {
                    Property(name);
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

            if (Single() is { } single)
            {
                yield return single;
            }

            // Read to the end, so that whatever follows the object (a second batch pasted after the first, say) is
            // reported as malformed JSON by the reader instead of being dropped unseen; comments may follow.
            while (Step(json.Read))
            {
            }
        }

        /// <summary>Reads the "units" array, the reader on its start.</summary>
        private IEnumerable<IndicatorSnapshot> Units()
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
                        collector.Error(new InputProblem(collector.Source, arrayLine, arrayColumn, null, "units", Messages.Say("inputs.the-units-array-is-empty-so")));
                    }

                    yield break;
                }

                empty = false;
                if (Unit() is { } unit && collector.AddJsonUnit(unit) is { } snapshot)
                {
                    yield return snapshot;
                }

                if (fatal)
                {
                    yield break;
                }
            }
        }

        /// <summary>Reads one unit's object, the reader on its start; a unit too deep or with a key twice is told and skipped.</summary>
        private JToken? Unit()
        {
            var depth = json.Depth;
            var line = json.LineNumber;
            try
            {
                return JToken.ReadFrom(json, LoadSettings);
            }
            catch (TooDeepException e)
            {
                collector.Error(new InputProblem(collector.Source, line, 0, null, null, Messages.Say("inputs.the-unit-starting-at-line-is", line, DepthLimitedReader.Limit, e.LineNumber)));

                // Skipped token by token, so nothing that deep is ever built.
                json.Unlimited = true;
                SkipTo(depth);
                json.Unlimited = false;
            }
            catch (JsonReaderException e) when (e.Message.Contains("already exists", StringComparison.Ordinal))
            {
                collector.Error(new InputProblem(collector.Source, e.LineNumber, e.LinePosition, null, null,
                    Messages.Say("inputs.json-unit-unreadable", line, e.Message.Split(" Path '")[0])));

                // A duplicate key leaves the reader sound: skip to the end of this unit and go on.
                SkipTo(depth);
            }
            catch (JsonReaderException e)
            {
                Malformed(e);
            }

            return null;
        }

        /// <summary>Keeps a top-level property other than "units" (the period, or a single unit's fields); one given twice is an error.</summary>
        private void Property(string name)
        {
            if (!rest.ContainsKey(name))
            {
                JToken? value = null;
                if (Step(() => (value = JToken.ReadFrom(json, LoadSettings)) is not null))
                {
                    rest[name] = value;
                }

                return;
            }

            collector.Error(new InputProblem(collector.Source, json.LineNumber, json.LinePosition, null, name, Messages.Say("inputs.the-property-appears-twice-keep-one", name)));
            Step(() =>
            {
                json.Skip();
                return true;
            });
        }

        /// <summary>A file of one unit, not a batch: the top object itself, when it has an id.</summary>
        private IndicatorSnapshot? Single()
        {
            collector.Period ??= StringOf(rest["period"]);
            if (sawUnits)
            {
                return null;
            }

            if (rest["id"] is null)
            {
                collector.Error(new InputProblem(collector.Source, 1, 1, null, null, Messages.Say("inputs.json-not-a-batch")));
                return null;
            }

            return collector.AddJsonUnit(rest);
        }

        private void SkipTo(int depth)
        {
            while (json.Depth > depth && Step(json.Read))
            {
            }
        }

        // C# cannot yield inside a try with a catch: every read that can fail goes through here instead.
        private bool Step(Func<bool> read)
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

        // A reader error leaves the reader unusable: the units read so far stand, the rest of the file is lost.
        private void Malformed(JsonReaderException e)
        {
            fatal = true;
            collector.Error(new InputProblem(collector.Source, e.LineNumber, e.LinePosition, null, null,
                Messages.Say("inputs.json-malformed", e.Message.Split(" Path '")[0])));
        }

        // The reader reports the end of the text as the end of the document, even inside an open array: a file
        // cut short (a download or a copy that stopped) must not pass for a complete one. Nothing more is read after it.
        private void CutShort()
        {
            if (!fatal)
            {
                fatal = true;
                collector.Error(new InputProblem(collector.Source, json.LineNumber, json.LinePosition, null, null, Messages.Say("inputs.the-file-ends-before-its-json")));
            }
        }
    }
}

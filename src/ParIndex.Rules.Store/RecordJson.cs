using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ParIndex.Rules.Store;

/// <summary>
/// Writes what a run records, as UTF-8 JSON text, one row at a time: a unit's inputs (every figure, claim and appraisal
/// round exactly as read, numbers as their decimal text, never floating point) and its criteria as
/// <c>[id, status, points]</c>. <see cref="SnapshotJson.Read"/> reads the inputs back.
/// </summary>
/// <remarks>
/// One per run and thread: every row is written into the same buffer, and each row's bytes go to SQLite as they are
/// (no text in between), so a run of 3,321 units allocates about what it stores. Written through text writers, the
/// same run allocated 146 MB and, beside the report written on the other core, held both threads up in the collector.
/// </remarks>
internal sealed class RecordJson : IDisposable
{
    // Vietnamese stays as it is (the store is read with sqlite3 too); what JSON requires is escaped, and an unpaired
    // surrogate becomes U+FFFD, as the text's UTF-8 always made it.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly Utf8JsonWriter _json;

    public RecordJson() => _json = new Utf8JsonWriter(_buffer, Options);

    /// <summary>A unit's inputs, its figures, claims and appraisal rounds each in key order.</summary>
    public byte[] Snapshot(IndicatorSnapshot snapshot)
    {
        Begin();
        _json.WriteStartObject();
        _json.WriteString("id"u8, snapshot.Id);
        _json.WriteString("name"u8, snapshot.Name);
        _json.WriteString("type"u8, snapshot.Type);
        _json.WriteString("period"u8, snapshot.Period);
        _json.WriteStartObject("figures"u8);
        foreach (var (key, value) in snapshot.Indicators.OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            // A number as its exact decimal text, a yes/no as true or false, a figure that could not be read as { "raw": … }.
            switch (value.Kind)
            {
                case IndicatorValueKind.Number:
                    Number(key, value.Number);
                    break;
                case IndicatorValueKind.Boolean:
                    _json.WriteBoolean(key, value.Number == 1m);
                    break;
                default:
                    _json.WriteStartObject(key);
                    _json.WriteString("raw"u8, value.Raw);
                    _json.WriteEndObject();
                    break;
            }
        }

        _json.WriteEndObject();
        Claims(snapshot.SelfAssessment);
        Appraisal(snapshot.Appraisal);
        _json.WriteEndObject();
        return End();
    }

    /// <summary>
    /// A unit's criteria, in the rule set's order, without building their results (hints, parts): 103,000 of them in a
    /// run of 3,321 units. The rule set is the batch's, which every card of a batch was scored by.
    /// </summary>
    public byte[] Criteria(Scorecard card, RuleSet ruleSet)
    {
        Begin();
        _json.WriteStartArray();
        for (var i = 0; i < card.Criteria.Count; i++)
        {
            _json.WriteStartArray();
            _json.WriteStringValue(ruleSet.Criteria[i].Id);
            _json.WriteStringValue(card.StatusAt(i).ToWireName());
            NumberValue(card.PointsAt(i));
            _json.WriteEndArray();
        }

        _json.WriteEndArray();
        return End();
    }

    public void Dispose() => _json.Dispose();

    private void Claims(IReadOnlyDictionary<string, Claim>? claims)
    {
        if (claims is null)
        {
            return;
        }

        _json.WriteStartObject("claims"u8);
        foreach (var (id, claim) in claims.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            _json.WriteStartObject(id);
            Number("points", claim.Points);
            _json.WriteString("explanation"u8, claim.Explanation);
            _json.WriteStartArray("evidence"u8);
            foreach (var evidence in claim.Evidence)
            {
                _json.WriteStartObject();
                _json.WriteString("document"u8, evidence.Document);
                _json.WriteString("date"u8, evidence.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                _json.WriteString("location"u8, evidence.Location);
                _json.WriteEndObject();
            }

            _json.WriteEndArray();
            _json.WriteEndObject();
        }

        _json.WriteEndObject();
    }

    private void Appraisal(IReadOnlyDictionary<string, IReadOnlyList<AppraisalRound>>? appraisal)
    {
        if (appraisal is null)
        {
            return;
        }

        _json.WriteStartObject("appraisal"u8);
        foreach (var (id, rounds) in appraisal.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            _json.WriteStartArray(id);
            foreach (var round in rounds)
            {
                _json.WriteStartObject();
                _json.WriteNumber("round"u8, round.Round);
                Number("points", round.Points);
                _json.WriteString("reason"u8, round.Reason);
                _json.WriteString("by"u8, round.By);
                _json.WriteEndObject();
            }

            _json.WriteEndArray();
        }

        _json.WriteEndObject();
    }

    private void Begin()
    {
        _buffer.ResetWrittenCount();
        _json.Reset();
    }

    private byte[] End()
    {
        _json.Flush();
        return _buffer.WrittenSpan.ToArray();
    }

    /// <summary>A decimal as a string of its exact invariant text (<see cref="SnapshotJson.Number"/>'s), formatted straight into bytes.</summary>
    private void Number(string name, decimal value)
    {
        _json.WritePropertyName(name);
        NumberValue(value);
    }

    private void NumberValue(decimal value)
    {
        // 29 digits, a sign and a point at most.
        Span<byte> text = stackalloc byte[32];
        var formatted = value.TryFormat(text, out var written, default, CultureInfo.InvariantCulture);
        Debug.Assert(formatted, "A decimal's text fits in 32 bytes.");
        _json.WriteStringValue(text[..written]);
    }
}

using Newtonsoft.Json;

namespace ParIndex.Rules;

/// <summary>
/// A batch's results as the JSON contract programs read (the README documents every field): what
/// <c>parindex score --format json</c> writes, for an application to write the same without the tool.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class JsonContract
{
    /// <summary>Writes the document: the batch's units in input order, stamped with the rule set that scored them.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="batch">The scored batch (<see cref="Scorer.ScoreBatch"/>).</param>
    public static void Write(TextWriter output, ScoredBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        Write(output, batch, batch.Units);
    }

    /// <summary>Writes the document with some of the batch's units, in the order given (one unit's file, say), and all of its problems.</summary>
    /// <param name="output">Where to write.</param>
    /// <param name="batch">The scored batch.</param>
    /// <param name="units">The units to write, each one of <paramref name="batch"/>'s.</param>
    public static void Write(TextWriter output, ScoredBatch batch, IEnumerable<RankedScorecard> units)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(units);
        using var json = Start(batch.RuleSet, output);
        foreach (var unit in units)
        {
            Unit(json, unit, batch.HasPrevious);
        }

        End(json, batch.Errors, batch.Warnings, output);
    }

    /// <summary>Opens the document and its units array, for writing units one at a time.</summary>
    private static JsonTextWriter Start(RuleSet ruleSet, TextWriter output)
    {
        var json = new JsonTextWriter(output) { Formatting = Formatting.Indented, Indentation = 2, CloseOutput = false };
        json.WriteStartObject();
        json.WritePropertyName("ruleSet");
        json.WriteStartObject();
        Property(json, "id", ruleSet.Id);
        Property(json, "version", ruleSet.Version);
        Property(json, "hash", ruleSet.ContentHash);
        json.WriteEndObject();
        json.WritePropertyName("units");
        json.WriteStartArray();
        return json;
    }

    /// <summary>Closes the units array and writes the input problems.</summary>
    private static void End(JsonTextWriter json, IReadOnlyList<InputProblem> errors, IReadOnlyList<InputProblem> warnings, TextWriter output)
    {
        json.WriteEndArray();
        Problems(json, "errors", errors);
        Problems(json, "warnings", warnings);
        json.WriteEndObject();
        json.Flush();
        output.WriteLine();
    }

    private static void Unit(JsonTextWriter json, RankedScorecard row, bool hasPrevious)
    {
        var card = row.Card;
        json.WriteStartObject();
        Property(json, "id", card.UnitId);
        Property(json, "name", card.UnitName);
        Property(json, "type", card.UnitType);
        Number(json, "total", card.Total);
        Number(json, "maxTotal", card.MaxTotal);
        Number(json, "base", card.Base);
        Number(json, "bonus", card.Bonus);
        Number(json, "penalty", card.Penalty);
        Number(json, "applicableMaxPoints", card.ApplicableMaxPoints);
        Number(json, "claimedTotal", card.ClaimedTotal);
        Property(json, "classification", card.Classification);
        json.WritePropertyName("rank");
        json.WriteValue(row.Rank);
        json.WritePropertyName("typeRank");
        json.WriteValue(row.RankInType);
        Number(json, "sipas", card.Sipas);
        json.WritePropertyName("meetsTargets");
        json.WriteValue(card.MeetsTargets);
        if (hasPrevious)
        {
            Previous(json, row);
        }

        if (row.Predecessors is { } predecessors)
        {
            // Only for a unit formed by a merger: the units it was formed from, with last year's results where given.
            json.WritePropertyName("predecessors");
            json.WriteStartArray();
            foreach (var predecessor in predecessors)
            {
                json.WriteStartObject();
                Property(json, "id", predecessor.Id);
                Number(json, "previousTotal", predecessor.Previous?.Total);
                json.WritePropertyName("previousRank");
                json.WriteValue(predecessor.Previous?.Rank);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        Areas(json, row, hasPrevious);
        Criteria(json, row, hasPrevious);
        json.WriteEndObject();
    }

    /// <summary>The unit's own result last year and how it moved; null for a merged unit or one without a result.</summary>
    private static void Previous(JsonTextWriter json, RankedScorecard row)
    {
        json.WritePropertyName("previous");
        if (row.Previous is not { } before)
        {
            json.WriteNull();
            return;
        }

        json.WriteStartObject();
        Number(json, "total", before.Total);
        json.WritePropertyName("rank");
        json.WriteValue(before.Rank);
        Number(json, "deltaPoints", row.DeltaPoints);
        json.WritePropertyName("deltaRank");
        json.WriteValue(row.DeltaRank);
        json.WritePropertyName("improvedBoth");
        json.WriteValue(row.ImprovedBoth);
        json.WriteEndObject();
    }

    private static void Areas(JsonTextWriter json, RankedScorecard row, bool hasPrevious)
    {
        json.WritePropertyName("areas");
        json.WriteStartArray();
        foreach (var area in LazyList<AreaResult>.Transiently(row.Card.Areas))
        {
            json.WriteStartObject();
            Property(json, "id", area.Id);
            Property(json, "kind", area.Kind);
            Number(json, "points", area.Points);
            Number(json, "maxPoints", area.MaxPoints);
            Number(json, "applicableMaxPoints", area.ApplicableMaxPoints);
            Number(json, "percent", area.Percent);
            if (hasPrevious)
            {
                Number(json, "previousPoints", row.Previous?.AreaPoints?.TryGetValue(area.Id, out var was) == true ? was : null);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Criteria(JsonTextWriter json, RankedScorecard row, bool hasPrevious)
    {
        json.WritePropertyName("criteria");
        json.WriteStartArray();
        foreach (var criterion in LazyList<CriterionResult>.Transiently(row.Card.Criteria))
        {
            json.WriteStartObject();
            Property(json, "id", criterion.Id);
            Property(json, "area", criterion.Area);
            Property(json, "status", WireNames.Statuses.Name(criterion.Status));
            Number(json, "points", criterion.Points);
            Number(json, "maxPoints", criterion.MaxPoints);
            Number(json, "deduction", criterion.Deduction);
            if (hasPrevious)
            {
                Number(json, "previousPoints", row.Previous?.CriterionPoints?.TryGetValue(criterion.Id, out var was) == true ? was : null);
            }

            Property(json, "computedStatus", criterion.ComputedStatus?.ToWireName());
            Number(json, "computedPoints", criterion.ComputedPoints);
            Number(json, "claimedPoints", criterion.Claim?.Points);
            Number(json, "appraisedPoints", criterion.AppraisedPoints);
            Number(json, "discrepancy", criterion.Discrepancy);
            Flag(json, "excluded", criterion.Excluded);
            Flag(json, "provisional", criterion.Provisional);
            Flag(json, "overClaimed", criterion.OverClaimed);
            Flag(json, "evidenceMissing", criterion.EvidenceMissing);
            Property(json, "hint", criterion.Hint?.Vi);
            Property(json, "hintEn", criterion.Hint?.En);
            Property(json, "lead", criterion.Lead);
            Property(json, "support", criterion.Support);
            Property(json, "leadOffice", criterion.LeadOffice?.Id);
            Property(json, "supportOffice", criterion.SupportOffice?.Id);
            Property(json, "deadline", criterion.Deadline.Text.Vi);
            Parts(json, criterion);
            Trail(json, criterion);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Parts(JsonTextWriter json, CriterionResult criterion)
    {
        json.WritePropertyName("parts");
        json.WriteStartArray();
        foreach (var part in criterion.Parts)
        {
            json.WriteStartObject();
            Property(json, "id", part.Id);
            Property(json, "status", WireNames.Statuses.Name(part.Status));
            Number(json, "value", part.Value);
            Number(json, "points", part.Points);
            Number(json, "maxPoints", part.MaxPoints);
            Number(json, "needed", part.Needed);
            Number(json, "neededFull", part.NeededFull);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Trail(JsonTextWriter json, CriterionResult criterion)
    {
        json.WritePropertyName("appraisalTrail");
        json.WriteStartArray();
        foreach (var round in criterion.Appraisal)
        {
            json.WriteStartObject();
            json.WritePropertyName("round");
            json.WriteValue(round.Round);
            Number(json, "points", round.Points);
            Property(json, "reason", round.Reason);
            Property(json, "by", round.By);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Flag(JsonTextWriter json, string name, bool value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    private static void Problems(JsonTextWriter json, string name, IReadOnlyList<InputProblem> problems)
    {
        json.WritePropertyName(name);
        json.WriteStartArray();
        foreach (var problem in problems)
        {
            json.WriteStartObject();
            Property(json, "unit", problem.UnitId);
            Property(json, "field", problem.Field);
            Property(json, "source", problem.Source);
            if (problem.Sheet is not null)
            {
                // Only workbooks have sheets: the contract of other inputs stays as it was.
                Property(json, "sheet", problem.Sheet);
            }

            json.WritePropertyName("line");
            json.WriteValue(problem.Line);
            Property(json, "message", problem.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>A string property, null as JSON null.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="name">The property's name.</param>
    /// <param name="value">The value.</param>
    /// <remarks>Public for documents written beside the contract (the tool's check report and plan files), so each writes values as the contract does.</remarks>
    public static void Property(JsonWriter json, string name, string? value)
    {
        json.WritePropertyName(name);
        json.WriteValue(value);
    }

    /// <summary>Writes a number as the shortest JSON number (8, not 8.0), so output is stable and reads as the spec writes it.</summary>
    /// <param name="json">The writer.</param>
    /// <param name="name">The property's name.</param>
    /// <param name="value">The number, or null.</param>
    public static void Number(JsonWriter json, string name, decimal? value)
    {
        json.WritePropertyName(name);
        if (value is { } number)
        {
            json.WriteRawValue(number.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull();
        }
    }
}

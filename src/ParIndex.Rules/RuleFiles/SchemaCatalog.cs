using System.Globalization;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using NJsonSchema.Validation;

namespace ParIndex.Rules;

/// <summary>The kinds of rule file, each with the JSON Schema shipped in <c>rules/schemas/</c>.</summary>
internal enum RuleFileKind
{
    Manifest,
    Indicators,
    Criteria,
    Overlay,
}

/// <summary>Parses rule files and checks them against the shipped JSON Schemas, turning every error into a <see cref="RuleProblem"/>.</summary>
/// <remarks>
/// The schemas are the same files editors use through <c>$schema</c>, embedded in the assembly, so what an
/// editor flags and what the loader rejects cannot drift apart. The <c>$schema</c> value of a rule file is
/// never followed: a rule file cannot make the loader read another path.
/// </remarks>
internal static class SchemaCatalog
{
    private static readonly Lazy<Dictionary<RuleFileKind, JsonSchema>> Schemas = new(LoadSchemas);

    private static readonly JsonLoadSettings LoadSettings = new()
    {
        CommentHandling = CommentHandling.Ignore,
        LineInfoHandling = LineInfoHandling.Load,
        DuplicatePropertyNameHandling = DuplicatePropertyNameHandling.Error,
    };

    private static JToken? Parse(string file, string text, List<RuleProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new RuleProblem(file, 1, 1, "$", Messages.Say("rules.the-file-is-empty-it-must")));
            return null;
        }

        try
        {
            using var reader = CreateReader(text);
            var token = JToken.ReadFrom(reader, LoadSettings);
            if (!WithinDecimalRange(file, token, problems))
            {
                return null;
            }

            while (reader.Read())
            {
                if (reader.TokenType != JsonToken.Comment)
                {
                    problems.Add(new RuleProblem(file, reader.LineNumber, reader.LinePosition, "$", Messages.Say("rules.unexpected-content-after-the-end-of")));
                    return null;
                }
            }

            return token;
        }
        catch (JsonReaderException e)
        {
            var path = string.IsNullOrEmpty(e.Path) ? "$" : "$." + e.Path;
            if (DecimalComma(text, e.LineNumber, e.LinePosition) is { } comma)
            {
                // 99,9 reads as 99 and then a stray 9: the reader's own words ("Invalid JavaScript property identifier
                // character") would send a rule owner looking for a name, not a number.
                problems.Add(new RuleProblem(file, e.LineNumber, comma.Column, path, Messages.Say("rules.the-number-is-written-with-a", comma.Written, comma.Meant)));
                return null;
            }

            problems.Add(new RuleProblem(file, e.LineNumber, e.LinePosition, path, Messages.Say("rules.malformed-json-fix-the-syntax-at", TrimPosition(e.Message))));
            return null;
        }
    }

    /// <summary>A value written <c>99,9</c> on the line of a syntax error, before its position: the number, its column and what was meant.</summary>
    private static (string Written, string Meant, int Column)? DecimalComma(string text, int line, int position)
    {
        var lines = text.Split('\n');
        if (line < 1 || line > lines.Length)
        {
            return null;
        }

        var before = lines[line - 1][..Math.Min(Math.Max(position, 0), lines[line - 1].Length)];
        var match = System.Text.RegularExpressions.Regex.Matches(before, @":\s*(-?\d+,\d+)\s*[,}\]]?\s*$").LastOrDefault();
        return match is null ? null : (match.Groups[1].Value, match.Groups[1].Value.Replace(',', '.'), match.Groups[1].Index + 1);
    }

    /// <summary>
    /// Whole numbers past 64 bits come from the JSON reader as big integers, which the schema validator cannot look at
    /// (found by fuzzing): those within decimal's range become decimals, read like any other number; the rest are
    /// reported with the real limit.
    /// </summary>
    private static bool WithinDecimalRange(string file, JToken token, List<RuleProblem> problems)
    {
        var fine = true;
        foreach (var value in (token is JContainer container ? container.DescendantsAndSelf() : [token]).OfType<JValue>().Where(v => v.Value is System.Numerics.BigInteger).ToList())
        {
            var big = (System.Numerics.BigInteger)value.Value!;
            if (big >= new System.Numerics.BigInteger(decimal.MinValue) && big <= new System.Numerics.BigInteger(decimal.MaxValue))
            {
                value.Value = (decimal)big;
                continue;
            }

            fine = false;
            problems.Add(JsonPosition.Problem(file, value, Messages.Say("rules.rule-file-number-too-large", value.Value, decimal.MaxValue)));
        }

        return fine;
    }

    /// <summary>Parses a rule file and checks it against its kind's schema; <see langword="null"/> when it could not be parsed.</summary>
    public static JToken? Read(RuleFileKind kind, string file, string text, List<RuleProblem> problems)
    {
        var token = Parse(file, text, problems);
        if (token is not null)
        {
            Validate(kind, file, token, problems);
        }

        return token;
    }

    private static void Validate(RuleFileKind kind, string file, JToken token, List<RuleProblem> problems)
    {
        var schema = Schemas.Value[kind];
        var errors = new JsonSchemaValidator().Validate(token, schema);
        foreach (var error in Flatten(errors).OrderBy(e => e.LineNumber).ThenBy(e => e.LinePosition).ThenBy(e => e.Path, StringComparer.Ordinal))
        {
            problems.Add(ToProblem(file, error));
        }
    }

    internal static JsonTextReader CreateReader(string text) => new(new StringReader(text))
    {
        // Decimal, not double: 99.9 in a rule file must be exactly 99.9.
        FloatParseHandling = FloatParseHandling.Decimal,
        DateParseHandling = DateParseHandling.None,
        MaxDepth = 64,
    };

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors)
    {
        foreach (var error in errors)
        {
            if (error is ChildSchemaValidationError child)
            {
                foreach (var nested in Flatten(child.Errors.SelectMany(e => e.Value)))
                {
                    yield return nested;
                }
            }
            else
            {
                yield return error;
            }
        }
    }

    private static RuleProblem ToProblem(string file, ValidationError error)
    {
        var token = error.Token;
        var path = JsonPath(token, error.Property, error.Kind);
        var line = error.HasLineInfo ? error.LineNumber : 0;
        var column = error.HasLineInfo ? error.LinePosition : 0;
        var known = error.Schema?.Properties.Keys ?? (IEnumerable<string>)[];
        return new RuleProblem(file, line, column, path, Message());

        LocalizedText Message()
        {
            var found = Describe(token);
            return error.Kind switch
            {
                ValidationErrorKind.PropertyRequired when error.Property == "vi" => Messages.Say("rules.schema-vi-missing"),
                ValidationErrorKind.PropertyRequired => Messages.Say("rules.schema-property-required", error.Property),
                ValidationErrorKind.NoAdditionalPropertiesAllowed => Messages.Say("rules.schema-unknown-property",
                    error.Property, DidYouMean.Said(error.Property ?? string.Empty, known.Where(k => k != "$schema"))),
                ValidationErrorKind.NumberExpected => Messages.Say("rules.schema-number-expected", found),
                ValidationErrorKind.IntegerExpected => Messages.Say("rules.schema-integer-expected", found),
                ValidationErrorKind.StringExpected => Messages.Say("rules.schema-string-expected", found),
                ValidationErrorKind.BooleanExpected => Messages.Say("rules.schema-boolean-expected", found),
                ValidationErrorKind.ArrayExpected => Messages.Say("rules.schema-array-expected", found),
                ValidationErrorKind.ObjectExpected => Messages.Say("rules.schema-object-expected", found),
                ValidationErrorKind.NotInEnumeration => Messages.Say("rules.schema-not-allowed", found, Enumeration(error.Schema)),
                ValidationErrorKind.StringTooShort => Messages.Say("rules.schema-empty"),
                ValidationErrorKind.PatternMismatch => Messages.Say("rules.schema-pattern-mismatch", found, error.Schema?.Pattern),
                ValidationErrorKind.DateExpected => Messages.Say("rules.schema-date-expected", found),
                ValidationErrorKind.NumberTooSmall => Messages.Say("rules.schema-too-small", found, Bound(error.Schema, min: true)),
                ValidationErrorKind.NumberTooBig => Messages.Say("rules.schema-too-big", found, Bound(error.Schema, min: false)),
                ValidationErrorKind.NoTypeValidates => Messages.Say("rules.schema-type-expected", Expected(error.Schema?.Type), found),
                ValidationErrorKind.TooFewItems => Messages.Say("rules.schema-too-few-items", error.Schema?.MinItems),
                ValidationErrorKind.TooFewProperties or ValidationErrorKind.TooManyProperties =>
                    Messages.Say("rules.schema-exactly-one-of", string.Join(", ", error.Schema?.Properties.Keys ?? [])),
                _ => Messages.Say("rules.schema-does-not-fit", error.Kind),
            };
        }
    }

    private static string JsonPath(JToken? token, string? property, ValidationErrorKind kind)
    {
        var basePath = JsonPosition.PathOf(token);
        return kind is ValidationErrorKind.PropertyRequired or ValidationErrorKind.NoAdditionalPropertiesAllowed
            && !string.IsNullOrEmpty(property) && !basePath.EndsWith("." + property, StringComparison.Ordinal)
            ? basePath + "." + property
            : basePath;
    }

    /// <summary>What was found where the schema wanted another thing: a value as written, or its kind in words.</summary>
    private static LocalizedText Describe(JToken? token) => token switch
    {
        null => Messages.Say("rules.schema-found-nothing"),
        JValue { Type: JTokenType.String } v => Same($"\"{v.Value}\""),
        JValue { Type: JTokenType.Null } => Same("null"),
        JValue { Type: JTokenType.Boolean } v => Same(Convert.ToString(v.Value, CultureInfo.InvariantCulture)!.ToLowerInvariant()),
        JValue v when Convert.ToString(v.Value, CultureInfo.InvariantCulture) is { } text => Same(text),
        JArray => Messages.Say("rules.schema-an-array"),
        JObject => Messages.Say("rules.schema-an-object"),
        _ => Messages.Say("rules.schema-found-value"),
    };

    private static LocalizedText Same(string text) => new(text, text);

    /// <summary>What a schema of several types (e.g. a threshold: a number or a flag) accepts, in words.</summary>
    private static LocalizedText Expected(JsonObjectType? type)
    {
        if (type is null or JsonObjectType.None)
        {
            return Messages.Say("rules.schema-another-type");
        }

        var kinds = new[]
            {
                (JsonObjectType.Number, "rules.schema-a-number"), (JsonObjectType.Integer, "rules.schema-a-whole-number"), (JsonObjectType.String, "rules.schema-a-string"),
                (JsonObjectType.Boolean, null), (JsonObjectType.Array, "rules.schema-an-array"), (JsonObjectType.Object, "rules.schema-an-object"),
            }
            .Where(t => type.Value.HasFlag(t.Item1)).Select(t => t.Item2 is { } key ? Messages.Say(key) : Same("true/false")).ToList();
        var or = Messages.Say("common.or");
        return new(string.Join(or.Vi, kinds.Select(k => k.Vi)), string.Join(or.In(Language.En), kinds.Select(k => k.In(Language.En))));
    }

    private static object Enumeration(JsonSchema? schema) =>
        schema is null ? Messages.Say("rules.schema-allowed-values") : string.Join(", ", schema.Enumeration.Select(e => $"'{e}'"));

    private static LocalizedText Bound(JsonSchema? schema, bool min)
    {
        if (schema is null)
        {
            return Messages.Say("rules.schema-within-range");
        }

        var (key, value) = min
            ? schema.IsExclusiveMinimum || schema.ExclusiveMinimum is not null ? ("rules.schema-more-than", schema.ExclusiveMinimum ?? schema.Minimum) : ("rules.schema-at-least", schema.Minimum)
            : schema.IsExclusiveMaximum || schema.ExclusiveMaximum is not null ? ("rules.schema-less-than", schema.ExclusiveMaximum ?? schema.Maximum) : ("rules.schema-at-most", schema.Maximum);
        return Messages.Say(key, value);
    }

    private static string TrimPosition(string message)
    {
        // Newtonsoft appends "Path 'x', line 3, position 4." — the problem carries those already.
        var index = message.IndexOf(" Path '", StringComparison.Ordinal);
        if (index < 0)
        {
            index = message.IndexOf(", line ", StringComparison.Ordinal);
        }

        return index > 0 ? message[..index].TrimEnd(',') : message;
    }

    private static Dictionary<RuleFileKind, JsonSchema> LoadSchemas()
    {
        var assembly = typeof(SchemaCatalog).Assembly;
        JsonSchema Read(string name)
        {
            using var stream = assembly.GetManifestResourceStream("ParIndex.Rules.Schemas." + name)
                ?? throw new InvalidOperationException($"The schema '{name}' is not embedded in {assembly.GetName().Name}.");
            using var reader = new StreamReader(stream);
            return SchemaBuilder.Build(JObject.Parse(reader.ReadToEnd()));
        }

        return new Dictionary<RuleFileKind, JsonSchema>
        {
            [RuleFileKind.Manifest] = Read("ruleset.schema.json"),
            [RuleFileKind.Indicators] = Read("indicators.schema.json"),
            [RuleFileKind.Criteria] = Read("criteria.schema.json"),
            [RuleFileKind.Overlay] = Read("overlay.schema.json"),
        };
    }
}

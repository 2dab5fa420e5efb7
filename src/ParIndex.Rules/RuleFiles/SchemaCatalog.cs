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
            problems.Add(new RuleProblem(file, 1, 1, "$", "the file is empty; it must hold one JSON object."));
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
                    problems.Add(new RuleProblem(file, reader.LineNumber, reader.LinePosition, "$", "unexpected content after the end of the JSON object; remove it."));
                    return null;
                }
            }

            return token;
        }
        catch (JsonReaderException e)
        {
            var path = string.IsNullOrEmpty(e.Path) ? "$" : "$." + e.Path;
            problems.Add(new RuleProblem(file, e.LineNumber, e.LinePosition, path, $"malformed JSON: {TrimPosition(e.Message)} Fix the syntax at this position."));
            return null;
        }
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
            problems.Add(JsonPosition.Problem(file, value,
                string.Create(CultureInfo.InvariantCulture, $"the number {value.Value} is beyond the largest a rule file can hold, {decimal.MaxValue} (about 7.9 × 10^28); write a smaller number.")));
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
        var found = Describe(token);
        var message = error.Kind switch
        {
            ValidationErrorKind.PropertyRequired when error.Property == "vi" =>
                "the Vietnamese text 'vi' is missing; add it (Vietnamese is required, English optional).",
            ValidationErrorKind.PropertyRequired => $"the required property '{error.Property}' is missing; add it.",
            ValidationErrorKind.NoAdditionalPropertiesAllowed =>
                $"unknown property '{error.Property}'" + DidYouMean.Suffix(error.Property ?? string.Empty, known.Where(k => k != "$schema")) + " Remove or rename it.",
            ValidationErrorKind.NumberExpected => $"expected a number, found {found}.",
            ValidationErrorKind.IntegerExpected => $"expected a whole number, found {found}.",
            ValidationErrorKind.StringExpected => $"expected a string, found {found}.",
            ValidationErrorKind.BooleanExpected => $"expected true or false, found {found}.",
            ValidationErrorKind.ArrayExpected => $"expected an array, found {found}.",
            ValidationErrorKind.ObjectExpected => $"expected an object, found {found}.",
            ValidationErrorKind.NotInEnumeration => $"{found} is not allowed; use one of {Enumeration(error.Schema)}.",
            ValidationErrorKind.StringTooShort => "must not be empty.",
            ValidationErrorKind.PatternMismatch => $"{found} does not match the pattern {error.Schema?.Pattern}.",
            ValidationErrorKind.DateExpected => $"expected a date written yyyy-MM-dd, found {found}.",
            ValidationErrorKind.NumberTooSmall => $"{found} is too small; it must be {Bound(error.Schema, min: true)}.",
            ValidationErrorKind.NumberTooBig => $"{found} is too big; it must be {Bound(error.Schema, min: false)}.",
            ValidationErrorKind.NoTypeValidates => $"expected {Expected(error.Schema?.Type)}, found {found}.",
            ValidationErrorKind.TooFewItems => string.Create(CultureInfo.InvariantCulture, $"needs at least {error.Schema?.MinItems} item(s)."),
            ValidationErrorKind.TooFewProperties or ValidationErrorKind.TooManyProperties =>
                "give exactly one of " + string.Join(", ", error.Schema?.Properties.Keys ?? []) + ".",
            _ => $"{error.Kind}: does not fit the schema.",
        };
        return new RuleProblem(file, line, column, path, message);
    }

    private static string JsonPath(JToken? token, string? property, ValidationErrorKind kind)
    {
        var basePath = JsonPosition.PathOf(token);
        return kind is ValidationErrorKind.PropertyRequired or ValidationErrorKind.NoAdditionalPropertiesAllowed
            && !string.IsNullOrEmpty(property) && !basePath.EndsWith("." + property, StringComparison.Ordinal)
            ? basePath + "." + property
            : basePath;
    }

    private static string Describe(JToken? token) => token switch
    {
        null => "nothing",
        JValue { Type: JTokenType.String } v => $"\"{v.Value}\"",
        JValue { Type: JTokenType.Null } => "null",
        JValue v => Convert.ToString(v.Value, CultureInfo.InvariantCulture)?.ToLowerInvariant() is { } s && v.Type == JTokenType.Boolean ? s : Convert.ToString(v.Value, CultureInfo.InvariantCulture) ?? "a value",
        JArray => "an array",
        JObject => "an object",
        _ => "a value",
    };

    /// <summary>What a schema of several types (e.g. a threshold: a number or a flag) accepts, in words.</summary>
    private static string Expected(JsonObjectType? type) =>
        type is null or JsonObjectType.None
            ? "another type"
            : string.Join(" or ", new[]
                {
                    (JsonObjectType.Number, "a number"), (JsonObjectType.Integer, "a whole number"), (JsonObjectType.String, "a string"),
                    (JsonObjectType.Boolean, "true/false"), (JsonObjectType.Array, "an array"), (JsonObjectType.Object, "an object"),
                }
                .Where(t => type.Value.HasFlag(t.Item1)).Select(t => t.Item2));

    private static string Enumeration(JsonSchema? schema) =>
        schema is null ? "the allowed values" : string.Join(", ", schema.Enumeration.Select(e => $"'{e}'"));

    private static string Bound(JsonSchema? schema, bool min)
    {
        if (schema is null)
        {
            return "within range";
        }

        return min
            ? schema.IsExclusiveMinimum || schema.ExclusiveMinimum is not null
                ? string.Create(CultureInfo.InvariantCulture, $"more than {schema.ExclusiveMinimum ?? schema.Minimum}")
                : string.Create(CultureInfo.InvariantCulture, $"at least {schema.Minimum}")
            : schema.IsExclusiveMaximum || schema.ExclusiveMaximum is not null
                ? string.Create(CultureInfo.InvariantCulture, $"less than {schema.ExclusiveMaximum ?? schema.Maximum}")
                : string.Create(CultureInfo.InvariantCulture, $"at most {schema.Maximum}");
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

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
        return new RuleProblem(file, line, column, path, Message(en: true), Message(en: false));

        string Message(bool en)
        {
            var found = Describe(token, en);
            return (error.Kind, en) switch
            {
                (ValidationErrorKind.PropertyRequired, true) when error.Property == "vi" =>
                    "the Vietnamese text 'vi' is missing; add it (Vietnamese is required, English optional).",
                (ValidationErrorKind.PropertyRequired, false) when error.Property == "vi" =>
                    "thiếu nội dung tiếng Việt 'vi'; hãy thêm (tiếng Việt bắt buộc, tiếng Anh tùy chọn).",
                (ValidationErrorKind.PropertyRequired, true) => $"the required property '{error.Property}' is missing; add it.",
                (ValidationErrorKind.PropertyRequired, false) => $"thiếu thuộc tính bắt buộc '{error.Property}'; hãy thêm.",
                (ValidationErrorKind.NoAdditionalPropertiesAllowed, true) =>
                    $"unknown property '{error.Property}'" + DidYouMean.Suffix(error.Property ?? string.Empty, known.Where(k => k != "$schema")) + " Remove or rename it.",
                (ValidationErrorKind.NoAdditionalPropertiesAllowed, false) =>
                    $"thuộc tính không xác định '{error.Property}'" + DidYouMean.SuffixVi(error.Property ?? string.Empty, known.Where(k => k != "$schema")) + " Hãy xóa hoặc đổi tên.",
                (ValidationErrorKind.NumberExpected, _) => en ? $"expected a number, found {found}." : $"cần một số, gặp {found}.",
                (ValidationErrorKind.IntegerExpected, _) => en ? $"expected a whole number, found {found}." : $"cần một số nguyên, gặp {found}.",
                (ValidationErrorKind.StringExpected, _) => en ? $"expected a string, found {found}." : $"cần một chuỗi, gặp {found}.",
                (ValidationErrorKind.BooleanExpected, _) => en ? $"expected true or false, found {found}." : $"cần true hoặc false, gặp {found}.",
                (ValidationErrorKind.ArrayExpected, _) => en ? $"expected an array, found {found}." : $"cần một mảng, gặp {found}.",
                (ValidationErrorKind.ObjectExpected, _) => en ? $"expected an object, found {found}." : $"cần một đối tượng, gặp {found}.",
                (ValidationErrorKind.NotInEnumeration, _) => en
                    ? $"{found} is not allowed; use one of {Enumeration(error.Schema, en)}."
                    : $"{found} không được phép; hãy dùng một trong {Enumeration(error.Schema, en)}.",
                (ValidationErrorKind.StringTooShort, _) => en ? "must not be empty." : "không được để trống.",
                (ValidationErrorKind.PatternMismatch, _) => en
                    ? $"{found} does not match the pattern {error.Schema?.Pattern}."
                    : $"{found} không khớp mẫu {error.Schema?.Pattern}.",
                (ValidationErrorKind.DateExpected, _) => en ? $"expected a date written yyyy-MM-dd, found {found}." : $"cần một ngày viết yyyy-MM-dd, gặp {found}.",
                (ValidationErrorKind.NumberTooSmall, _) => en
                    ? $"{found} is too small; it must be {Bound(error.Schema, min: true, en)}."
                    : $"{found} quá nhỏ; phải {Bound(error.Schema, min: true, en)}.",
                (ValidationErrorKind.NumberTooBig, _) => en
                    ? $"{found} is too big; it must be {Bound(error.Schema, min: false, en)}."
                    : $"{found} quá lớn; phải {Bound(error.Schema, min: false, en)}.",
                (ValidationErrorKind.NoTypeValidates, _) => en
                    ? $"expected {Expected(error.Schema?.Type, en)}, found {found}."
                    : $"cần {Expected(error.Schema?.Type, en)}, gặp {found}.",
                (ValidationErrorKind.TooFewItems, _) => en
                    ? string.Create(CultureInfo.InvariantCulture, $"needs at least {error.Schema?.MinItems} item(s).")
                    : string.Create(CultureInfo.InvariantCulture, $"cần ít nhất {error.Schema?.MinItems} phần tử."),
                (ValidationErrorKind.TooFewProperties or ValidationErrorKind.TooManyProperties, _) =>
                    (en ? "give exactly one of " : "hãy ghi đúng một trong ") + string.Join(", ", error.Schema?.Properties.Keys ?? []) + ".",
                _ => en ? $"{error.Kind}: does not fit the schema." : $"{error.Kind}: không khớp lược đồ.",
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

    private static string Describe(JToken? token, bool en) => token switch
    {
        null => en ? "nothing" : "không có gì",
        JValue { Type: JTokenType.String } v => $"\"{v.Value}\"",
        JValue { Type: JTokenType.Null } => "null",
        JValue v => Convert.ToString(v.Value, CultureInfo.InvariantCulture)?.ToLowerInvariant() is { } s && v.Type == JTokenType.Boolean ? s : Convert.ToString(v.Value, CultureInfo.InvariantCulture) ?? (en ? "a value" : "một giá trị"),
        JArray => en ? "an array" : "một mảng",
        JObject => en ? "an object" : "một đối tượng",
        _ => en ? "a value" : "một giá trị",
    };

    /// <summary>What a schema of several types (e.g. a threshold: a number or a flag) accepts, in words.</summary>
    private static string Expected(JsonObjectType? type, bool en) =>
        type is null or JsonObjectType.None
            ? (en ? "another type" : "kiểu khác")
            : string.Join(en ? " or " : " hoặc ", new[]
                {
                    (JsonObjectType.Number, "a number", "một số"), (JsonObjectType.Integer, "a whole number", "một số nguyên"), (JsonObjectType.String, "a string", "một chuỗi"),
                    (JsonObjectType.Boolean, "true/false", "true/false"), (JsonObjectType.Array, "an array", "một mảng"), (JsonObjectType.Object, "an object", "một đối tượng"),
                }
                .Where(t => type.Value.HasFlag(t.Item1)).Select(t => en ? t.Item2 : t.Item3));

    private static string Enumeration(JsonSchema? schema, bool en) =>
        schema is null ? (en ? "the allowed values" : "các giá trị cho phép") : string.Join(", ", schema.Enumeration.Select(e => $"'{e}'"));

    private static string Bound(JsonSchema? schema, bool min, bool en)
    {
        if (schema is null)
        {
            return en ? "within range" : "trong phạm vi cho phép";
        }

        var (word, value) = min
            ? schema.IsExclusiveMinimum || schema.ExclusiveMinimum is not null ? (en ? "more than" : "lớn hơn", schema.ExclusiveMinimum ?? schema.Minimum) : (en ? "at least" : "ít nhất là", schema.Minimum)
            : schema.IsExclusiveMaximum || schema.ExclusiveMaximum is not null ? (en ? "less than" : "nhỏ hơn", schema.ExclusiveMaximum ?? schema.Maximum) : (en ? "at most" : "nhiều nhất là", schema.Maximum);
        return string.Create(CultureInfo.InvariantCulture, $"{word} {value}");
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

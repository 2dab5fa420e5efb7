using Newtonsoft.Json.Linq;
using NJsonSchema;

namespace ParIndex.Rules;

/// <summary>Builds NJsonSchema's model of a shipped schema straight from the schema's JSON.</summary>
/// <remarks>
/// NJsonSchema's own reader (<c>JsonSchema.FromJsonAsync</c>) deserializes through Newtonsoft's reflection over
/// NJsonSchema's types, which costs 250–300 ms the first time in a process: half of a cold start (measured,
/// benchmarks/README.md). Setting the same properties directly costs a few milliseconds. NJsonSchema still does
/// all the validating. Only the keywords the shipped schemas use are read, and any other keyword throws, so a
/// schema edit can never be half-understood; a test proves that, for every shipped schema, this builds what
/// NJsonSchema's reader builds.
/// </remarks>
internal static class SchemaBuilder
{
    private const string DefinitionPrefix = "#/definitions/";

    public static JsonSchema Build(JObject root)
    {
        var schema = new JsonSchema();

        // Definitions first, empty, so a $ref anywhere (also between definitions) finds its target.
        var definitions = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        var definitionsJson = root["definitions"] as JObject;
        foreach (var definition in definitionsJson?.Properties() ?? [])
        {
            definitions[definition.Name] = schema.Definitions[definition.Name] = new JsonSchema();
        }

        foreach (var definition in definitionsJson?.Properties() ?? [])
        {
            Fill(definitions[definition.Name], Object(definition.Value), definitions);
        }

        return Fill(schema, root, definitions);
    }

    private static T Fill<T>(T schema, JObject json, Dictionary<string, JsonSchema> definitions)
        where T : JsonSchema
    {
        foreach (var keyword in json.Properties())
        {
            var value = keyword.Value;
            switch (keyword.Name)
            {
                case "$schema": schema.SchemaVersion = (string?)value; break;
                case "$id": schema.Id = (string?)value; break;
                case "title": schema.Title = (string?)value; break;
                case "description": schema.Description = (string?)value; break;
                case "definitions": break; // Read by Build, at the root only.
                case "$ref": schema.Reference = Definition((string?)value, keyword, definitions); break;
                case "type": schema.Type = value is JArray types ? types.Aggregate(JsonObjectType.None, (all, t) => all | TypeOf(t, keyword)) : TypeOf(value, keyword); break;
                case "properties":
                    foreach (var property in Object(value).Properties())
                    {
                        schema.Properties[property.Name] = Fill(new JsonSchemaProperty(), Object(property.Value), definitions);
                    }

                    break;
                case "required":
                    foreach (var name in value.Values<string>())
                    {
                        schema.RequiredProperties.Add(name!);
                    }

                    break;
                case "additionalProperties":
                    if (value.Type == JTokenType.Boolean)
                    {
                        schema.AllowAdditionalProperties = (bool)value;
                    }
                    else
                    {
                        schema.AdditionalPropertiesSchema = Fill(new JsonSchema(), Object(value), definitions);
                    }

                    break;
                case "items": schema.Item = Fill(new JsonSchema(), Object(value), definitions); break;
                case "enum":
                    foreach (var item in value.Children<JValue>())
                    {
                        schema.Enumeration.Add(item.Value);
                    }

                    break;
                case "pattern": schema.Pattern = (string?)value; break;
                case "format": schema.Format = (string?)value; break;
                case "minLength": schema.MinLength = (int)value; break;
                case "minItems": schema.MinItems = (int)value; break;
                case "minProperties": schema.MinProperties = (int)value; break;
                case "maxProperties": schema.MaxProperties = (int)value; break;
                case "minimum": schema.Minimum = (decimal)value; break;
                case "maximum": schema.Maximum = (decimal)value; break;
                case "exclusiveMinimum": schema.ExclusiveMinimum = (decimal)value; break;
                case "exclusiveMaximum": schema.ExclusiveMaximum = (decimal)value; break;
                default: throw Unsupported(keyword, $"the keyword '{keyword.Name}' is not one the schema builder reads");
            }
        }

        return schema;
    }

    private static JsonObjectType TypeOf(JToken type, JProperty keyword) => (string?)type switch
    {
        "object" => JsonObjectType.Object,
        "array" => JsonObjectType.Array,
        "string" => JsonObjectType.String,
        "number" => JsonObjectType.Number,
        "integer" => JsonObjectType.Integer,
        "boolean" => JsonObjectType.Boolean,
        "null" => JsonObjectType.Null,
        var other => throw Unsupported(keyword, $"the type '{other}' is not a JSON Schema type"),
    };

    private static JsonSchema Definition(string? reference, JProperty keyword, Dictionary<string, JsonSchema> definitions) =>
        reference is not null && reference.StartsWith(DefinitionPrefix, StringComparison.Ordinal)
            && definitions.TryGetValue(reference[DefinitionPrefix.Length..], out var target)
            ? target
            : throw Unsupported(keyword, $"'{reference}' is not one of this schema's own definitions");

    private static JObject Object(JToken token) =>
        token as JObject ?? throw Unsupported(token.Parent as JProperty, "a schema must be an object here");

    /// <summary>A shipped schema the builder cannot read: a defect of this assembly, never of a user's rule file.</summary>
    private static InvalidOperationException Unsupported(JProperty? keyword, string why) =>
        new($"Embedded JSON Schema, at '{keyword?.Path}': {why}. Extend SchemaBuilder (and its test against NJsonSchema's reader) or drop the keyword.");
}

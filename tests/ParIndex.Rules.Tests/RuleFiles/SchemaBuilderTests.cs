using FluentAssertions;
using Newtonsoft.Json.Linq;
using NJsonSchema;
using Xunit;

namespace ParIndex.Rules.Tests.RuleFiles;

public class SchemaBuilderTests
{
    public static TheoryData<string> ShippedSchemas() =>
        [.. Directory.GetFiles(Path.Combine(Some.RepositoryRoot, "rules", "schemas"), "*.schema.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(ShippedSchemas))]
    public async Task Build_ShippedSchema_BuildsWhatNJsonSchemasReaderBuilds(string file)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(Some.RepositoryRoot, "rules", "schemas", file));

        var built = SchemaBuilder.Build(JObject.Parse(text));
        var read = await JsonSchema.FromJsonAsync(text);

        // NJsonSchema writes both back out the same way: any keyword read differently shows as a difference.
        JToken.Parse(built.ToJson()).Should().BeEquivalentTo(JToken.Parse(read.ToJson()));
        built.ToJson().Should().Contain("\"additionalProperties\": false", "the comparison must see the keywords that matter");
    }

    [Theory]
    [InlineData("""{ "type": "object", "oneOf": [] }""", "'oneOf'")]
    [InlineData("""{ "type": "strnig" }""", "'strnig'")]
    [InlineData("""{ "properties": { "a": { "$ref": "#/definitions/missing" } } }""", "'#/definitions/missing'")]
    [InlineData("""{ "items": true }""", "must be an object")]
    public void Build_KeywordItCannotRead_ThrowsNamingIt(string schema, string named)
    {
        var act = () => SchemaBuilder.Build(JObject.Parse(schema));

        act.Should().Throw<InvalidOperationException>().WithMessage($"Embedded JSON Schema, at '*{named}*");
    }
}

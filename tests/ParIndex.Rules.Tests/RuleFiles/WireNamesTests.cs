using FluentAssertions;
using Newtonsoft.Json.Linq;
using Xunit;

namespace ParIndex.Rules.Tests.RuleFiles;

/// <summary>Holds the JSON Schemas (what an editor offers) to the one table the reader and writer use.</summary>
public class WireNamesTests
{
    [Theory]
    [InlineData("criteria", "op")]
    [InlineData("criteria", "type")]
    [InlineData("criteria", "zeroDenominator")]
    [InlineData("criteria", "status")]
    [InlineData("indicators", "type")]
    public void Schemas_EveryEnum_IsTheWireTable(string schema, string property)
    {
        var root = JObject.Parse(File.ReadAllText(Path.Combine(Some.RepositoryRoot, "rules", "schemas", schema + ".schema.json")));

        var enums = root.Descendants().OfType<JProperty>()
            .Where(p => p.Name == property && p.Value is JObject { } o && o["enum"] is JArray)
            .Select(p => ((JArray)p.Value["enum"]!).Select(v => (string)v!).ToList())
            .ToList();

        enums.Should().ContainSingle($"the schema names '{property}' with a list of values once").Which.Should().Equal(Table(schema, property));
    }

    private static IReadOnlyList<string> Table(string schema, string property) => (schema, property) switch
    {
        ("criteria", "op") => WireNames.Operators.Names,
        ("criteria", "type") => WireNames.Scales.Names,
        ("criteria", "zeroDenominator") => WireNames.ZeroDenominators.Names,
        ("criteria", "status") => WireNames.Statuses.Names,
        _ => WireNames.IndicatorTypes.Names,
    };
}

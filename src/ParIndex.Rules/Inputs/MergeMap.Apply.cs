using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules;

// Applying a merge map to a batch: each new unit's figures from its predecessors', by the catalogue's merge rules.
public sealed partial class MergeMap
{
    /// <summary>
    /// Forms the new units of a batch: each one's figures from its predecessors' by the catalogue's rule (the sum of
    /// counts and amounts; a yes/no "all" unless the catalogue says "any"); a figure missing in any predecessor is
    /// missing, and one that is impossible in any (a negative count, text) is invalid, which wins over missing.
    /// </summary>
    /// <param name="batch">The units as read.</param>
    /// <param name="ruleSet">The rule set whose catalogue says how each figure merges.</param>
    /// <returns>
    /// The batch with each new unit in place of its predecessors (at the first one's place), the other units as they
    /// were, and the map's problems and these added to its errors: a predecessor absent from the inputs, or a new id
    /// that is already the id of a unit left as it was. A new unit with a problem is not formed, and its predecessors
    /// are not scored either; every other unit is.
    /// </returns>
    public SnapshotBatch Apply(SnapshotBatch batch, RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(ruleSet);
        var errors = batch.Errors.Concat(Problems).ToList();
        var warnings = batch.Warnings.ToList();
        var byId = new Dictionary<string, IndicatorSnapshot>(StringComparer.Ordinal);
        foreach (var snapshot in batch.Snapshots)
        {
            byId.TryAdd(snapshot.Id, snapshot);
        }

        var predecessorOf = Units.SelectMany(u => u.Predecessors.Select(p => (p, u))).GroupBy(x => x.p, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().u, StringComparer.Ordinal);
        var formed = new Dictionary<string, IndicatorSnapshot>(StringComparer.Ordinal);
        foreach (var unit in Units.Where(u => !_unformed.Contains(u.Id)))
        {
            var absent = unit.Predecessors.Where(p => !byId.ContainsKey(p)).ToList();
            if (absent.Count > 0)
            {
                var listed = string.Join(", ", absent.Select(a => $"'{a}'"));
                errors.Add(new InputProblem(unit.Position.Source, unit.Position.Line, 1, unit.Id, "predecessorId", Messages.Say(
                    absent.Count == 1 ? "inputs.merge-predecessor-absent" : "inputs.merge-predecessors-absent",
                    listed, DidYouMean.Said(absent[0], byId.Keys.Where(k => !predecessorOf.ContainsKey(k))), unit.Id)));
                continue;
            }

            if (byId.ContainsKey(unit.Id) && !predecessorOf.ContainsKey(unit.Id))
            {
                errors.Add(new InputProblem(unit.Position.Source, unit.Position.Line, 1, unit.Id, "newId", Messages.Say("inputs.is-already-the-id-of-a", unit.Id)));
                continue;
            }

            var parts = unit.Predecessors.Select(p => byId[p]).ToList();
            if (parts.Any(p => p.SelfAssessment is { Count: > 0 } || p.Appraisal is { Count: > 0 }))
            {
                warnings.Add(new InputProblem(unit.Position.Source, unit.Position.Line, 1, unit.Id, "selfAssessment", Messages.Say("inputs.the-predecessors-self-assessments-and-appraisals")));
            }

            // The new unit's type is checked as a read unit's is: one the rule set does not list is told and dropped.
            var (type, unknown) = TypeOfUnit.Read(ruleSet, unit.Type, (unit.Position.Source, unit.Position.Line, 1, unit.Id), FormedOverallOnly);
            if (unknown is not null)
            {
                errors.Add(unknown);
            }

            formed[unit.Id] = new IndicatorSnapshot(unit.Id, unit.Name, Figures(parts, ruleSet))
            {
                Period = parts.Select(p => p.Period).FirstOrDefault(p => p is not null),
                Type = type,
            };
        }

        // Each new unit at its first predecessor's place; the predecessors of a unit not formed are left out too.
        var snapshots = new List<IndicatorSnapshot>();
        foreach (var snapshot in batch.Snapshots)
        {
            if (!predecessorOf.TryGetValue(snapshot.Id, out var unit))
            {
                snapshots.Add(snapshot);
            }
            else if (formed.Remove(unit.Id, out var merged))
            {
                snapshots.Add(merged);
            }
        }

        return new SnapshotBatch(batch.Period, snapshots, errors, warnings) { Source = batch.Source, ReadWith = batch.ReadWith, Tables = batch.Tables };
    }

    /// <summary>The merged figures: every catalogue key some predecessor gives, combined by its rule.</summary>
    private static readonly LocalizedText FormedOverallOnly = Messages.Say("inputs.the-unit-was-formed-and-is");

    private static Dictionary<string, IndicatorValue> Figures(List<IndicatorSnapshot> parts, RuleSet ruleSet)
    {
        var figures = new Dictionary<string, IndicatorValue>(StringComparer.Ordinal);
        foreach (var indicator in ruleSet.Indicators)
        {
            if (!parts.Any(p => p.Indicators.ContainsKey(indicator.Key)))
            {
                continue;
            }

            var bad = parts.FirstOrDefault(p => p.Indicators.TryGetValue(indicator.Key, out var v) && v.ProblemAs(indicator.Type) != MeasureProblem.None);
            if (bad is not null)
            {
                figures[indicator.Key] = IndicatorValue.Invalid($"{bad.Indicators[indicator.Key]} ({bad.Id})");
                continue;
            }

            if (parts.Any(p => !p.Indicators.ContainsKey(indicator.Key)))
            {
                continue;
            }

            var values = parts.Select(p => p.Indicators[indicator.Key]).ToList();
            figures[indicator.Key] = indicator.Merge switch
            {
                MergeRule.All => IndicatorValue.FromBoolean(values.All(v => v.Number == 1m)),
                MergeRule.Any => IndicatorValue.FromBoolean(values.Any(v => v.Number == 1m)),
                _ => Sum(values),
            };
        }

        return figures;
    }

    /// <summary>The sum; past decimal's range it is an impossible figure, never a wrapped one.</summary>
    private static IndicatorValue Sum(List<IndicatorValue> values)
    {
        try
        {
            return IndicatorValue.FromNumber(values.Sum(v => v.Number));
        }
        catch (OverflowException)
        {
            return IndicatorValue.Invalid("the sum is beyond decimal's range");
        }
    }
}

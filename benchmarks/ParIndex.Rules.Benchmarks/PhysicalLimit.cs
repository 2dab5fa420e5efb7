namespace ParIndex.Rules.Benchmarks;

/// <summary>
/// The physical limit: the 2025 rules evaluated over one array per indicator, in integer hundredths, with
/// <c>Parallel.For</c>. The figures are bound to catalogue positions and checked once, when the columns are built
/// (not timed), so scoring does no look-up by key, no decimal arithmetic and no allocation beyond its results.
/// It lives here, never in src/, as the yardstick of what two cores can do; checked equal to ours first.
/// </summary>
public sealed class PhysicalLimit
{
    private const byte Ok = 0;
    private const byte Missing = 1;
    private const byte Invalid = 2;

    private readonly Part[] _parts;
    private readonly (int First, int Count)[] _criteria;
    private readonly long[][] _values;
    private readonly byte[][] _states;
    private readonly int _units;

    public PhysicalLimit(RuleSet rules, IndicatorSnapshot[] units)
    {
        var column = rules.Indicators.Select((indicator, i) => (indicator.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);
        _values = new long[rules.Indicators.Count][];
        _states = new byte[rules.Indicators.Count][];
        for (var c = 0; c < _values.Length; c++)
        {
            var indicator = rules.Indicators[c];
            _values[c] = new long[units.Length];
            _states[c] = new byte[units.Length];
            for (var u = 0; u < units.Length; u++)
            {
                (_states[c][u], _values[c][u]) = Bind(units[u], indicator);
            }
        }

        var parts = new List<Part>();
        _criteria = rules.Criteria.Select(criterion =>
        {
            var first = parts.Count;
            parts.AddRange(criterion.Parts.Select(p => Part.Of(p, column)));
            return (first, criterion.Parts.Count);
        }).ToArray();
        _parts = [.. parts];
        _units = units.Length;
    }

    /// <summary>Every unit's criteria: status and points in hundredths.</summary>
    public (CriterionStatus Status, long Points)[][] EvaluateAll()
    {
        var results = new (CriterionStatus, long)[_units][];
        Parallel.For(0, _units, u => results[u] = Evaluate(u));
        return results;
    }

    private (CriterionStatus, long)[] Evaluate(int unit)
    {
        var result = new (CriterionStatus, long)[_criteria.Length];
        for (var c = 0; c < _criteria.Length; c++)
        {
            var (first, count) = _criteria[c];
            long points = 0;
            bool invalid = false, missing = false, fail = false, applicable = false;
            for (var p = first; p < first + count; p++)
            {
                var (status, earned) = _parts[p].Score(_values, _states, unit);
                points += earned;
                invalid |= status == CriterionStatus.InvalidData;
                missing |= status == CriterionStatus.MissingData;
                fail |= status == CriterionStatus.Fail;
                applicable |= status != CriterionStatus.NotApplicable;
            }

            var combined = invalid ? CriterionStatus.InvalidData : missing ? CriterionStatus.MissingData : fail ? CriterionStatus.Fail
                : applicable ? CriterionStatus.Pass : CriterionStatus.NotApplicable;
            result[c] = (combined, invalid || missing ? 0 : points);
        }

        return result;
    }

    /// <summary>A figure in hundredths (yes is 100), with the catalogue's checks made once, as a reader binding a snapshot to positions would.</summary>
    private static (byte, long) Bind(IndicatorSnapshot unit, IndicatorDefinition indicator)
    {
        if (!unit.Indicators.TryGetValue(indicator.Key, out var value))
        {
            return (Missing, 0);
        }

        return (value.Kind, indicator.Type) switch
        {
            (IndicatorValueKind.Boolean, IndicatorType.Boolean) => (Ok, value.Number == 1m ? 100 : 0),
            (IndicatorValueKind.Number, not IndicatorType.Boolean) when value.Number >= 0m && value.Number * 100m == decimal.Truncate(value.Number * 100m)
                && (indicator.Type != IndicatorType.Count || value.Number == decimal.Truncate(value.Number)) => (Ok, (long)(value.Number * 100m)),
            _ => (Invalid, 0),
        };
    }

    private sealed record Part(
        ValueKind Kind, int A, int B, ZeroDenominatorPolicy Zero, ComparisonOperator Op, long Threshold,
        ScaleKind Scale, long ScaleThreshold, long ZeroBelow, long[] Mins, long[] Points, long PerEvent, long Max)
    {
        public static Part Of(PartDefinition part, Dictionary<string, int> column)
        {
            static long H(decimal value) => (long)(value * 100m);
            var scale = part.Scale;
            return new Part(
                part.Value.Kind, column[part.Value.Inputs[0]], part.Value.Inputs.Count > 1 ? column[part.Value.Inputs[1]] : -1, part.ZeroDenominator,
                part.Requirement.Operator, H(part.Requirement.Threshold),
                scale.Kind, H(scale.Threshold ?? 1m), H(scale.ZeroBelow ?? 0m), [.. scale.Bands.Select(b => H(b.Min))], [.. scale.Bands.Select(b => H(b.Points))],
                H(scale.PointsPerEvent ?? 0m), H(part.MaxPoints));
        }

        public (CriterionStatus, long) Score(long[][] values, byte[][] states, int unit)
        {
            // The inputs in order, the first problem deciding, as the library reads them.
            var state = states[A][unit] != Ok ? states[A][unit] : B < 0 ? Ok : states[B][unit];
            if (state != Ok)
            {
                return (state == Missing ? CriterionStatus.MissingData : CriterionStatus.InvalidData, 0);
            }

            long value;
            switch (Kind)
            {
                case ValueKind.Indicator:
                    value = values[A][unit];
                    break;
                case ValueKind.Rate:
                    var (n, d) = (values[A][unit] / 100, values[B][unit] / 100);
                    if (n > d)
                    {
                        return (CriterionStatus.InvalidData, 0);
                    }

                    if (d == 0)
                    {
                        return Zero == ZeroDenominatorPolicy.NotApplicable ? (CriterionStatus.NotApplicable, Max) : (CriterionStatus.MissingData, 0);
                    }

                    value = ((n * 20_000) + d) / (2 * d);
                    break;
                default:
                    var (total, subtract) = (values[A][unit], values[B][unit]);
                    if (subtract > total)
                    {
                        return (CriterionStatus.InvalidData, 0);
                    }

                    if (total == 0 && Zero != ZeroDenominatorPolicy.Score)
                    {
                        return Zero == ZeroDenominatorPolicy.NotApplicable ? (CriterionStatus.NotApplicable, Max) : (CriterionStatus.MissingData, 0);
                    }

                    value = total - subtract;
                    break;
            }

            var met = Op switch
            {
                ComparisonOperator.AtLeast => value >= Threshold,
                ComparisonOperator.MoreThan => value > Threshold,
                ComparisonOperator.AtMost => value <= Threshold,
                ComparisonOperator.LessThan => value < Threshold,
                ComparisonOperator.EqualTo => value == Threshold,
                _ => value != Threshold,
            };
            return (met ? CriterionStatus.Pass : CriterionStatus.Fail, Earned(value));
        }

        private long Earned(long value)
        {
            switch (Scale)
            {
                case ScaleKind.Binary:
                    return value >= ScaleThreshold ? Max : 0;
                case ScaleKind.Step:
                    for (var i = 0; i < Mins.Length; i++)
                    {
                        if (value >= Mins[i])
                        {
                            return Points[i];
                        }
                    }

                    return 0;
                case ScaleKind.Proportional:
                    return value >= ScaleThreshold ? Max : value < ZeroBelow ? 0 : ((2 * Max * value) + ScaleThreshold) / (2 * ScaleThreshold);
                default:
                    return Math.Max(0, Max - (PerEvent * value / 100));
            }
        }
    }
}

namespace ParIndex.Rules;

/// <summary>
/// The rule files' and results' vocabulary, stated once: the rule-file reader and writer, <see cref="Requirement.Symbol"/>,
/// the hint writer and the results' wire names all read these tables, and a test holds the JSON Schemas' enums to them.
/// </summary>
internal static class WireNames
{
    public static readonly WireTable<IndicatorType> IndicatorTypes = new(
        (IndicatorType.Count, "count"), (IndicatorType.Amount, "amount"), (IndicatorType.Boolean, "boolean"));

    public static readonly WireTable<ComparisonOperator> Operators = new(
        (ComparisonOperator.AtLeast, ">="), (ComparisonOperator.MoreThan, ">"), (ComparisonOperator.AtMost, "<="),
        (ComparisonOperator.LessThan, "<"), (ComparisonOperator.EqualTo, "=="), (ComparisonOperator.NotEqualTo, "!="));

    public static readonly WireTable<ScaleKind> Scales = new(
        (ScaleKind.Binary, "binary"), (ScaleKind.Step, "step"), (ScaleKind.Proportional, "proportional"), (ScaleKind.Penalty, "penalty"), (ScaleKind.PerEvent, "perEvent"));

    public static readonly WireTable<MergeRule> MergeRules = new(
        (MergeRule.Sum, "sum"), (MergeRule.All, "all"), (MergeRule.Any, "any"));

    public static readonly WireTable<AreaKind> AreaKinds = new(
        (AreaKind.Base, "base"), (AreaKind.Bonus, "bonus"), (AreaKind.Penalty, "penalty"));

    public static readonly WireTable<NotApplicablePolicy> NotApplicablePolicies = new(
        (NotApplicablePolicy.Full, "full"), (NotApplicablePolicy.Exclude, "exclude"));

    /// <summary>What a rule file may write for <c>zeroDenominator</c>; <see cref="ZeroDenominatorPolicy.Score"/> is the unwritten default of a difference.</summary>
    public static readonly WireTable<ZeroDenominatorPolicy> ZeroDenominators = new(
        (ZeroDenominatorPolicy.NotApplicable, "notApplicable"), (ZeroDenominatorPolicy.MissingData, "missingData"));

    public static readonly WireTable<CriterionStatus> Statuses = new(
        (CriterionStatus.Pass, "pass"), (CriterionStatus.Fail, "fail"), (CriterionStatus.NotApplicable, "not_applicable"),
        (CriterionStatus.MissingData, "missing_data"), (CriterionStatus.InvalidData, "invalid_data"));

    public static readonly WireTable<HintPlaceholder> Placeholders = new(
        (HintPlaceholder.Actual, "actual"), (HintPlaceholder.Required, "required"), (HintPlaceholder.Gap, "gap"),
        (HintPlaceholder.Lost, "lost"), (HintPlaceholder.Points, "points"), (HintPlaceholder.Max, "max"),
        (HintPlaceholder.Lead, "lead"), (HintPlaceholder.Support, "support"), (HintPlaceholder.Deadline, "deadline"),
        (HintPlaceholder.Needed, "needed"), (HintPlaceholder.NeededFull, "neededFull"));

    public static string Of(ComparisonOperator value) => Operators.Name(value);
}

/// <summary>The values a hint template may name in braces, such as <c>{actual}</c>.</summary>
internal enum HintPlaceholder
{
    Actual,
    Required,
    Gap,
    Lost,
    Points,
    Max,
    Lead,
    Support,
    Deadline,
    Needed,
    NeededFull,
}

/// <summary>One enum's wire names, both ways.</summary>
/// <typeparam name="T">The enum.</typeparam>
internal sealed class WireTable<T>
    where T : struct, Enum
{
    private readonly (T Value, string Name)[] _entries;

    public WireTable(params (T Value, string Name)[] entries)
    {
        _entries = entries;
        Names = [.. entries.Select(e => e.Name)];
    }

    /// <summary>Every wire name, in declaration order.</summary>
    public IReadOnlyList<string> Names { get; }

    public string Name(T value)
    {
        foreach (var entry in _entries)
        {
            if (EqualityComparer<T>.Default.Equals(entry.Value, value))
            {
                return entry.Name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, "no wire name");
    }

    public bool TryParse(string? name, out T value) => TryParse(name.AsSpan(), out value) && name is not null;

    /// <summary>Reads a name from a span of a longer text (a placeholder inside a hint template) without copying it.</summary>
    public bool TryParse(ReadOnlySpan<char> name, out T value)
    {
        foreach (var entry in _entries)
        {
            if (name.SequenceEqual(entry.Name))
            {
                value = entry.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The value a name stands for, or <see langword="null"/>.</summary>
    public T? Parse(string? name) => TryParse(name, out var value) ? value : null;
}

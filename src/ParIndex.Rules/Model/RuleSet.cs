namespace ParIndex.Rules;

/// <summary>A loaded and validated rule set: manifest, indicator catalogue and criteria.</summary>
/// <remarks>
/// Only <see cref="RuleSetLoader"/> creates one, and only from rule files without a single problem,
/// so a <see cref="RuleSet"/> is never half-loaded. Immutable and thread-safe. Compile it once with
/// <see cref="Scorer.Compile(RuleSet)"/> and score many units with the result.
/// </remarks>
public sealed class RuleSet
{
    internal RuleSet(
        string id,
        LocalizedText title,
        string version,
        DateOnly periodFrom,
        DateOnly periodTo,
        string level,
        decimal totalPoints,
        IReadOnlyList<AreaDefinition> areas,
        IReadOnlyList<ClassificationBand> classification,
        Targets targets,
        IReadOnlyList<SipasAspect> sipasAspects,
        IReadOnlyList<IndicatorDefinition> indicators,
        IReadOnlyList<CriterionDefinition> criteria,
        string contentHash,
        string origin)
    {
        Id = id;
        Title = title;
        Version = version;
        PeriodFrom = periodFrom;
        PeriodTo = periodTo;
        Level = level;
        TotalPoints = totalPoints;
        Areas = areas;
        Classification = classification;
        Targets = targets;
        SipasAspects = sipasAspects;
        Indicators = indicators;
        Criteria = criteria;
        ContentHash = contentHash;
        Origin = origin;
        IndicatorsByKey = indicators.ToDictionary(i => i.Key, StringComparer.Ordinal);
    }

    /// <summary>The unit types (peer groups) the manifest lists; when there are some, a unit of another type is an input problem.</summary>
    public IReadOnlyList<UnitTypeDefinition> UnitTypes { get; internal init; } = [];

    /// <summary>A unit type as a reader names it: its title in the language (<c>Xã</c>, <c>Commune</c>), or its id when the rule set does not list it.</summary>
    /// <param name="type">The type's id, such as <c>xa</c>.</param>
    /// <param name="language">The reader's language.</param>
    /// <returns>The title, or the id.</returns>
    public string TypeTitle(string type, Language language)
    {
        ArgumentNullException.ThrowIfNull(type);
        return UnitTypes.FirstOrDefault(t => t.Id == type) is { } listed ? listed.Title.In(language) : type;
    }

    /// <summary>
    /// The offices that lead and support criteria, each with the spellings the source document uses; when there are
    /// some, every criterion's lead and support must name one of them. Empty for a rule set without a catalogue, whose
    /// leads are grouped as written.
    /// </summary>
    public IReadOnlyList<OfficeDefinition> Offices { get; internal init; } = [];

    /// <summary>The first day the rule set is in force, as its manifest states it (<c>validFrom</c>); <see langword="null"/> when it does not, and then the period's first day counts.</summary>
    public DateOnly? ValidFrom { get; internal init; }

    /// <summary>The last day the rule set is in force, as its manifest states it (<c>validTo</c>); <see langword="null"/> when it does not, and then the period's last day counts.</summary>
    public DateOnly? ValidTo { get; internal init; }

    /// <summary>Whether the rule set is in force on a day: from <see cref="ValidFrom"/> (else the period's start) to <see cref="ValidTo"/> (else its end), both days included.</summary>
    /// <param name="day">The day.</param>
    /// <returns>Whether it is in force.</returns>
    public bool IsInForce(DateOnly day) => (ValidFrom ?? PeriodFrom) <= day && day <= (ValidTo ?? PeriodTo);

    /// <summary>
    /// Whether the rule set carries a seal (<c>seal.json</c>) that matches its version and content: a sealed set that was
    /// edited without a new version does not load at all.
    /// </summary>
    public bool Sealed { get; internal init; }

    /// <summary>What a criterion whose every part is not applicable does: full points (the default) or exclusion.</summary>
    public NotApplicablePolicy NotApplicable { get; internal init; } = NotApplicablePolicy.Full;

    /// <summary>The rule set's id, such as <c>commune-2025</c>.</summary>
    public string Id { get; }

    /// <summary>The rule set's title.</summary>
    public LocalizedText Title { get; }

    /// <summary>The rule set's own version, such as <c>2025.1</c>.</summary>
    public string Version { get; }

    /// <summary>The first day of the period the rules apply to.</summary>
    public DateOnly PeriodFrom { get; }

    /// <summary>The last day of the period the rules apply to.</summary>
    public DateOnly PeriodTo { get; }

    /// <summary>The level of unit scored, such as <c>commune</c>.</summary>
    public string Level { get; }

    /// <summary>The points the base areas add up to, such as 100 (bonus and penalty areas sit outside it); the highest total a unit can have.</summary>
    public decimal TotalPoints { get; }

    /// <summary>The areas, in manifest order.</summary>
    public IReadOnlyList<AreaDefinition> Areas { get; }

    /// <summary>The classification bands, highest minimum first.</summary>
    public IReadOnlyList<ClassificationBand> Classification { get; }

    /// <summary>The plan's targets for total and SIPAS.</summary>
    public Targets Targets { get; }

    /// <summary>The SIPAS aspects whose rates are averaged into SIPAS.</summary>
    public IReadOnlyList<SipasAspect> SipasAspects { get; }

    /// <summary>The indicator catalogue, in file order.</summary>
    public IReadOnlyList<IndicatorDefinition> Indicators { get; }

    /// <summary>The indicator catalogue by key.</summary>
    public IReadOnlyDictionary<string, IndicatorDefinition> IndicatorsByKey { get; }

    /// <summary>The criteria, in rule-file order (files by name, criteria in file order).</summary>
    public IReadOnlyList<CriterionDefinition> Criteria { get; }

    /// <summary>The SHA-256 of the rule files' content (lower-case hex), so a result can name the exact rules that produced it.</summary>
    public string ContentHash { get; }

    /// <summary>Where the rule set was loaded from: a folder path or a caller's name for a set of streams.</summary>
    public string Origin { get; }

    /// <summary>Names the classification band a total falls in.</summary>
    /// <param name="total">The unit's total points.</param>
    /// <returns>The first band, from the highest, whose minimum the total reaches; the lowest band's name otherwise.</returns>
    public string Classify(decimal total)
    {
        foreach (var band in Classification)
        {
            if (total >= band.MinTotal)
            {
                return band.Name;
            }
        }

        return Classification[^1].Name;
    }
}

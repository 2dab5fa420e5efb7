namespace ParIndex.Rules.Authoring;

/// <summary>The outcome of one test case written in a rule file.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RuleCaseResult
{
    internal RuleCaseResult(string criterionId, RuleCase @case, CriterionResult actual)
    {
        CriterionId = criterionId;
        Case = @case;
        Actual = actual;
    }

    /// <summary>The criterion the case belongs to.</summary>
    public string CriterionId { get; }

    /// <summary>What the case shows, as its rule file names it.</summary>
    public string CaseName => Case.Name;

    /// <summary>Where the case is written, as <c>file(line,column)</c> within the rule set.</summary>
    public string Source => Case.Source.ToString();

    /// <summary>The status the case expects.</summary>
    public CriterionStatus ExpectedStatus => Case.ExpectedStatus;

    /// <summary>The points the case expects.</summary>
    public decimal ExpectedPoints => Case.ExpectedPoints;

    /// <summary>The case as written.</summary>
    /// <summary>The case as the rule file writes it.</summary>
    public RuleCase Case { get; }

    /// <summary>The criterion's result for the case's figures.</summary>
    public CriterionResult Actual { get; }

    /// <summary>Whether the actual status and points are the expected ones.</summary>
    public bool Passed => Actual.Status == Case.ExpectedStatus && Actual.Points == Case.ExpectedPoints;

    /// <summary>The expected and actual values side by side, with where the case is written.</summary>
    /// <returns>A line such as <c>criteria/area-3.json(120,9): 3.2.1 "…": expected pass 10 points, got fail 8 points</c>.</returns>
    public string Describe() => Describe(Language.En);

    /// <summary>The expected and actual values side by side, in a language: in Vietnamese, statuses in words with their rule-file names, numbers with a decimal comma.</summary>
    /// <param name="language">The language of the words and the hint.</param>
    /// <returns>A line such as <c>criteria/area-3.json(120,9): 3.2.1 "…": mong đợi đạt (pass) 10 điểm, thực tế không đạt (fail) 8,5 điểm</c>.</returns>
    public string Describe(Language language) => Messages.Say("authoring.case-differs", Case.Source, CriterionId, Case.Name,
            Status(Case.ExpectedStatus), MessageCatalogue.NumberInBoth(Case.ExpectedPoints), Status(Actual.Status), MessageCatalogue.NumberInBoth(Actual.Points),
            Actual.Hint is null ? string.Empty : Messages.Say("authoring.case-hint", Actual.Hint))
        .In(language);

    /// <summary>A status as the case file writes it, and in Vietnamese in words with that name (<c>không đạt (fail)</c>).</summary>
    private static LocalizedText Status(CriterionStatus status) => new($"{Texts.Status(status, Language.Vi)} ({status.ToWireName()})", status.ToWireName());
}

/// <summary>Runs the test cases written beside the criteria of a rule set.</summary>
/// <remarks>Stateless and thread-safe. Each case is scored as a unit that reports only the case's figures, through the same compiled rules as real units.</remarks>
public static class RuleCaseRunner
{
    /// <summary>Runs every case of every criterion.</summary>
    /// <param name="scorer">The compiled rule set whose cases to run.</param>
    /// <returns>One result per case, in rule-file order.</returns>
    public static IReadOnlyList<RuleCaseResult> RunAll(Scorer scorer)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        var criteria = scorer.RuleSet.Criteria;
        var work = criteria.SelectMany(c => c.Cases.Select(k => (Criterion: c, Case: k))).ToList();
        var cards = scorer.ScoreMany(work.Select(w => Unit(w.Criterion, w.Case)));
        return work.Select((w, i) => new RuleCaseResult(w.Criterion.Id, w.Case, cards[i].Criterion(w.Criterion.Id))).ToList();
    }

    /// <summary>Runs one case.</summary>
    /// <param name="scorer">The compiled rule set.</param>
    /// <param name="criterionId">The criterion's id.</param>
    /// <param name="caseName">The case's name.</param>
    /// <returns>The case's result.</returns>
    /// <exception cref="KeyNotFoundException">No such criterion or case.</exception>
    public static RuleCaseResult Run(Scorer scorer, string criterionId, string caseName)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        var criterion = scorer.RuleSet.Criteria.FirstOrDefault(c => c.Id == criterionId)
            ?? throw new KeyNotFoundException($"The rule set '{scorer.RuleSet.Id}' has no criterion '{criterionId}'.");
        var ruleCase = criterion.Cases.FirstOrDefault(c => c.Name == caseName)
            ?? throw new KeyNotFoundException($"The criterion '{criterionId}' has no case '{caseName}'.");
        var card = scorer.Score(Unit(criterion, ruleCase));
        return new RuleCaseResult(criterionId, ruleCase, card.Criterion(criterionId));
    }

    /// <summary>The unit a case describes: its figures, and its type, claim and appraisal when it gives them.</summary>
    private static IndicatorSnapshot Unit(CriterionDefinition criterion, RuleCase ruleCase) => new($"case:{criterion.Id}:{ruleCase.Name}", ruleCase.Name, ruleCase.Given)
    {
        Type = ruleCase.UnitType,
        SelfAssessment = ruleCase.Claim is { } claim ? new Dictionary<string, Claim>(StringComparer.Ordinal) { [criterion.Id] = new(claim, []) } : null,
        Appraisal = ruleCase.Appraisal is { } appraised
            ? new Dictionary<string, IReadOnlyList<AppraisalRound>>(StringComparer.Ordinal) { [criterion.Id] = [new AppraisalRound(1, appraised, "ca kiểm thử")] }
            : null,
    };

    /// <summary>The criteria that have no case at all: a rule edit there would go untested.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>The ids of criteria without a case.</returns>
    public static IReadOnlyList<string> CriteriaWithoutCases(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return ruleSet.Criteria.Where(c => c.Cases.Count == 0).Select(c => c.Id).ToList();
    }
}


namespace ParIndex.Rules.Tests;

/// <summary>Test data: the repository's folders, the shipped rule set compiled once, and snapshots.</summary>
internal static class Some
{
    private static readonly Lazy<Scorer> Commune2025 = new(() => Scorer.Compile(RuleSetLoader.LoadFolder(RuleSetFolder("commune-2025"))));
    private static readonly Lazy<RuleSet> MiniRuleSet = new(() => RuleSetLoader.LoadFolder(TestData("mini")));

    public static string RepositoryRoot { get; } = FindRoot();

    public static Scorer Commune2025Scorer => Commune2025.Value;

    /// <summary>The small rule set under TestData/mini, loaded once.</summary>
    public static RuleSet Mini => MiniRuleSet.Value;

    public static string RuleSetFolder(string id) => Path.Combine(RepositoryRoot, "rules", id);

    public static string TestData(string relative) => Path.Combine(AppContext.BaseDirectory, "TestData", relative);

    public static IndicatorSnapshot Unit(string id, params (string Key, IndicatorValue Value)[] values) =>
        new(id, id, values.ToDictionary(v => v.Key, v => v.Value));

    /// <summary>A commune that meets every requirement of the 2025 set with room to spare.</summary>
    public static Dictionary<string, IndicatorValue> PerfectCommune() => new()
    {
        ["parInitiativesRecognised"] = 1,
        ["parPlanTasksTotal"] = 20, ["parPlanTasksDone"] = 20,
        ["inspectionIssuesFound"] = 3, ["inspectionIssuesHandled"] = 3,
        ["assignedTasksTotal"] = 40, ["assignedTasksDone"] = 40,
        ["parDisseminationEvents"] = 2,
        ["citizenDialogues"] = 1,
        ["lawMonitoringReportSubmitted"] = true, ["lawMonitoringFindings"] = 2, ["lawMonitoringFindingsHandled"] = 2,
        ["unlawfulDocsFlagged"] = 0, ["unlawfulDocsHandled"] = 0,
        ["proceduresTotal"] = 150, ["proceduresOnUpperPortal"] = 150, ["proceduresOnCommunePortal"] = 150, ["proceduresPostedOnSite"] = 150,
        ["internalProcessesTotal"] = 40, ["internalProcessesPublished"] = 40,
        ["dossiersReceived"] = 3000, ["dossiersProgressPublished"] = 3000, ["dossiersDigitised"] = 3000,
        ["dossiersResolved"] = 3000, ["dossiersResolvedOnTime"] = 3000,
        ["dossiersLate"] = 0, ["dossiersLateWithApology"] = 0,
        ["trainingPlanned"] = 10, ["trainingCompleted"] = 10,
        ["investmentAllocated"] = 2_000_000_000, ["investmentDisbursed"] = 1_950_000_000,
        ["budgetAutonomyViolations"] = 0,
        ["publicAssetInspectionDone"] = true,
        ["documentsTotal"] = 1000, ["documentsProcessedOnline"] = 800,
        ["documentsExchanged"] = 1000, ["documentsExchangedElectronically"] = 1000,
        ["fullOnlineEligibleServices"] = 25, ["fullOnlineServices"] = 25,
        ["fullOnlineProcedureDossiers"] = 1000, ["fullOnlineDossiersOnline"] = 950,
        ["feeProcedures"] = 20, ["feeProceduresPaymentEnabled"] = 20, ["feeProceduresWithOnlinePayment"] = 16,
        ["feeDossiers"] = 400, ["feeDossiersPaidOnline"] = 200,
        ["fullOnlineServicesWithEForm"] = 25,
        ["sipasAccessSatisfied"] = 470, ["sipasAccessResponses"] = 500,
        ["sipasProceduresSatisfied"] = 460, ["sipasProceduresResponses"] = 500,
        ["sipasCivilServantsSatisfied"] = 480, ["sipasCivilServantsResponses"] = 500,
        ["sipasResultsSatisfied"] = 455, ["sipasResultsResponses"] = 500,
        ["sipasFeedbackSatisfied"] = 465, ["sipasFeedbackResponses"] = 500,
        ["feedbackReceived"] = 12, ["feedbackHandledOnTime"] = 12,
    };

    public static IndicatorSnapshot PerfectUnit(string id = "perfect", Action<Dictionary<string, IndicatorValue>>? change = null)
    {
        var values = PerfectCommune();
        change?.Invoke(values);
        return new IndicatorSnapshot(id, id, values);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ParIndex.Rules.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ParIndex.Rules.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>Generated units and a way to compare scorecards by everything they say.</summary>
internal static class Generated
{
    /// <summary>Units around the perfect commune: most figures a little short, some absent, some impossible.</summary>
    public static List<IndicatorSnapshot> Units(int count, int seed)
    {
        var random = new Random(seed);
        var units = new List<IndicatorSnapshot>(count);
        for (var i = 0; i < count; i++)
        {
            var values = Some.PerfectCommune();
            foreach (var key in values.Keys.ToList())
            {
                var roll = random.NextDouble();
                var value = values[key];
                values[key] = roll switch
                {
                    < 0.02 => IndicatorValue.Invalid("\"?\""),
                    < 0.04 => value.Kind == IndicatorValueKind.Boolean ? 1 : -1,
                    < 0.30 when value.Kind == IndicatorValueKind.Number => Math.Floor(value.Number * (decimal)(0.5 + (random.NextDouble() / 2))),
                    < 0.35 when value.Kind == IndicatorValueKind.Boolean => false,
                    _ => value,
                };
                if (roll > 0.985)
                {
                    values.Remove(key);
                }
            }

            units.Add(new IndicatorSnapshot($"u{i}", $"Unit {i}", values));
        }

        return units;
    }

    public static string Fingerprint(Scorecard card) =>
        FormattableString.Invariant($"{card.UnitId}|{card.Total:G29}|{card.Sipas:G29}|{card.Classification}|{card.MeetsTargets}|")
        + string.Join(";", card.Criteria.Select(c => FormattableString.Invariant($"{c.Id}:{c.Status}:{c.Points:G29}:{c.Hint?.Vi}")));
}

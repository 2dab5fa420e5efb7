using System.Globalization;
using ParIndex.Rules;

// A consumer of the package: the shipped 2025 rules, two communes built in code, their totals.
var scorer = Scorer.Compile(BundledRuleSets.Load("commune-2025"));

var daoXa = Commune();
var ucKy = Commune();
ucKy["dossiersResolvedOnTime"] = 2970;   // 99.00% on time: 3.2.1 earns 8 of 10
ucKy["publicAssetInspectionDone"] = false; // 6.2.1 earns 0 of 2

foreach (var card in scorer.ScoreMany([new IndicatorSnapshot("dao-xa", "Đào Xá", daoXa), new IndicatorSnapshot("uc-ky", "Úc Kỳ", ucKy)]))
{
    Console.WriteLine($"{card.UnitId} {card.Total.ToString("0.##", CultureInfo.InvariantCulture)} {card.Classification}");
}

static Dictionary<string, IndicatorValue> Commune() => new()
{
    ["parInitiativesRecognised"] = 1, ["parPlanTasksTotal"] = 20, ["parPlanTasksDone"] = 20,
    ["inspectionIssuesFound"] = 0, ["inspectionIssuesHandled"] = 0, ["assignedTasksTotal"] = 40, ["assignedTasksDone"] = 40,
    ["parDisseminationEvents"] = 2, ["citizenDialogues"] = 1, ["lawMonitoringReportSubmitted"] = true,
    ["lawMonitoringFindings"] = 2, ["lawMonitoringFindingsHandled"] = 2, ["unlawfulDocsFlagged"] = 0, ["unlawfulDocsHandled"] = 0,
    ["proceduresTotal"] = 150, ["proceduresOnUpperPortal"] = 150, ["proceduresOnCommunePortal"] = 150, ["proceduresPostedOnSite"] = 150,
    ["internalProcessesTotal"] = 40, ["internalProcessesPublished"] = 40, ["dossiersReceived"] = 3000, ["dossiersProgressPublished"] = 3000,
    ["dossiersResolved"] = 3000, ["dossiersResolvedOnTime"] = 3000, ["dossiersLate"] = 0, ["dossiersLateWithApology"] = 0,
    ["trainingPlanned"] = 10, ["trainingCompleted"] = 10, ["investmentAllocated"] = 2_000_000_000, ["investmentDisbursed"] = 1_950_000_000,
    ["budgetAutonomyViolations"] = 0, ["publicAssetInspectionDone"] = true, ["documentsTotal"] = 1000, ["documentsProcessedOnline"] = 800,
    ["documentsExchanged"] = 1000, ["documentsExchangedElectronically"] = 1000, ["dossiersDigitised"] = 3000,
    ["fullOnlineEligibleServices"] = 25, ["fullOnlineServices"] = 25, ["fullOnlineProcedureDossiers"] = 1000, ["fullOnlineDossiersOnline"] = 950,
    ["feeProcedures"] = 20, ["feeProceduresPaymentEnabled"] = 20, ["feeProceduresWithOnlinePayment"] = 16, ["feeDossiers"] = 400,
    ["feeDossiersPaidOnline"] = 200, ["fullOnlineServicesWithEForm"] = 25,
    ["sipasAccessSatisfied"] = 470, ["sipasAccessResponses"] = 500, ["sipasProceduresSatisfied"] = 460, ["sipasProceduresResponses"] = 500,
    ["sipasCivilServantsSatisfied"] = 480, ["sipasCivilServantsResponses"] = 500, ["sipasResultsSatisfied"] = 455, ["sipasResultsResponses"] = 500,
    ["sipasFeedbackSatisfied"] = 465, ["sipasFeedbackResponses"] = 500, ["feedbackReceived"] = 12, ["feedbackHandledOnTime"] = 12,
};

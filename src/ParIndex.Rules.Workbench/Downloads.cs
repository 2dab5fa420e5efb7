using System.Globalization;
using System.IO.Compression;
using System.Text;
using ParIndex.Rules.Authoring;
using ParIndex.Rules.Reports;

namespace ParIndex.Rules.Workbench;

/// <summary>What the workbench hands on beyond the workbook and the report: one plan per commune in a zip, and what another rule set would change.</summary>
internal static class Downloads
{
    /// <summary>Each unit's remediation plan (HTML, prints on A4), named by its id made safe for a file name.</summary>
    public static byte[] Plans(Season season, Language language)
    {
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var unit in season.Scored.Ranking)
            {
                var name = SafeName(unit.Card.UnitId);
                for (var n = 2; !used.Add(name); n++)
                {
                    name = $"{SafeName(unit.Card.UnitId)}-{n}";
                }

                using var entry = new StreamWriter(archive.CreateEntry($"{name}.html").Open(), new UTF8Encoding(false));
                RemediationPlan.Write(entry, unit.Card, Recovery.GoalSeek(season.Scorer, unit.Card), null, PlanFormat.Html, language);
            }
        }

        return zip.ToArray();
    }

    /// <summary>What changes from the season's rule set to another, criterion by criterion, and every unit that moves.</summary>
    public static string Diff(Season season, RuleSet other, Language language)
    {
        var impact = RuleSetImpact.Of(season.Scorer, Scorer.Compile(other), season.Scored.Inputs);
        var text = new StringWriter(CultureInfo.InvariantCulture);
        RuleSetDiffReport.Write(text, RuleSetDiff.Compare(season.RuleSet, other), impact, DiffFormat.Html, language);
        return text.ToString();
    }

    /// <summary>A unit id as a file name: letters, digits, '-' and '_' kept, anything else '_', at most 80 characters.</summary>
    public static string SafeName(string id)
    {
        var safe = new string([.. id.Take(80).Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_')]);
        return safe.Length == 0 ? "don-vi" : safe;
    }
}

using System.Security.Cryptography;
using System.Text;
using Newtonsoft.Json.Linq;

namespace ParIndex.Rules;

/// <summary>Turns parsed, schema-checked rule files into a <see cref="RuleSet"/>, collecting every semantic problem on the way.</summary>
/// <remarks>
/// Reading is defensive: the schema has already reported structural errors, so a field of the wrong type is
/// skipped here rather than reported twice, and every other check still runs.
/// </remarks>
internal sealed partial class RuleSetReader
{
    internal const string ManifestFile = "ruleset.json";

    internal const string IndicatorsFile = "indicators.json";

    internal const string CriteriaFolder = "criteria/";

    /// <summary>The seal: the version and the content hash the rule set was published with (<c>parindex seal</c>).</summary>
    internal const string SealFile = "seal.json";

    private readonly List<RuleProblem> _problems = [];

    // Areas some of whose criteria could not be read: their sums would only repeat the problem already reported.
    private readonly HashSet<string> _incompleteAreas = new(StringComparer.Ordinal);

    // Every criterion's declared points, read whether or not the rest of the criterion could be.
    private readonly List<(string Area, decimal Points, string File)> _declaredPoints = [];

    private bool _allAreasIncomplete;

    public IReadOnlyList<RuleProblem> Problems => _problems;

    public void Report(RuleProblem problem) => _problems.Add(problem);

    public RuleSet? Read(string origin, IReadOnlyList<RuleFile> files)
    {
        // The seal vouches for the other files: it is neither read as a rule file nor hashed with them.
        var seal = files.FirstOrDefault(f => f.Path == SealFile);
        files = [.. files.Where(f => f.Path != SealFile)];
        var parsed = Parse(files);
        RequireFile(parsed, RuleFileKind.Manifest, ManifestFile, Messages.Say("rules.the-manifest"));
        RequireFile(parsed, RuleFileKind.Indicators, IndicatorsFile, Messages.Say("rules.the-indicator-catalogue"));
        RequireFile(parsed, RuleFileKind.Criteria, CriteriaFolder + "*.json", Messages.Say("rules.a-criteria-file"));

        var indicators = parsed.Where(p => p.Kind == RuleFileKind.Indicators && p.Token is JObject)
            .Select(p => ReadIndicators(new FileProblems(p.File.Path, _problems), (JObject)p.Token!)).FirstOrDefault() ?? [];
        var byKey = indicators.GroupBy(i => i.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var manifestEntry = parsed.FirstOrDefault(p => p.Kind == RuleFileKind.Manifest && p.Token is JObject);
        var manifest = manifestEntry.Token is JObject m ? ReadManifest(new FileProblems(manifestEntry.File.Path, _problems), m, byKey) : null;

        var criteria = new List<CriterionDefinition>();
        foreach (var (file, _, token) in parsed.Where(p => p.Kind == RuleFileKind.Criteria && p.Token is JObject))
        {
            criteria.AddRange(ReadCriteriaFile(new FileProblems(file.Path, _problems), (JObject)token!, manifest, byKey));
        }

        CheckDuplicateCriteria(criteria);
        if (manifest is not null && !manifest.KindsUnreadable && manifestEntry.Token is JObject manifestToken)
        {
            CheckAreaSums(new FileProblems(manifestEntry.File.Path, _problems), manifestToken, manifest);
        }

        if (files.Any(f => f.Origins is not null))
        {
            Retrace(files, criteria);
        }

        // Stable: problems at the same position keep the order they were found in.
        var sorted = _problems.OrderBy(p => p.File, StringComparer.Ordinal).ThenBy(p => p.Line).ThenBy(p => p.Column).ToList();
        _problems.Clear();
        _problems.AddRange(sorted);
        if (_problems.Count > 0 || manifest is null)
        {
            return null;
        }

        RuleSet Build(string hash) => new(
            manifest.Id, manifest.Title, manifest.Version, manifest.From, manifest.To, manifest.Level, manifest.TotalPoints,
            manifest.Areas, manifest.Classification, manifest.Targets, manifest.Sipas,
            indicators, criteria, hash, origin)
        {
            Sealed = seal is not null,
            UnitTypes = manifest.UnitTypes,
            Offices = manifest.Offices,
            ValidFrom = manifest.ValidFrom,
            ValidTo = manifest.ValidTo,
            NotApplicable = manifest.NotApplicable,
        };

        // The hash is of what the set means, not of how its files are laid out: taken over the files the writer makes of
        // it, so a comment or a reordered field leaves it as it was, and a set brought back from its workbook hashes the same.
        var ruleSet = Build(string.Empty);
        ruleSet = Build(Hash(CanonicalFiles.ToFiles(ruleSet)));
        if (seal is not null)
        {
            // A seal read from a workbook points back at its cell.
            _problems.AddRange(SealProblems(seal, manifest.Version, ruleSet.ContentHash).Select(p =>
                seal.Origins is { } origins && origins.TryGetValue((p.Line, p.Column), out var at) ? p.At(at.File, at.Line, at.Column) : p));
        }

        return _problems.Count > 0 ? null : ruleSet;
    }

    /// <summary>Each file by its kind, schema-checked; a file of no kind is a problem and is left out.</summary>
    private List<(RuleFile File, RuleFileKind Kind, JToken? Token)> Parse(IReadOnlyList<RuleFile> files)
    {
        var parsed = new List<(RuleFile File, RuleFileKind Kind, JToken? Token)>();
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var kind = KindOf(file.Path);
            if (kind is null)
            {
                _problems.Add(new RuleProblem(file.Path, 0, 0, "$", Messages.Say("rules.not-a-rule-file-a-rule")));
                continue;
            }

            var token = SchemaCatalog.Read(kind.Value, file.Path, file.Text, _problems);
            if (token is null && kind == RuleFileKind.Criteria)
            {
                _allAreasIncomplete = true;
            }

            parsed.Add((file, kind.Value, token));
        }

        return parsed;
    }

    /// <summary>
    /// A sealed rule set must still be what was sealed: the same version with other content is an edited copy passing
    /// for the published set, and a new version is not sealed until it is sealed again.
    /// </summary>
    internal static IEnumerable<RuleProblem> SealProblems(RuleFile seal, string version, string hash)
    {
        JObject? json = null;
        try
        {
            json = JObject.Parse(seal.Text);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            // Told below, as a seal that says nothing.
        }

        // Read exactly: a seal holds the two fields and nothing else, so a hand-edited seal is told, never half-read.
        var sealedVersion = (json?["version"] as JValue)?.Value as string;
        var sealedHash = (json?["hash"] as JValue)?.Value as string;
        if (sealedVersion is null || sealedHash is null || json!.Count != 2)
        {
            yield return new RuleProblem(SealFile, 1, 1, "$", Messages.Say("rules.the-seal-must-be-a-json"));
        }
        else if (sealedVersion != version)
        {
            yield return new RuleProblem(SealFile, 1, 1, "$.version", Messages.Say("rules.the-rule-set-was-sealed-as", sealedVersion, version));
        }
        else if (!string.Equals(sealedHash, hash, StringComparison.OrdinalIgnoreCase))
        {
            yield return new RuleProblem(SealFile, 1, 1, "$.hash", Messages.Say("rules.the-content-changed-since-version-was", version, sealedHash[..Math.Min(12, sealedHash.Length)], hash[..12]));
        }
    }

    /// <summary>Puts every problem and every criterion's and case's position back where it was written, for files an overlay rewrote.</summary>
    private void Retrace(IReadOnlyList<RuleFile> files, List<CriterionDefinition> criteria)
    {
        var byPath = files.Where(f => f.Origins is not null).ToDictionary(f => f.Path, f => f.Origins!, StringComparer.Ordinal);
        SourcePosition Trace(string file, int line, int column)
        {
            if (!byPath.TryGetValue(file, out var origins))
            {
                return new SourcePosition(file, line, column);
            }

            // A position between tokens (rare: a reader reports tokens) takes the token before it.
            return origins.TryGetValue((line, column), out var origin) ? origin
                : origins.Where(o => o.Key.CompareTo((line, column)) < 0).OrderByDescending(o => o.Key).Select(o => o.Value).FirstOrDefault()
                ?? new SourcePosition(file, 0, 0);
        }

        for (var i = 0; i < _problems.Count; i++)
        {
            var problem = _problems[i];
            var at = Trace(problem.File, problem.Line, problem.Column);
            _problems[i] = problem.At(at.File, at.Line, at.Column);
        }

        for (var i = 0; i < criteria.Count; i++)
        {
            var criterion = criteria[i];
            criteria[i] = criterion with
            {
                Source = Trace(criterion.Source.File, criterion.Source.Line, criterion.Source.Column),
                Cases = [.. criterion.Cases.Select(c => c with { Source = Trace(c.Source.File, c.Source.Line, c.Source.Column) })],
            };
        }
    }

    internal static string Hash(IEnumerable<RuleFile> files)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            // Line endings are normalised so a checkout on Windows hashes the same as one on Linux.
            sha.AppendData(Encoding.UTF8.GetBytes(file.Path + "\n" + file.Text.Replace("\r\n", "\n", StringComparison.Ordinal) + "\n\0"));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static RuleFileKind? KindOf(string path) => path switch
    {
        ManifestFile => RuleFileKind.Manifest,
        IndicatorsFile => RuleFileKind.Indicators,
        _ when path.StartsWith(CriteriaFolder, StringComparison.Ordinal)
            && path.EndsWith(".json", StringComparison.Ordinal)
            && path.IndexOf('/', CriteriaFolder.Length) < 0 => RuleFileKind.Criteria,
        _ => null,
    };

    private void RequireFile(List<(RuleFile File, RuleFileKind Kind, JToken? Token)> parsed, RuleFileKind kind, string name, LocalizedText what)
    {
        if (!parsed.Any(p => p.Kind == kind))
        {
            _problems.Add(new RuleProblem(name, 0, 0, "$", Messages.Say("rules.set-lacks-file", name, what)));
        }
    }

    private void CheckDuplicateCriteria(List<CriterionDefinition> criteria)
    {
        foreach (var group in criteria.GroupBy(c => c.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var first = group.First().Source;
            foreach (var duplicate in group.Skip(1))
            {
                _problems.Add(new RuleProblem(duplicate.Source.File, duplicate.Source.Line, duplicate.Source.Column, "$.criteria", Messages.Say("rules.the-criterion-id-is-already-used", group.Key, first)));
            }
        }
    }

    private void CheckAreaSums(FileProblems problems, JObject manifestToken, Manifest manifest)
    {
        var areaTokens = Objects(manifestToken["areas"]).ToList();
        // A bonus or penalty area's maxPoints is a cap, which its criteria may exceed: only base areas must add up.
        foreach (var area in manifest.Areas.Where(a => a.Kind == AreaKind.Base && !_allAreasIncomplete && !_incompleteAreas.Contains(a.Id)))
        {
            var declared = _declaredPoints.Where(c => c.Area == area.Id).ToList();
            var sum = declared.Sum(c => c.Points);
            if (sum != area.MaxPoints)
            {
                // Placed on the area's points, and naming the criteria files, since either side may be the one edited.
                var token = areaTokens.FirstOrDefault(t => Str(t, "id") == area.Id)?["maxPoints"] ?? manifestToken;
                var files = string.Join(", ", declared.Select(c => c.File).Distinct(StringComparer.Ordinal));
                problems.At(token, Messages.Say("rules.area-criteria-sum", area.Id, files.Length > 0 ? files : Messages.Say("common.none"), sum, area.MaxPoints));
            }
        }
    }
}

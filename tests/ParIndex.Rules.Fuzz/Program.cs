using System.Diagnostics;
using System.Globalization;
using System.Text;
using ParIndex.Rules;

// A mutation fuzzer for the rule-set loader, the snapshot readers, workbooks, hints, the tool's outputs and live
// reloads, the web API sample's bodies and forms, and merge maps with hostile ids (SharpFuzz needs a libFuzzer build this machine cannot fetch). It mutates real inputs: the shipped rule
// files, the test rule set, the province-style example, the samples, the hostile corpus, and a workbook's sheet XML built from the sample.
// Anything but the documented outcome is a finding: the loader may only return a rule set or throw
// RuleSetLoadException; a reload may only swap or refuse, and never serves a set whose cases fail; the readers,
// the scorer and the hints may not throw at all; the tool exits 0, 2 or 3 and its output never carries a control
// character from the input; nothing may take longer than the time limit. Findings are written to the findings
// folder, each with its stack trace.
//   dotnet run -c Release --project tests/ParIndex.Rules.Fuzz -- [minutes] [seed]
var minutes = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 1;
var seed = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : Environment.TickCount;
var root = FindRoot();
var findings = Path.Combine(root, "tests", "ParIndex.Rules.Fuzz", "findings");
var random = new Random(seed);

var ruleSets = new[] { Path.Combine(root, "rules", "commune-2025"), Path.Combine(root, "tests", "ParIndex.Rules.Tests", "TestData", "mini"), Path.Combine(root, "samples", "province-example") }
    .Select(folder => Directory.EnumerateFiles(folder, "*.json", SearchOption.AllDirectories)
        .Select(f => new RuleFile(Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllText(f))).ToList())
    .ToList();
var snapshots = Directory.EnumerateFiles(Path.Combine(root, "samples"), "*.*")
    .Concat(Directory.EnumerateFiles(Path.Combine(root, "tests", "ParIndex.Rules.Tests", "TestData", "hostile", "snapshots")))
    .Where(f => f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".csv", StringComparison.Ordinal))
    .Where(f => new FileInfo(f).Length < 200_000)
    .Select(f => (Name: Path.GetFileName(f), Text: File.ReadAllText(f)))
    .ToList();
var commune = BundledRuleSets.Load("commune-2025");
var scorer = Scorer.Compile(commune);
var host = new ParIndex.Rules.Authoring.RuleSetHost(scorer);
var district = SnapshotReader.ReadFile(Path.Combine(root, "samples", "phu-binh-2025.json"), commune);
var example = Scorer.Compile(RuleSetLoader.LoadFolder(Path.Combine(root, "samples", "province-example")));
var sheet = SheetXml(File.ReadAllLines(Path.Combine(root, "samples", "phu-binh-2025.csv")));
var scratch = Directory.CreateTempSubdirectory("parindex-fuzz").FullName;
using var web = new ParIndex.Rules.Fuzz.WebFuzz();
var districtIds = district.Snapshots.Select(s => s.Id).ToList();

var watch = Stopwatch.StartNew();
long runs = 0, found = 0;
while (watch.Elapsed.TotalMinutes < minutes)
{
    runs++;
    if (random.Next(2) == 0)
    {
        var files = ruleSets[random.Next(ruleSets.Count)].ToList();
        var target = random.Next(files.Count);
        files[target] = files[target] with { Text = Mutate(files[target].Text, random) };
        Check($"rules-{files[target].Path.Replace('/', '_')}", files[target].Text, () =>
        {
            try
            {
                var loaded = RuleSetLoader.Load("fuzz", files);
                var cards = Scorer.Compile(loaded).ScoreMany(ParIndex.Rules.Authoring.RuleCaseRunner.RunAll(Scorer.Compile(loaded)).Select(r => new IndicatorSnapshot("x", "x", r.Case.Given)));
                foreach (var card in cards)
                {
                    // Hints are built lazily, outside the scoring: reading them is where a bad threshold would throw.
                    _ = card.Criteria.Select(c => c.Hint?.Vi + c.Hint?.En).ToList();
                }
            }
            catch (RuleSetLoadException e) when (e.Problems.Count > 0)
            {
                // The documented outcome for a bad rule set.
            }

            // A reload of the same files may swap or refuse, never throw, and never serve a set whose cases fail.
            var result = host.TryReload(() => RuleSetLoader.Load("fuzz", files));
            if (result.Swapped && ParIndex.Rules.Authoring.RuleCaseRunner.RunAll(host.Current).Any(r => !r.Passed))
            {
                throw new InvalidOperationException("a reload served a rule set whose cases fail");
            }
        });
    }
    else if (random.Next(3) == 0)
    {
        var mutated = Mutate(sheet, random);
        Check("workbook-sheet", mutated, () =>
        {
            using var workbook = ParIndex.Rules.Tests.Hostile.WorkbookParts.Workbook(w => w.Write(mutated));
            var batch = SnapshotReader.ReadXlsx(workbook, "fuzz.xlsx", commune);
            foreach (var card in scorer.ScoreMany(batch.Snapshots))
            {
                _ = card.Criteria.Select(c => c.Hint?.Vi).ToList();
            }
        });
    }
    else if (random.Next(6) == 0)
    {
        var (name, text) = snapshots[random.Next(snapshots.Count)];
        var mutated = Mutate(text, random);
        Check($"web-{name}", mutated, () => web.Post(mutated, name, random));
    }
    else if (random.Next(6) == 0)
    {
        var map = ParIndex.Rules.Fuzz.MergeFuzz.Map(districtIds, random);
        Check("merge-map-ids", map, () =>
        {
            var read = MergeMap.ReadCsv(new StringReader(map), "fuzz-map.csv");
            ParIndex.Rules.Fuzz.MergeFuzz.Check(read, read.Apply(district, commune));
        });
    }
    else if (random.Next(8) == 0)
    {
        var (name, text) = snapshots[random.Next(snapshots.Count)];
        var mutated = Mutate(text, random);
        var format = new[] { "table", "json", "csv", "md" }[random.Next(4)];
        Check($"cli-{format}-{name}", mutated, () =>
        {
            var input = Path.Combine(scratch, name);
            File.WriteAllText(input, mutated);
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = ParIndex.Rules.Cli.CliApp.Run(["score", input, "--format", format], output, error);
            if (code is not (0 or 3))
            {
                throw new InvalidOperationException(FormattableString.Invariant($"exit {code}: {error}"));
            }

            // Terminal formats and stderr show input text, never a control character that would act on the terminal.
            if (format is "table" or "md" && output.ToString().Any(c => c is '\u001b' or '\u0007' or '\u009b'))
            {
                throw new InvalidOperationException("a control character from the input reached the terminal output");
            }

            if (error.ToString().Any(c => c is '\u001b' or '\u0007' or '\u009b'))
            {
                throw new InvalidOperationException("a control character from the input reached stderr");
            }
        });
    }
    else
    {
        var (name, text) = snapshots[random.Next(snapshots.Count)];
        var mutated = Mutate(text, random);
        Check($"snapshot-{name}", mutated, () =>
        {
            if (name.Contains("merge", StringComparison.Ordinal))
            {
                // A merge map: read and applied to the sample district, never throwing, never forming a unit twice.
                var map = MergeMap.ReadCsv(new StringReader(mutated), name);
                var merged = map.Apply(district, commune);
                if (merged.Snapshots.Select(u => u.Id).Distinct(StringComparer.Ordinal).Count() != merged.Snapshots.Count)
                {
                    throw new InvalidOperationException("a merge formed two units with one id");
                }

                return;
            }

            // The example's units are read by its own rules: types, exclusion, judged steps, bonus and penalty.
            var (rules, scoring) = name.StartsWith("province-example", StringComparison.Ordinal) ? (example.RuleSet, example) : (commune, scorer);
            var batch = name.EndsWith(".csv", StringComparison.Ordinal)
                ? SnapshotReader.ReadCsv(new StringReader(mutated), name, rules)
                : SnapshotReader.ReadJson(new StringReader(mutated), name, rules);
            foreach (var card in scoring.ScoreMany(batch.Snapshots))
            {
                _ = card.Criteria.Select(c => c.Hint?.Vi).ToList();
                _ = card.Areas.Select(a => a.Percent).ToList();
                if (card.HasTotal && (card.Total < 0m || card.Total > card.MaxTotal) || card.Criteria.Any(c => c.Points < 0m || c.Points > c.MaxPoints))
                {
                    throw new InvalidOperationException("a total or a criterion's points fell outside its bounds");
                }
            }
        });
    }
}

Console.WriteLine(FormattableString.Invariant($"fuzz: {runs} inputs in {watch.Elapsed.TotalMinutes:F1} min (seed {seed}), {found} finding(s)."));
return found == 0 ? 0 : 1;

void Check(string name, string input, Action action)
{
    var task = Task.Run(action);
    string? failure = null;
    try
    {
        if (!task.Wait(TimeSpan.FromSeconds(5)))
        {
            failure = "took longer than 5 s";
        }
    }
    catch (AggregateException e)
    {
        failure = e.InnerException!.ToString();
    }

    if (failure is null)
    {
        return;
    }

    found++;
    Directory.CreateDirectory(findings);
    var stem = Path.Combine(findings, FormattableString.Invariant($"{name}-{seed}-{runs}"));
    File.WriteAllText(stem + ".input", input);
    File.WriteAllText(stem + ".txt", failure);
    Console.WriteLine($"FINDING {stem}: {failure.Split('\n')[0]}");
}

static string Mutate(string text, Random random)
{
    var builder = new StringBuilder(text);
    var count = random.Next(1, 6);
    string[] extremes = ["-1", "0", "-0", "1e400", "NaN", "Infinity", "79228162514264337593543950336", "0.000000000000000000000000001", "\"\"", "null", "true", "[]", "{}", "\"\\u0000\"", "9999999999999999999"];
    for (var i = 0; i < count && builder.Length > 0; i++)
    {
        var at = random.Next(builder.Length);
        switch (random.Next(7))
        {
            case 0:
                builder.Remove(at, Math.Min(random.Next(1, 20), builder.Length - at));
                break;
            case 1:
                builder.Insert(at, "{}[],:\"\\0123456789.-eE"[random.Next(22)]);
                break;
            case 2:
                builder[at] = (char)random.Next(0, 0x2FF);
                break;
            case 3:
                var length = Math.Min(random.Next(1, 200), builder.Length - at);
                builder.Insert(random.Next(builder.Length), builder.ToString(at, length));
                break;
            case 4:
                var digit = builder.ToString().IndexOfAny("0123456789".ToCharArray(), at);
                if (digit >= 0)
                {
                    var end = digit;
                    while (end < builder.Length && (char.IsDigit(builder[end]) || builder[end] == '.'))
                    {
                        end++;
                    }

                    builder.Remove(digit, end - digit).Insert(digit, extremes[random.Next(extremes.Length)]);
                }

                break;
            case 5:
                builder.Length = at;
                break;
            default:
                builder.Insert(at, new string('[', random.Next(1, 100)));
                break;
        }
    }

    return builder.ToString();
}

// The sample district as a sheet's rows: inline strings for text, numbers as numbers, as Excel writes them.
static string SheetXml(string[] lines)
{
    var builder = new StringBuilder();
    for (var r = 0; r < lines.Length; r++)
    {
        builder.Append(CultureInfo.InvariantCulture, $"<row r=\"{r + 1}\">");
        var cells = lines[r].TrimStart('\uFEFF').Split(';');
        for (var c = 0; c < cells.Length; c++)
        {
            // Cells without references sit one after another, as the format allows.
            builder.Append(decimal.TryParse(cells[c], NumberStyles.None, CultureInfo.InvariantCulture, out _)
                ? $"<c><v>{cells[c]}</v></c>"
                : $"<c t=\"inlineStr\"><is><t>{System.Security.SecurityElement.Escape(cells[c])}</t></is></c>");
        }

        builder.Append("</row>");
    }

    return builder.ToString();
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "ParIndex.Rules.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run the fuzzer from inside the repository.");
}

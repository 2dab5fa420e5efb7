using System.Diagnostics;
using System.Globalization;
using System.Text;
using ParIndex.Rules;

// A mutation fuzzer for the rule-set loader and the snapshot readers (SharpFuzz needs a libFuzzer build this
// machine cannot fetch). It mutates real inputs: the shipped rule files, the test rule set, the samples
// and the hostile corpus. Anything but the documented outcome is a finding: the loader may only return a
// rule set or throw RuleSetLoadException; the readers and the scorer may not throw at all; nothing may take
// longer than the time limit. Findings are written to the findings folder, each with its stack trace.
//   dotnet run -c Release --project tests/ParIndex.Rules.Fuzz -- [minutes] [seed]
var minutes = args.Length > 0 ? double.Parse(args[0], CultureInfo.InvariantCulture) : 1;
var seed = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : Environment.TickCount;
var root = FindRoot();
var findings = Path.Combine(root, "tests", "ParIndex.Rules.Fuzz", "findings");
var random = new Random(seed);

var ruleSets = new[] { Path.Combine(root, "rules", "commune-2025"), Path.Combine(root, "tests", "ParIndex.Rules.Tests", "TestData", "mini") }
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
                Scorer.Compile(loaded).ScoreMany(ParIndex.Rules.Authoring.RuleCaseRunner.RunAll(Scorer.Compile(loaded)).Select(r => new IndicatorSnapshot("x", "x", r.Case.Given)));
            }
            catch (RuleSetLoadException e) when (e.Problems.Count > 0)
            {
                // The documented outcome for a bad rule set.
            }
        });
    }
    else
    {
        var (name, text) = snapshots[random.Next(snapshots.Count)];
        var mutated = Mutate(text, random);
        Check($"snapshot-{name}", mutated, () =>
        {
            var batch = name.EndsWith(".csv", StringComparison.Ordinal)
                ? SnapshotReader.ReadCsv(new StringReader(mutated), name, commune)
                : SnapshotReader.ReadJson(new StringReader(mutated), name, commune);
            foreach (var card in scorer.ScoreMany(batch.Snapshots))
            {
                _ = card.Criteria.Select(c => c.Hint?.Vi).ToList();
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

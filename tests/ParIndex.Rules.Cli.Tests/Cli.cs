using System.Diagnostics;
using System.Text;

namespace ParIndex.Rules.Cli.Tests;

/// <summary>Runs parindex in-process (fast, every branch) or as a real process (what a user runs).</summary>
internal static class Cli
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static string Bundle(string relative) => Path.Combine(AppContext.BaseDirectory, relative);

    public static Result Run(params string[] args) => Run(isTerminal: false, args);

    /// <summary>Runs with <c>--lang en</c>: for tests of what a message says, written in English.</summary>
    public static Result RunEn(params string[] args) => Run(isTerminal: false, [.. args, "--lang", "en"]);

    public static Result Run(bool isTerminal, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, output, error, isTerminal);
        return new Result(code, output.ToString(), error.ToString());
    }

    public static Result RunProcess(params string[] args) => RunProcess(new Dictionary<string, string>(), args);

    public static Result RunProcess(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "parindex.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(60_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("parindex did not finish within 60 s");
        }

        return new Result(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>A copy of a bundled rule set (by default the 2025 commune set) in a temporary folder, with one edit applied to one file.</summary>
    public static string EditedRules(string file, string from, string to, string ruleSet = "rules/commune-2025")
    {
        var target = Path.Combine(Path.GetTempPath(), "parindex-tests", Guid.NewGuid().ToString("N"));
        var source = Bundle(ruleSet);
        // An edited copy is a draft: the published set's seal would (rightly) refuse it.
        foreach (var path in Directory.EnumerateFiles(source, "*.json", SearchOption.AllDirectories).Where(p => Path.GetFileName(p) != "seal.json"))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, path));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(path, destination);
        }

        var edited = Path.Combine(target, file);
        var text = File.ReadAllText(edited);
        if (!text.Contains(from, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"'{from}' is not in {file}");
        }

        File.WriteAllText(edited, text.Replace(from, to, StringComparison.Ordinal));
        return target;
    }

    public static string TempFile(string name, string content)
    {
        var folder = Path.Combine(Path.GetTempPath(), "parindex-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    /// <summary>The sample district's rows, each cell by its column's key.</summary>
    public static IEnumerable<Dictionary<string, string>> SampleRows()
    {
        var lines = File.ReadAllLines(Bundle("samples/phu-binh-2025.csv"));
        var header = lines[0].TrimStart('\uFEFF').Split(';');
        return lines.Skip(1).Select(line => header.Zip(line.Split(';')).ToDictionary(p => p.First, p => p.Second));
    }
}

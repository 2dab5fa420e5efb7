using System.Diagnostics;
using FluentAssertions;
using Microsoft.Data.Sqlite;
using Newtonsoft.Json.Linq;
using Xunit;

namespace ParIndex.Rules.Cli.Tests;

/// <summary><c>score --db</c>, <c>history</c> and <c>replay</c> (issue #29): the record of a season, from the command line.</summary>
public class StoreCommandTests
{
    private readonly string _folder = Path.GetDirectoryName(Cli.TempFile("x", string.Empty))!;

    private string Db => Path.Combine(_folder, "parindex.db");

    [Fact]
    public void Score_WithDb_RecordsTheRunThatHistoryAndReplayRead()
    {
        var scored = Cli.RunEn("score", Cli.Bundle("samples/phu-binh-2025.json"), "--db", Db, "--by", "phong-cchc", "--round", "1", "--summary");

        scored.ExitCode.Should().Be(0, scored.Error);
        scored.Error.Should().Contain("Recorded run 1 (20 units, commune-2025 2025.1.1)");
        var history = Cli.RunEn("history", "nha-long", "--db", Db, "--format", "json");
        var run = JObject.Parse(history.Output)["runs"]!.Single();
        ((long)run["run"]!, (string)run["by"]!, (string)run["period"]!, (int)run["round"]!, (decimal)run["total"]!, (int)run["rank"]!)
            .Should().Be((1L, "phong-cchc", "2025", 1, 93.89m, 1));
        var workbook = Path.Combine(_folder, "lich-su.xlsx");
        Cli.Run("history", "nha-long", "--db", Db, "--format", "xlsx", "--output", workbook).ExitCode.Should().Be(0);
        var sheets = ParIndex.Rules.Tests.Xlsx.Read(workbook);
        sheets.Select(x => x.Name).Should().Equal("Các lần chấm", "Thay đổi");
        sheets[0].Rows[1].Should().Contain(["1", "phong-cchc", "2025", "93.89", "Rất tốt"]);
        var replay = Cli.RunEn("replay", "--db", Db);
        replay.ExitCode.Should().Be(0);
        replay.Output.Should().Contain("Run 1").And.Contain("every result equals the record");
    }

    [Fact]
    public void Score_ToAFileWhileTheStoreRefusesTheRun_WritesNoReport()
    {
        // The report is written while the run is recorded, and put in place only once the store holds the run: an
        // edited copy of the rules under the published name is refused, and no report shows results the store lacks.
        Cli.Run("score", Cli.Bundle("samples/phu-binh-2025.json"), "--db", Db, "--summary").ExitCode.Should().Be(0);
        var edited = Cli.EditedRules("criteria/area-3.json", "{\"min\": 100, \"points\": 2}, {\"min\": 90, \"points\": 1}", "{\"min\": 100, \"points\": 2}, {\"min\": 80, \"points\": 1}");
        var report = Path.Combine(_folder, "ket-qua.json");

        var refused = Cli.RunEn("score", Cli.Bundle("samples/phu-binh-2025.json"), "--rules", edited, "--db", Db, "--format", "json", "--output", report);

        refused.ExitCode.Should().Be(2);
        refused.Error.Should().Contain("give this one a new version");
        File.Exists(report).Should().BeFalse();
        Count("SELECT count(*) FROM runs").Should().Be(1);
    }

    [Fact]
    public void Score_ToTheScreenWhileTheStoreRefusesTheRun_ShowsNoReport()
    {
        // To the screen the report waits in a spool while the run is recorded, and is shown only once the store holds it.
        Cli.Run("score", Cli.Bundle("samples/phu-binh-2025.json"), "--db", Db, "--summary").ExitCode.Should().Be(0);
        var edited = Cli.EditedRules("criteria/area-3.json", "{\"min\": 100, \"points\": 2}, {\"min\": 90, \"points\": 1}", "{\"min\": 100, \"points\": 2}, {\"min\": 80, \"points\": 1}");

        var refused = Cli.RunEn("score", Cli.Bundle("samples/phu-binh-2025.json"), "--rules", edited, "--db", Db, "--format", "json");

        refused.ExitCode.Should().Be(2);
        refused.Error.Should().Contain("give this one a new version");
        refused.Output.Should().BeEmpty();
    }

    [Fact]
    public void Score_ToTheScreenWithDb_ShowsTheReportAsWithout()
    {
        // The spooled report is the one written straight to the screen without a store, character for character
        // (Vietnamese marks included): the spool's encoding is read back as written.
        var plain = Cli.Run("score", Cli.Bundle("samples/phu-binh-2025.json"));

        var recorded = Cli.Run("score", Cli.Bundle("samples/phu-binh-2025.json"), "--db", Db);

        recorded.ExitCode.Should().Be(0, recorded.Error);
        recorded.Output.Should().Contain("Thị trấn Hương Sơn").And.Be(plain.Output);
        Count("SELECT count(*) FROM runs").Should().Be(1);
    }

    [Fact]
    public void Replay_RecordAlteredWithSql_ExitsWith4AndNamesTheUnit()
    {
        Cli.Run("score", Cli.Bundle("samples/phu-binh-2025.json"), "--db", Db, "--summary").ExitCode.Should().Be(0);
        Sql("UPDATE results SET rank = 2 WHERE unit = 'nha-long'");

        var replay = Cli.RunEn("replay", "1", "--db", Db);

        replay.ExitCode.Should().Be(4);
        replay.Output.Should().Contain("nha-long rank: recorded 2, scored again 1");
    }

    [Fact]
    public void Score_WithDbHoldingLastPeriod_ComparesWithItsFinalRun()
    {
        // 2024 recorded twice (two rounds, Nhã Lộng lowered in the final one), then 2025 scored against the store:
        // the Δ comes from 2024's last run, without --previous. Nhã Lộng's 117 of 126 procedures on the portal
        // (92.86%) give 1 of 3.1.1's 2 points in 2025; 113 of 126 (89.68%) gave 0 in 2024's final round.
        var year2024 = File.ReadAllText(Cli.Bundle("samples/phu-binh-2025.json")).Replace("\"period\": \"2025\"", "\"period\": \"2024\"", StringComparison.Ordinal);
        var first = Path.Combine(_folder, "2024-vong-1.json");
        File.WriteAllText(first, year2024);
        Cli.Run("score", first, "--db", Db, "--round", "1", "--summary").ExitCode.Should().Be(0);
        var final = Path.Combine(_folder, "2024-vong-2.json");
        File.WriteAllText(final, LowerNhaLong(year2024));
        Cli.Run("score", final, "--db", Db, "--round", "2", "--summary").ExitCode.Should().Be(0);

        var scored = Cli.Run("score", Cli.Bundle("samples/phu-binh-2025.json"), "--db", Db, "--format", "json");

        var nhaLong = JObject.Parse(scored.Output)["units"]!.Single(u => (string?)u["id"] == "nha-long");
        ((decimal)nhaLong["previous"]!["deltaPoints"]!).Should().Be(1m, "3.1.1, the only criterion that reads the figure, gave 0 then and 1 now");
    }

    [Fact]
    public void Score_WithMergeAndDb_RecordsTheMergedUnitsAndReplaysEqual()
    {
        // The sample merge map forms 6 units from the 20: the record holds them as scored.
        var scored = Cli.RunEn("score", Cli.Bundle("samples/phu-binh-2025.json"), "--merge", Cli.Bundle("samples/phu-binh-merge-2025.csv"), "--db", Db, "--summary");

        scored.Error.Should().Contain("Recorded run 1 (6 units");
        Count("SELECT count(*) FROM inputs").Should().Be(6);
        Cli.Run("replay", "--db", Db).ExitCode.Should().Be(0);
    }

    [Fact]
    public void Score_TwoProcessesRecordingAtOnce_BothSucceed()
    {
        Cli.Run("score", Cli.Bundle("samples/phu-binh-2025.json"), "--db", Db, "--summary").ExitCode.Should().Be(0);

        var runs = Enumerable.Range(0, 2).AsParallel().Select(_ => Cli.RunProcess("score", Cli.Bundle("samples/phu-binh-2025.json"), "--db", Db, "--summary")).ToList();

        runs.Should().OnlyContain(r => r.ExitCode == 0);
        Count("SELECT count(*) FROM runs").Should().Be(3);
    }

    [Fact]
    public void Score_KilledWhileItRecords_LeavesTheStoreWholeRunOrNothing()
    {
        // The run is killed as soon as the write-ahead log appears (the transaction is writing): whatever the moment,
        // the store holds the runs before it, or this run whole, never part of one.
        var units = Path.Combine(_folder, "lon.json");
        File.WriteAllText(units, Many(3_000));
        Cli.Run("score", Cli.Bundle("samples/phu-binh-2025.json"), "--db", Db, "--summary").ExitCode.Should().Be(0);
        File.Delete(Db + "-wal");

        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "parindex.dll"), "score", units, "--db", Db, "--summary", "--quiet" })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        var watch = Stopwatch.StartNew();
        while (!process.HasExited && watch.Elapsed < TimeSpan.FromSeconds(60) && !(File.Exists(Db + "-wal") && new FileInfo(Db + "-wal").Length > 0))
        {
            Thread.Sleep(1);
        }

        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
        var runs = Count("SELECT count(*) FROM runs");
        runs.Should().BeOneOf(1, 2);
        Count("SELECT count(*) FROM results").Should().Be(runs == 1 ? 20 : 20 + 3_000);
        Count("SELECT count(*) FROM inputs").Should().Be(runs == 1 ? 20 : 20 + 3_000);
    }

    [Fact]
    public async Task Score_SystemRefusesTheWritePartWay_SaysSoAndTheStoreStandsAsBefore()
    {
        // A file-size limit makes the system refuse the run's write to the store's log part-way, as a full disk or
        // quota does: the run is refused in words, and the store holds the run before it, whole and provable.
        Cli.Run("score", Cli.Bundle("samples/phu-binh-2025.json"), "--db", Db, "--summary").ExitCode.Should().Be(0);
        var info = new ProcessStartInfo("bash") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        // The runtime's double-mapped code pages are a file too: off, so only the store's writes meet the limit.
        info.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        foreach (var arg in new[] { "-c", "ulimit -f 64; trap '' XFSZ; exec dotnet \"$0\" score \"$1\" --db \"$2\" --round 2 --summary --lang en",
            Path.Combine(AppContext.BaseDirectory, "parindex.dll"), Cli.Bundle("samples/phu-binh-2025.json"), Db })
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        _ = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync();

        error.Should().Contain("could not be written or read: the system refused it");
        process.ExitCode.Should().Be(2);
        Count("SELECT count(*) FROM runs").Should().Be(1);
        Cli.Run("replay", "--db", Db).ExitCode.Should().Be(0, "the run before stands whole and replays equal");
    }

    /// <summary>Nhã Lộng with 113 of its 126 procedures on the portal: 3.1.1 gives 0 of 2 (89.68%, below the 90% band).</summary>
    private static string LowerNhaLong(string json)
    {
        var root = JObject.Parse(json);
        var unit = root["units"]!.Single(u => (string?)u["id"] == "nha-long");
        unit["indicators"]!["proceduresOnUpperPortal"] = 113;
        return root.ToString();
    }

    private static string Many(int count)
    {
        var root = JObject.Parse(File.ReadAllText(Cli.Bundle("samples/phu-binh-2025.json")));
        var sample = (JArray)root["units"]!;
        root["units"] = new JArray(Enumerable.Range(0, count).Select(i =>
        {
            var unit = (JObject)sample[i % sample.Count].DeepClone();
            unit["id"] = $"u{i}";
            return unit;
        }));
        return root.ToString();
    }

    private void Sql(string sql) => ParIndex.Rules.Tests.StoreSql.Alter(Db, sql);

    private long Count(string sql) => ParIndex.Rules.Tests.StoreSql.Count(Db, sql);
}

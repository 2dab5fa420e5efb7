using System.CommandLine;
using ParIndex.Rules.Workbench;

namespace ParIndex.Rules.Cli.Commands;

/// <summary><c>parindex serve</c>: the analyst's workbench, a local web page for the whole season.</summary>
internal static class ServeCommand
{
    public static Command Create(CommandContext context)
    {
        var port = new Option<int>("--port") { Description = Words.Say("Cổng (mặc định 5080; 0 là cổng trống bất kỳ).", "The port (default 5080; 0 takes any free one)."), DefaultValueFactory = _ => 5080, HelpName = "N" };
        var host = new Option<string>("--host")
        {
            Description = Words.Say("Địa chỉ lắng nghe: chỉ máy này (127.0.0.1, mặc định); địa chỉ khác cần --token.", "The address to listen on: this machine only (127.0.0.1, the default); any other needs --token."),
            DefaultValueFactory = _ => "127.0.0.1",
            HelpName = "ADDRESS",
        };
        var token = new Option<string?>("--token") { Description = Words.Say("Mã người mở trang phải có khi trang nghe ngoài máy này.", "The token a browser must bring when the workbench listens beyond this machine."), HelpName = "TOKEN" };
        var store = new StoreOptions();
        var rules = new Option<string[]>("--rules")
        {
            Description = Words.Say("Các bộ quy tắc cho chọn (thư mục, sổ tính hoặc mã bộ đi kèm); mặc định các bộ đi kèm.", "The rule sets offered (folders, workbooks or bundled ids); default the bundled ones."),
            AllowMultipleArgumentsPerToken = true,
            HelpName = "DIR|XLSX|ID",
        };
        var command = new Command("serve", CommandContext.Describe(
            "Mở bàn làm việc của chuyên viên: trang web trên máy này để đưa số liệu mùa đánh giá vào, xem lỗi, xếp hạng, từng xã, thử thay đổi số liệu, ghi vòng thẩm định và tải bảng tính, báo cáo.",
            "Start the analyst's workbench: a web page on this machine to bring the season in, read the problems, the ranking and each commune, try a changed figure, record appraisal rounds and download the workbook and report.",
            "parindex serve", "parindex serve --db tinh/parindex.db --rules tinh/commune-2026"))
        {
            port, host, token, store.Db, rules, context.Lang,
        };
        command.SetAction(async (parse, cancel) =>
        {
            var offered = parse.GetValue(rules) is { Length: > 0 } given ? given : [.. BundledRuleSets.Ids];
            var options = new WorkbenchOptions(parse.GetValue(host)!, parse.GetValue(port), parse.GetValue(store.Db) ?? StoreOptions.DefaultFile, parse.GetValue(token), offered);
            IAsyncDisposable app;
            Uri address;
            try
            {
                (app, address) = await WorkbenchServer.StartAsync(options).ConfigureAwait(false);
            }
            catch (ArgumentException)
            {
                throw new UsageException(Words.Say(
                    $"Trang sẽ nghe ở {options.Host}, ngoài máy này: hãy cho --token để chỉ người có mã mới mở được.",
                    $"The workbench would listen on {options.Host}, beyond this machine: give --token so only those who have it can open it."));
            }
            catch (IOException e)
            {
                throw new UsageException(Words.Say($"Không mở được cổng {options.Port}: {e.Message} Hãy chọn cổng khác bằng --port.", $"Port {options.Port} cannot be opened: {e.Message} Choose another with --port."));
            }

            await using (app.ConfigureAwait(false))
            {
                var open = options.Token is null ? address.AbsoluteUri : $"{address.AbsoluteUri}?token={Uri.EscapeDataString(options.Token)}";
                context.Output.WriteLine(Words.Say($"Bàn làm việc đang chạy: {open} (Ctrl+C để dừng).", $"The workbench is running: {open} (Ctrl+C to stop)."));
                context.Output.Flush();
                // Ctrl+C or a termination request stops the server cleanly (the tool's command runs synchronously, so
                // the signals are taken here rather than through the command line library's token).
                var stop = new TaskCompletionSource();
                using var interrupt = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, Stop);
                using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, Stop);
                using var cancelled = cancel.Register(() => stop.TrySetResult());
                await stop.Task.ConfigureAwait(false);

                void Stop(System.Runtime.InteropServices.PosixSignalContext signal)
                {
                    signal.Cancel = true;
                    stop.TrySetResult();
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}

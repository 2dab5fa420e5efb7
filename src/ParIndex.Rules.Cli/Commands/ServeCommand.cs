using System.CommandLine;
using ParIndex.Rules.Workbench;

namespace ParIndex.Rules.Cli.Commands;

/// <summary><c>parindex serve</c>: the analyst's workbench, a local web page for the whole season.</summary>
internal static class ServeCommand
{
    public static Command Create(CommandContext context)
    {
        var port = new Option<int>("--port") { Description = Words.Tell("cli.the-port-default-5080-0-takes"), DefaultValueFactory = _ => 5080, HelpName = "N" };
        var host = new Option<string>("--host")
        {
            Description = Words.Tell("cli.the-address-to-listen-on-this"),
            DefaultValueFactory = _ => "127.0.0.1",
            HelpName = "ADDRESS",
        };
        var token = new Option<string?>("--token") { Description = Words.Tell("cli.the-token-a-browser-must-bring"), HelpName = "TOKEN" };
        var store = new StoreOptions();
        var rules = new Option<string[]>("--rules")
        {
            Description = Words.Tell("cli.the-rule-sets-offered-folders-workbooks"),
            AllowMultipleArgumentsPerToken = true,
            HelpName = "DIR|XLSX|ID",
        };
        var command = new Command("serve", CommandContext.Describe("cli.start-the-analyst-s-workbench-a",
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
                throw new UsageException(Words.Tell("cli.the-workbench-would-listen-on-beyond", options.Host));
            }
            catch (IOException e)
            {
                throw new UsageException(Words.Tell("cli.port-cannot-be-opened-choose-another", options.Port, e.Message));
            }

            await using (app.ConfigureAwait(false))
            {
                var open = options.Token is null ? address.AbsoluteUri : $"{address.AbsoluteUri}?token={Uri.EscapeDataString(options.Token)}";
                context.Output.WriteLine(Words.Tell("cli.the-workbench-is-running-ctrl-c", open));
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

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ParIndex.Rules.Hosting;

/// <summary>Watches the rule-set folder and reloads after edits settle: every change restarts the debounce, so a save of several files is read once.</summary>
internal sealed class RuleSetWatcher(IParIndexRules rules, IOptions<ParIndexRulesOptions> options) : IHostedService, IDisposable
{
    private readonly Lock _gate = new();
    private FileSystemWatcher? _watcher;
    private Timer? _timer;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.Folder is not { } folder || !settings.WatchForChanges)
        {
            return Task.CompletedTask;
        }

        _timer = new Timer(_ => ReloadQuietly(), null, Timeout.Infinite, Timeout.Infinite);
        _watcher = new FileSystemWatcher(Path.GetFullPath(folder)) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName };
        FileSystemEventHandler changed = (_, _) => Debounce(settings.Debounce);
        _watcher.Changed += changed;
        _watcher.Created += changed;
        _watcher.Deleted += changed;
        _watcher.Renamed += (_, _) => Debounce(settings.Debounce);
        _watcher.EnableRaisingEvents = true;
        return Task.CompletedTask;
    }

    /// <summary>A reload from the timer: an exception escaping a timer's callback would end the process, so none may.</summary>
    private void ReloadQuietly()
    {
        try
        {
            rules.Reload();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Reload logs and counts every refusal it knows; anything else is logged by ParIndexRules.Failed and the last good version serves on.
            (rules as ParIndexRules)?.Failed(e);
        }
    }

    private void Debounce(TimeSpan wait)
    {
        lock (_gate)
        {
            _timer?.Change(wait, Timeout.InfiniteTimeSpan);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _watcher?.Dispose();
            _watcher = null;
            _timer?.Dispose();
            _timer = null;
        }
    }
}

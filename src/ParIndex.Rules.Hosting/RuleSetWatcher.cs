using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ParIndex.Rules.Hosting;

/// <summary>
/// Watches the rule-set folder and reloads after edits settle: every change restarts the debounce, so a save of
/// several files is read once. Deploys replace folders, not files: a folder deleted and made again, or a symlink
/// swapped to a new release (<c>ln -sfn</c>, <c>mv -T</c>), leaves a watcher on the old folder hearing nothing. So the
/// folder's parent is watched for the folder's own name, any watcher's error re-arms them all, and a check every
/// <see cref="Check"/> compares where the folder leads with where it led; each of these re-arms and reloads. While the
/// folder is absent, the reload is refused and the last good version serves on, as for any broken edit.
/// </summary>
internal sealed class RuleSetWatcher(IParIndexRules rules, IOptions<ParIndexRulesOptions> options) : IHostedService, IDisposable
{
    /// <summary>How often where the folder leads is checked, for the events a file system did not send.</summary>
    internal static readonly TimeSpan Check = TimeSpan.FromSeconds(2);

    private readonly Lock _gate = new();
    private FileSystemWatcher? _folder;
    private FileSystemWatcher? _parent;
    private Timer? _reload;
    private Timer? _check;
    private string _path = string.Empty;
    private string? _target;
    private TimeSpan _debounce;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.Folder is not { } folder || !settings.WatchForChanges)
        {
            return Task.CompletedTask;
        }

        _path = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        _debounce = settings.Debounce;
        _reload = new Timer(_ => ReloadQuietly(), null, Timeout.Infinite, Timeout.Infinite);
        lock (_gate)
        {
            Arm();
        }

        _check = new Timer(_ => CheckTarget(), null, Check, Check);
        return Task.CompletedTask;
    }

    /// <summary>(Re)creates both watchers on the folder as it is now; under the lock.</summary>
    private void Arm()
    {
        _folder?.Dispose();
        _parent?.Dispose();
        _folder = _parent = null;
        _target = Target();
        if (Directory.Exists(_path))
        {
            _folder = new FileSystemWatcher(_path) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.DirectoryName };
            FileSystemEventHandler changed = (_, _) => Debounce();
            _folder.Changed += changed;
            _folder.Created += changed;
            _folder.Deleted += changed;
            _folder.Renamed += (_, _) => Debounce();
            _folder.Error += (_, _) => Rearm();
            _folder.EnableRaisingEvents = true;
        }

        if (Path.GetDirectoryName(_path) is { } parent && Directory.Exists(parent))
        {
            var name = Path.GetFileName(_path);
            _parent = new FileSystemWatcher(parent) { IncludeSubdirectories = false, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName };
            FileSystemEventHandler mine = (_, e) =>
            {
                if (e.Name == name || (e is RenamedEventArgs r && r.OldName == name))
                {
                    Rearm();
                }
            };
            _parent.Created += mine;
            _parent.Deleted += mine;
            _parent.Renamed += (sender, e) => mine(sender, e);
            _parent.Error += (_, _) => Rearm();
            _parent.EnableRaisingEvents = true;
        }
    }

    /// <summary>Where the folder leads now: its final target when a link, itself when a folder, null when absent.</summary>
    private string? Target()
    {
        try
        {
            var info = new DirectoryInfo(_path);
            return info.Exists ? (info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName) : null;
        }
        catch (IOException)
        {
            return null;
        }
    }

    private void CheckTarget()
    {
        if (Target() != Volatile.Read(ref _target) || (Directory.Exists(_path) && Volatile.Read(ref _folder) is null))
        {
            Rearm();
        }
    }

    private void Rearm()
    {
        lock (_gate)
        {
            if (_reload is null)
            {
                return;
            }

            Arm();
            _reload.Change(_debounce, Timeout.InfiniteTimeSpan);
        }
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

    private void Debounce()
    {
        lock (_gate)
        {
            _reload?.Change(_debounce, Timeout.InfiniteTimeSpan);
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
            _check?.Dispose();
            _check = null;
            _folder?.Dispose();
            _parent?.Dispose();
            _folder = _parent = null;
            _reload?.Dispose();
            _reload = null;
        }
    }
}

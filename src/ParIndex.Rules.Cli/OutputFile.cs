using System.Text;

namespace ParIndex.Rules.Cli;

/// <summary>
/// An output file written whole or not at all: the report goes to a temporary file beside the target, which
/// replaces the target only once the report is complete. A run stopped midway leaves the previous file as it was
/// and no partial one; the temporary file is removed on every path that can run code.
/// </summary>
internal sealed class OutputFile : IDisposable
{
    // Files still being written, removed if the process ends first (SIGTERM, Ctrl+C): no finally block runs then.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> Pending = new(StringComparer.Ordinal);

    // Kept alive for the process: a registration that is collected stops handling its signal.
    private static readonly System.Runtime.InteropServices.PosixSignalRegistration[] Signals =
    [
        .. new[] { System.Runtime.InteropServices.PosixSignal.SIGTERM, System.Runtime.InteropServices.PosixSignal.SIGINT,
                   System.Runtime.InteropServices.PosixSignal.SIGQUIT, System.Runtime.InteropServices.PosixSignal.SIGHUP }
            .Select(signal => System.Runtime.InteropServices.PosixSignalRegistration.Create(signal, _ => RemovePending())),
    ];

    // A signal ends the process without ProcessExit or any finally block (found by a test: SIGTERM left the temporary
    // file behind). The handler removes what is pending and lets the signal end the process as it would have.
    static OutputFile() => AppDomain.CurrentDomain.ProcessExit += (_, _) => RemovePending();

    private static void RemovePending()
    {
        foreach (var path in Pending.Keys)
        {
            try
            {
                File.Delete(path);
                Pending.TryRemove(path, out _);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process is ending; a file that cannot be removed now is left for the user, named .*.tmp.
            }
        }
    }

    private readonly string _path;
    private readonly string? _temporary;
    private StreamWriter? _writer;

    private OutputFile(string path, string? temporary, StreamWriter writer)
    {
        _path = path;
        _temporary = temporary;
        _writer = writer;
        if (temporary is not null)
        {
            Pending[temporary] = 0;
        }
    }

    public TextWriter Writer => _writer ?? throw new ObjectDisposedException(nameof(OutputFile));

    /// <summary>The bytes under <see cref="Writer"/>, for a binary report (a workbook); use one or the other.</summary>
    public Stream Stream => (_writer ?? throw new ObjectDisposedException(nameof(OutputFile))).BaseStream;

    /// <summary>Whether the report goes straight to the target (a device) rather than through a temporary file.</summary>
    public bool WritesInPlace => _temporary is null;

    /// <summary>Opens the temporary file at once, so a path that cannot be written fails before any work is done.</summary>
    /// <exception cref="UsageException">The folder does not exist or cannot be written.</exception>
    public static OutputFile Open(string path)
    {
        var full = Path.GetFullPath(path);
        if (IsDevice(full))
        {
            // A device such as /dev/null or /dev/stdout is written straight: moving a file over it would replace the device.
            return new OutputFile(full, temporary: null, Create(full, path));
        }

        // The name's first 100 characters only: with the 38 added, a 240-character name passed the 255 a file system allows.
        var name = Path.GetFileName(full);
        var cut = name.Length <= 100 ? name.Length : char.IsHighSurrogate(name[99]) ? 99 : 100;
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{name[..cut]}.{Guid.NewGuid():N}.tmp");
        return new OutputFile(full, temporary, Create(temporary, path));
    }

    private static StreamWriter Create(string file, string shown)
    {
        try
        {
            return new StreamWriter(file, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException(Words.Tell("cli.cannot-write-the-output-file-check", shown, e.Message));
        }
    }

    /// <summary>.NET tells no file type apart from files and folders, so devices are known by where Unix keeps them.</summary>
    private static bool IsDevice(string full) => !OperatingSystem.IsWindows() && full.StartsWith("/dev/", StringComparison.Ordinal);

    /// <summary>Moves the finished report into place.</summary>
    public void Commit()
    {
        Writer.Flush();
        _writer!.Dispose();
        _writer = null;
        if (_temporary is not null)
        {
            File.Move(_temporary, _path, overwrite: true);
            Pending.TryRemove(_temporary, out _);
        }
    }

    /// <summary>Removes the temporary file if the report was never committed.</summary>
    public void Dispose()
    {
        if (_writer is null)
        {
            return;
        }

        _writer.Dispose();
        _writer = null;
        if (_temporary is not null)
        {
            File.Delete(_temporary);
            Pending.TryRemove(_temporary, out _);
        }
    }
}

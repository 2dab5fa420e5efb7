using System.Runtime.CompilerServices;

namespace ParIndex.Rules.Tests;

/// <summary>
/// Every temporary file and folder a test run makes goes into one folder of its own, removed when the run ends: the
/// tests write hundreds of inputs, reports and stores to the system's temporary folder, and left them there, run
/// after run. Set before any test runs; child processes (the tool run as a process, the browser) inherit it.
/// </summary>
/// <remarks>One source, linked into every test project.</remarks>
internal static class TestTemp
{
    [ModuleInitializer]
    internal static void Isolate()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"parindex-test-run-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        Environment.SetEnvironmentVariable("TMPDIR", folder);
        Environment.SetEnvironmentVariable("TMP", folder);
        Environment.SetEnvironmentVariable("TEMP", folder);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // A file still held (a browser not yet gone) or one a test made read-only: left for the system to clear.
            }
        };
    }
}

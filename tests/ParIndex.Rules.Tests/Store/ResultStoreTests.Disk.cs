using System.Diagnostics;
using FluentAssertions;
using ParIndex.Rules.Store;
using Xunit;

namespace ParIndex.Rules.Tests.Store;

/// <summary>A folder that cannot be written (issue #29, 5): refused in words, the store left as it was.</summary>
public sealed partial class ResultStoreTests
{
    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Record_FolderMadeReadOnly_IsRefusedInWordsAndTheRunsBeforeStand()
    {
        var (inputs, batch) = SampleDistrict();
        using (var store = ResultStore.Open(Db))
        {
            store.Record(inputs, batch, Who);
        }

        ReadOnly(_folder, true);
        try
        {
            var act = () =>
            {
                using var store = ResultStore.Open(Db);
                store.Record(inputs, batch, Who with { Round = 2 });
            };

            act.Should().Throw<StoreException>().Which.Message.Should().Contain("its folder is read-only or missing");
        }
        finally
        {
            ReadOnly(_folder, false);
        }

        using var after = ResultStore.Open(Db);
        after.Runs().Select(r => r.Round).Should().Equal(1);
        after.Replay(1).Differences.Should().BeEmpty();
    }

    /// <summary>
    /// A folder no one may write: its mode for a user, and for root (whom modes do not stop) the immutable attribute
    /// the file system itself enforces.
    /// </summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void ReadOnly(string folder, bool on)
    {
        // The attribute is lifted before the mode can be given back, and set after the mode is taken away.
        if (!on)
        {
            Immutable(folder, false);
        }

        File.SetUnixFileMode(folder, on ? UnixFileMode.UserRead | UnixFileMode.UserExecute : UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        if (on)
        {
            Immutable(folder, true);
        }
    }

    private static void Immutable(string folder, bool on)
    {
        if (Environment.UserName == "root")
        {
            using var chattr = Process.Start("chattr", [on ? "+i" : "-i", folder])!;
            chattr.WaitForExit();
            chattr.ExitCode.Should().Be(0, "root's folder is made read-only by its file system's immutable attribute");
        }
    }
}

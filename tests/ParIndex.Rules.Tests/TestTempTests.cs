using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Tests;

/// <summary>The run's temporary files go into a folder of the run's own, so a run leaves nothing behind.</summary>
public class TestTempTests
{
    [Fact]
    public void GetTempPath_DuringARun_IsTheRunsOwnFolder()
    {
        var temp = new DirectoryInfo(Path.GetTempPath());

        temp.Name.Should().StartWith($"parindex-test-run-{Environment.ProcessId}-");
        temp.Exists.Should().BeTrue();
    }
}

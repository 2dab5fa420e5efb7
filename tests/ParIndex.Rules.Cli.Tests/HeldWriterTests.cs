using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Cli.Tests;

/// <summary>The screen held back while a run is recorded (issue #29): nothing shown before the store holds the run, nothing ever if it refuses it.</summary>
public class HeldWriterTests
{
    [Fact]
    public void Write_BeforeAndAfterTheRunIsRecorded_ShowsNothingThenEverythingInOrder()
    {
        using var screen = new StringWriter();
        var recording = new TaskCompletionSource<int>();
        using var held = new HeldWriter(screen, recording.Task);

        held.Write("Xã ");
        held.Write('N');
        held.Flush();
        var beforeRecorded = screen.ToString();
        recording.SetResult(1);
        held.Write("hã Lộng".ToCharArray(), 0, 7);
        held.Release();

        beforeRecorded.Should().BeEmpty("the store does not hold the run yet");
        screen.ToString().Should().Be("Xã Nhã Lộng");
    }

    [Fact]
    public void Release_RunRecordedAfterTheLastWrite_ShowsWhatWasHeld()
    {
        using var screen = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        var recording = new TaskCompletionSource<int>();
        using var held = new HeldWriter(screen, recording.Task);

        held.WriteLine("Hạng 1");
        held.Write(93.89m);
        recording.SetResult(1);
        held.Release();

        screen.ToString().Should().Be("Hạng 1\r\n93.89", "the screen's own line ends, and the text as written");
    }

    [Fact]
    public void Release_StoreRefusedTheRun_ShowsNothingOfTheReport()
    {
        using var screen = new StringWriter();
        var recording = new TaskCompletionSource<int>();
        using var held = new HeldWriter(screen, recording.Task);

        held.Write("before the refusal ");
        recording.SetException(new InvalidOperationException("the store is locked"));
        held.Write("and after it");
        held.Release();

        screen.ToString().Should().BeEmpty();
    }

    [Fact]
    public void Release_RunStillBeingRecorded_Throws()
    {
        using var held = new HeldWriter(new StringWriter(), new TaskCompletionSource<int>().Task);

        held.Invoking(h => h.Release()).Should().Throw<InvalidOperationException>();
    }
}

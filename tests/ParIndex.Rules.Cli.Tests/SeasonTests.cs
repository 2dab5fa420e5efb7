using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Cli.Tests;

/// <summary>A season from the province's own files (issue #26): what such files carry is read, skipped or told, never scored silently wrong.</summary>
public class SeasonTests
{
    [Fact]
    public void Score_ContradictoryFigures_AreListedOnStderrWithExit3()
    {
        // 39 such criterion results in one batch went unseen: exit 0, errors [], only the cards said invalid_data.
        var input = Cli.TempFile("so-lieu.csv", "id,name,dossiersResolved,dossiersResolvedOnTime\na,A,300,310\nb,B,300,290\n");

        var result = Cli.Run("score", input);

        result.ExitCode.Should().Be(3);
        result.Error.Should().Contain("so-lieu.csv(2,4): đơn vị 'a', trường 'dossiersResolvedOnTime':");
        result.Output.Should().Contain("A").And.Contain("B", "both units are still scored and ranked");
    }
}

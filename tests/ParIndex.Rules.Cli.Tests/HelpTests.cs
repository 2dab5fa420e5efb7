using FluentAssertions;
using Xunit;

namespace ParIndex.Rules.Cli.Tests;

/// <summary>The tool's help and its usage errors, written from the command tree in the run's language.</summary>
public class HelpTests
{
    [Fact]
    public void Help_AndUsageErrorsInVietnamese_HoldNoWordOfTheLibrarysEnglish()
    {
        // Issue #27: the help was the library's English put into Vietnamese by regular expressions, and what they missed
        // stayed English ("Show version information", "Option '--sheet' expects a single argument").
        var help = Cli.Run("--help").Output + Cli.Run("score", "--help").Output + Cli.Run("plan", "--help").Output;
        var errors = Cli.Run("score", "--format", "abc").Error + Cli.Run("explain").Error + Cli.Run("plan", "--format").Error;

        help.Should().Contain("Mô tả:").And.Contain("Cách dùng:").And.Contain("Tùy chọn:").And.Contain("Lệnh:").And.Contain("[mặc định: table]")
            .And.Contain("Hiện phiên bản.").And.Contain("Hiện trợ giúp và cách dùng.");
        errors.Should().Contain("Giá trị 'abc' của tùy chọn '--format' không hợp lệ; phải là một trong: csv, csv-long, html, json, md, table, xlsx.")
            .And.Contain("Lệnh 'explain' thiếu đối số <UNIT>.").And.Contain("Tùy chọn '--format' thiếu giá trị.");
        foreach (var english in new[] { "Description", "Usage", "Options", "Commands", "Show ", "default:", "Required", "Option '", "Argument", "expects", "Unrecognized" })
        {
            (help + errors).Should().NotContain(english);
        }
    }

    [Fact]
    public void Help_LangEn_IsEnglishThroughout()
    {
        var result = Cli.Run("score", "--help", "--lang", "en");

        result.Output.Should().Contain("Examples:").And.Contain("Usage:").And.Contain("Options:").And.Contain("Score units, rank them")
            .And.NotContain("Ví dụ:");
    }

    [Fact]
    public void Help_ListsTheExitCodes()
    {
        var result = Cli.RunEn("--help");

        result.Output.Should().Contain("Exit codes: 0 success; 1 rule-set problems or failing cases; 2 a usage error");
    }

    [Fact]
    public void Score_HeadingWithAFormatThatHasNoPlaceForIt_IsAUsageError()
    {
        var result = Cli.Run("score", "--format", "csv", "--heading", "UBND tỉnh Thái Nguyên");

        (result.ExitCode, result.Error.Trim()).Should().Be((2, "--heading chỉ dùng với --format html."));
    }
}

namespace ParIndex.Rules;

/// <summary>The colour each status is shown in, the same in every output a person opens (the workbook, the HTML report).</summary>
/// <remarks>The light fills a spreadsheet's own conditional formats use, so black text stays readable on each and in print.</remarks>
public static class StatusColours
{
    /// <summary>A status's fill colour as six hex digits, red, green, blue (<c>C6EFCE</c> for <c>pass</c>).</summary>
    /// <param name="status">The status.</param>
    /// <returns>The colour; <c>missing_data</c> and <c>invalid_data</c> share one, both asking for the figures to be checked.</returns>
    public static string Of(CriterionStatus status) => status switch
    {
        CriterionStatus.Pass => "C6EFCE",
        CriterionStatus.Fail => "FFC7CE",
        CriterionStatus.NotApplicable => "DDEBF7",
        _ => "FFEB9C",
    };
}

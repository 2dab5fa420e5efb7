using System.Globalization;

namespace ParIndex.Rules.Cli.Reports;

/// <summary>Deductions turned into the annex's "Phân công nhiệm vụ": per unit, grouped by lead unit, the biggest recovery first.</summary>
internal static class PlanReport
{
    public static void Write(IReadOnlyList<Scorecard> cards, DateOnly? asOf, TextWriter output, bool english, Func<Scorecard, GoalSeekResult?>? goalSeek = null)
    {
        foreach (var card in cards)
        {
            var seek = goalSeek?.Invoke(card);
            var items = card.Criteria.Where(c => c.Deduction > 0).ToList();
            output.WriteLine(Messages.Tell("cli.points-to-recover", Text.Lang(english), Text.Visible(card.UnitName), Text.Visible(card.UnitId), Text.Number(card.Total, english), Text.Number(card.Deduction, english)));
            if (seek is not null)
            {
                foreach (var line in Text.Wrap(Goal(seek, english), 100, "   "))
                {
                    output.WriteLine(line);
                }
            }

            if (items.Count == 0)
            {
                output.WriteLine(Messages.Tell("cli.nothing-to-do", Text.Lang(english)));
            }

            var groups = items.GroupBy(c => c.LeadIn(Text.Lang(english)), StringComparer.Ordinal)
                .OrderByDescending(g => g.Sum(c => c.Deduction))
                .ThenBy(g => g.Key, StringComparer.Ordinal);
            foreach (var group in groups)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"   {Messages.Tell("cli.lead", Text.Lang(english))}: {group.Key} ({Messages.Tell("cli.recovers", Text.Lang(english))} {Text.Number(group.Sum(c => c.Deduction), english)})"));
                foreach (var item in group.OrderByDescending(c => c.Deduction).ThenBy(c => card.Criteria.ToList().IndexOf(c)))
                {
                    var overdue = asOf is { } date && item.Deadline.Date is { } deadline && deadline < date;
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"     +{Text.Number(item.Deduction, english),-5} {item.Id} {item.Title.In(Text.Lang(english))}"));
                    output.WriteLine($"            {Messages.Tell("cli.support", Text.Lang(english))}: {item.SupportIn(Text.Lang(english))}; {Messages.Tell("cli.deadline", Text.Lang(english))}: {item.Deadline.Text.In(Text.Lang(english))}{(overdue ? Messages.Tell("cli.overdue", Text.Lang(english)) : string.Empty)}");
                    foreach (var part in item.Parts)
                    {
                        if (ParIndex.Rules.Reports.UnitTexts.Recovery(part, Text.Lang(english)) is { } recovery)
                        {
                            output.WriteLine($"            {(part.Id is { } id ? $"({id}) " : string.Empty)}{recovery}");
                        }
                    }

                    if (item.Hint is { } hint)
                    {
                        foreach (var line in Text.Wrap(hint.In(Text.Lang(english)), 100, "            "))
                        {
                            output.WriteLine(line);
                        }
                    }
                }
            }

            output.WriteLine();
        }
    }

    /// <summary>The goal seek in one sentence: met already; the criteria to recover with the running total; or out of reach.</summary>
    public static string Goal(GoalSeekResult seek, bool english) => ParIndex.Rules.Reports.UnitTexts.Goal(seek, Text.Lang(english));
}

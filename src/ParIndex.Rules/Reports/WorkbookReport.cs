namespace ParIndex.Rules;

/// <summary>
/// A batch's results as a workbook an analyst opens in Excel or LibreOffice: the ranking, the criteria × units
/// points with the status shown by the cell's colour, the areas' percentages, the measured values, and every hint
/// with its lead, support and deadline. Headers are frozen, columns sized, numbers stored as numbers (rates as
/// fractions shown as percentages), so the spreadsheet shows them in its own locale's way.
/// </summary>
/// <remarks>Written with the Open XML SDK's streaming writer, row by row: a province's thousands of units take seconds. Stateless and thread-safe.</remarks>
public static class WorkbookReport
{
    /// <summary>Writes the workbook.</summary>
    /// <param name="output">Where to write the .xlsx; left open.</param>
    /// <param name="batch">The scored batch (<see cref="Scorer.ScoreBatch"/>): its units by rank, compared with last period when it was.</param>
    /// <param name="language">The language of headers, statuses and hints.</param>
    /// <returns>
    /// The cells whose text was changed to fit a workbook, each a warning naming the sheet (as the source), the row, the
    /// column and the unit: text over Excel's 32,767 characters cut with a visible mark, and characters XML cannot hold
    /// (control characters, U+FFFE, U+FFFF) left out. Empty when every cell holds its text whole.
    /// </returns>
    public static IReadOnlyList<InputProblem> Write(Stream output, ScoredBatch batch, Language language = Language.Vi)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(batch);
        return WorkbookWriter.Write(output, sheets =>
        {
            Ranking(sheets, batch, language);
            Criteria(sheets, batch, language);
            Areas(sheets, batch, language);
            Values(sheets, batch, language);
            Hints(sheets, batch, language);
            Assessment(sheets, batch, language);
        });
    }

    private static string Say(Language language, string key) => Messages.Tell(key, language);

    /// <summary>1. The ranking, with the rank in type when units have types and Δ against last period when compared.</summary>
    private static void Ranking(WorkbookWriter sheets, ScoredBatch batch, Language language)
    {
        var types = batch.Ranking.Any(r => r.Card.UnitType is not null);
        var compared = batch.HasPrevious;
        string[] header =
        [
            Say(language, "reports.rank"), .. types ? [Say(language, "reports.rank-in-type"), Say(language, "reports.type")] : Array.Empty<string>(),
            Say(language, "reports.id"), Say(language, "reports.unit"), Say(language, "reports.total"), Say(language, "reports.class"), "SIPAS",
            Say(language, "reports.targets-met"),
            .. compared ? [Say(language, "reports.points"), Say(language, "reports.rank-2")] : Array.Empty<string>(),
            Say(language, "reports.largest-deductions"),
        ];
        double[] widths = [8, .. types ? [10, 10] : Array.Empty<double>(), 16, 26, 11, 12, 9, 12, .. compared ? [10, 9] : Array.Empty<double>(), 60];
        sheets.Add(Say(language, "reports.ranking"), [header], widths, rows =>
        {
            foreach (var row in batch.Ranking)
            {
                var card = row.Card;
                rows.Row(cells =>
                {
                    cells.Number(row.Rank, WorkbookWriter.StyleWhole);
                    if (types)
                    {
                        cells.Number(row.RankInType, WorkbookWriter.StyleWhole);
                        cells.Text(card.UnitType is { } type ? batch.RuleSet.TypeTitle(type, language) : null);
                    }

                    cells.Text(card.UnitId);
                    cells.Text(card.UnitName);
                    cells.Number(card.Total, WorkbookWriter.StyleDecimal2);
                    cells.Text(card.Classification);
                    cells.Number(card.Sipas is { } s ? s / 100m : null, WorkbookWriter.StylePercent);
                    cells.Text(Texts.YesNo(card.MeetsTargets, language));
                    if (compared && row.Predecessors is not null)
                    {
                        // Formed by a merger: no Δ against any one former unit (a whole commune against a part of it).
                        cells.Text(Say(language, "reports.merged"));
                        cells.Text(null);
                    }
                    else if (compared)
                    {
                        cells.Number(row.DeltaPoints, WorkbookWriter.StyleDecimal2);
                        cells.Number(row.DeltaRank, WorkbookWriter.StyleWhole);
                    }

                    cells.Text(string.Join(" · ", card.Criteria.Where(c => c.Deduction > 0).OrderByDescending(c => c.Deduction).Take(3)
                        .Select(c => $"{c.Id} −{Texts.Number(c.Deduction, language)}")));
                }, row.Card.UnitId);
            }
        });
    }

    /// <summary>2. Criteria × units: points, the status in the cell's colour.</summary>
    private static void Criteria(WorkbookWriter sheets, ScoredBatch batch, Language language)
    {
        var criteria = batch.RuleSet.Criteria;
        string[] header = [Say(language, "reports.id"), Say(language, "reports.unit"), .. criteria.Select(c => c.Id)];
        string[] titles = [string.Empty, string.Empty, .. criteria.Select(c => $"{c.Title.In(language)} ({Texts.Number(c.MaxPoints, language)} {Say(language, "reports.points-2")})")];
        sheets.Add(Say(language, "reports.criteria"), [header, titles], [16, 26, .. criteria.Select(_ => 14.0)], rows =>
        {
            foreach (var row in batch.Ranking)
            {
                rows.Row(cells =>
                {
                    cells.Text(row.Card.UnitId);
                    cells.Text(row.Card.UnitName);
                    foreach (var criterion in row.Card.Criteria)
                    {
                        cells.Number(criterion.Points, criterion.Status switch
                        {
                            CriterionStatus.Pass => WorkbookWriter.StylePass,
                            CriterionStatus.Fail => WorkbookWriter.StyleFail,
                            CriterionStatus.NotApplicable => WorkbookWriter.StyleNotApplicable,
                            _ => WorkbookWriter.StyleNoData,
                        });
                    }
                }, row.Card.UnitId);
            }
        });
    }

    /// <summary>3. Areas as a percentage of what applies.</summary>
    private static void Areas(WorkbookWriter sheets, ScoredBatch batch, Language language)
    {
        var areas = batch.RuleSet.Areas;
        string[] header = [Say(language, "reports.id"), Say(language, "reports.unit"), .. areas.Select(a => $"{a.Id}. {a.Title.In(language)}")];
        sheets.Add(Say(language, "reports.areas"), [header], [16, 26, .. areas.Select(_ => 14.0)], rows =>
        {
            foreach (var row in batch.Ranking)
            {
                rows.Row(cells =>
                {
                    cells.Text(row.Card.UnitId);
                    cells.Text(row.Card.UnitName);
                    foreach (var area in row.Card.Areas)
                    {
                        cells.Number(area.Percent is { } p ? p / 100m : null, WorkbookWriter.StylePercent);
                    }
                }, row.Card.UnitId);
            }
        });
    }

    /// <summary>4. The measured values, one column per part: rates as percentages, counts as numbers.</summary>
    private static void Values(WorkbookWriter sheets, ScoredBatch batch, Language language)
    {
        var criteria = batch.RuleSet.Criteria;
        var parts = criteria.SelectMany((c, position) => c.Parts.Select((p, i) => (Position: position, Part: p, Index: i,
            Title: c.Parts.Count > 1 ? $"{c.Id} ({p.Id})" : c.Id))).ToList();
        string[] header = [Say(language, "reports.id"), Say(language, "reports.unit"), .. parts.Select(p => p.Title)];
        sheets.Add(Say(language, "reports.values"), [header], [16, 26, .. parts.Select(_ => 10.0)], rows =>
        {
            foreach (var row in batch.Ranking)
            {
                rows.Row(cells =>
                {
                    cells.Text(row.Card.UnitId);
                    cells.Text(row.Card.UnitName);
                    foreach (var (position, part, index, _) in parts)
                    {
                        var value = row.Card.Criteria[position].Parts[index].Value;
                        var rate = part.Value.Kind == ValueKind.Rate;
                        // Counts and amounts grouped and whole (1.262.859.150), a rate as a percentage with 2 decimals.
                        cells.Number(value is { } v ? (rate ? v / 100m : v) : null,
                            rate ? WorkbookWriter.StylePercent : value is { } w && w != decimal.Truncate(w) ? WorkbookWriter.StyleGrouped2 : WorkbookWriter.StyleGrouped);
                    }
                }, row.Card.UnitId);
            }
        });
    }

    /// <summary>5. What to do: every criterion short of full points, with its hint, lead, support and deadline.</summary>
    private static void Hints(WorkbookWriter sheets, ScoredBatch batch, Language language)
    {
        string[] header =
        [
            Say(language, "reports.id"), Say(language, "reports.unit"), Say(language, "reports.criterion"), Say(language, "reports.status"),
            Say(language, "reports.points-3"), Say(language, "reports.deduction"), Say(language, "reports.hint"), Say(language, "reports.lead"),
            Say(language, "reports.support"), Say(language, "reports.deadline"),
        ];
        sheets.Add(Say(language, "reports.hints"), [header], [16, 26, 9, 14, 8, 9, 90, 28, 28, 22], rows =>
        {
            foreach (var row in batch.Ranking)
            {
                foreach (var criterion in row.Card.Criteria.Where(c => c.Hint is not null))
                {
                    rows.Row(cells =>
                    {
                        cells.Text(row.Card.UnitId);
                        cells.Text(row.Card.UnitName);
                        cells.Text(criterion.Id);
                        cells.Text(Texts.Status(criterion.Status, language));
                        cells.Number(criterion.Points, WorkbookWriter.StyleDecimal2);
                        cells.Number(criterion.Deduction, WorkbookWriter.StyleDecimal2);
                        cells.Text(criterion.Hint!.In(language), WorkbookWriter.StyleWrapped);
                        cells.Text(criterion.LeadIn(language));
                        cells.Text(criterion.SupportIn(language));
                        cells.Text(criterion.Deadline.Text.In(language));
                    }, row.Card.UnitId);
                }
            }
        });
    }

    /// <summary>
    /// 6. Claims and appraisal, when the batch has any: a row per unit and criterion claimed or appraised, what the
    /// figures give, the claim with its evidence and explanation, every appraisal round with its reason, and the final
    /// points beside them.
    /// </summary>
    private static void Assessment(WorkbookWriter sheets, ScoredBatch batch, Language language)
    {
        if (!batch.Ranking.Any(r => r.Card.Criteria.Any(c => c.Claim is not null || c.Appraisal.Count > 0)))
        {
            return;
        }

        string[] header =
        [
            Say(language, "reports.id"), Say(language, "reports.unit"), Say(language, "reports.criterion"),
            Say(language, "reports.from-the-figures"), Say(language, "reports.claimed"),
            Say(language, "reports.evidence"), Say(language, "reports.explanation"),
            Say(language, "reports.appraised"), Say(language, "reports.appraisal-rounds"),
            Say(language, "reports.final-points"), Say(language, "reports.claimed-final"),
        ];
        sheets.Add(Say(language, "reports.claims-appraisal"), [header], [16, 26, 9, 11, 11, 40, 40, 11, 60, 11, 11], rows =>
        {
            foreach (var row in batch.Ranking)
            {
                foreach (var criterion in row.Card.Criteria.Where(c => c.Claim is not null || c.Appraisal.Count > 0))
                {
                    rows.Row(cells =>
                    {
                        cells.Text(row.Card.UnitId);
                        cells.Text(row.Card.UnitName);
                        cells.Text(criterion.Id);
                        cells.Number(criterion.ComputedPoints, WorkbookWriter.StyleDecimal2);
                        cells.Number(criterion.Claim?.Points, WorkbookWriter.StyleDecimal2);
                        cells.Text(criterion.Claim is { } claim ? string.Join("; ", claim.Evidence.Select(e => e.Date is { } d ? $"{e.Document} ({d.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)})" : e.Document)) : null, WorkbookWriter.StyleWrapped);
                        cells.Text(criterion.Claim?.Explanation, WorkbookWriter.StyleWrapped);
                        cells.Number(criterion.AppraisedPoints, WorkbookWriter.StyleDecimal2);
                        cells.Text(string.Join("\n", criterion.Appraisal.Select(r =>
                            $"{Say(language, "reports.round")} {r.Round}: {Texts.Number(r.Points, language)} {Say(language, "reports.points-2")}, {r.Reason}" + (r.By is null ? string.Empty : $" ({r.By})"))), WorkbookWriter.StyleWrapped);
                        cells.Number(criterion.Points, WorkbookWriter.StyleDecimal2);
                        cells.Number(criterion.Discrepancy, WorkbookWriter.StyleDecimal2);
                    }, row.Card.UnitId);
                }
            }
        });
    }
}

using Newtonsoft.Json.Linq;

namespace ParIndex.Rules;

/// <summary>The criteria sheet (a row per band) and the cases sheet (a row per figure) back into criteria files.</summary>
internal sealed partial class RuleWorkbookReader
{
    /// <summary>The criteria, by area in the order the areas first appear, each with its cases.</summary>
    private List<(string Area, JArray Criteria)> CriteriaByArea(List<SheetRow> rows, List<SheetRow> caseRows)
    {
        var byArea = new List<(string Area, JArray Criteria)>();
        var byId = new Dictionary<string, JObject>(StringComparer.Ordinal);
        JObject? criterion = null;
        JObject? part = null;
        foreach (var row in rows)
        {
            if (row.Has(RuleWorkbook.Criterion))
            {
                criterion = Criterion(row);
                part = null;
                var area = Convert.ToString(row.Cells.GetValueOrDefault(RuleWorkbook.Area).Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
                if (area.Length == 0)
                {
                    Problem(row.Sheet, row.Line, 1, Messages.Say("rules.criterion-names-no-area"));
                }

                var list = byArea.FirstOrDefault(a => a.Area == area).Criteria;
                if (list is null)
                {
                    byArea.Add((area, list = []));
                }

                list.Add(criterion);
                if (criterion["id"] is JValue { Value: string id })
                {
                    byId.TryAdd(id, criterion);
                }
            }
            else
            {
                Stray(row, RuleWorkbook.CriterionColumns, RuleWorkbook.Criterion, "rules.stray-criterion-value");
            }

            if (row.Has(RuleWorkbook.PartPoints))
            {
                part = criterion is null ? null : Part(row);
                if (criterion is null)
                {
                    Problem(row.Sheet, row.Line, row.Cells[RuleWorkbook.PartPoints].Column, Messages.Say("rules.the-part-belongs-to-no-criterion"));
                }
                else
                {
                    ((JArray)(criterion["parts"] ??= new JArray())).Add(part!);
                }
            }
            else
            {
                Stray(row, [.. RuleWorkbook.PartColumns, .. RuleWorkbook.HintColumns], RuleWorkbook.PartPoints, "rules.stray-part-value");
            }

            if (RuleWorkbook.BandColumns.Any(row.Has))
            {
                Band(row, part);
            }
        }

        Cases(caseRows, byId);
        return byArea;
    }

    private JObject Criterion(SheetRow row)
    {
        var judged = row.Cells.TryGetValue(RuleWorkbook.Judged, out var mark) && (mark.Value is true || (mark.Value is string word && ParIndex.Rules.Texts.ReadYesNo(word.Trim(), marks: true) == true));
        var criterion = Obj(row,
            ("id", Text(row, RuleWorkbook.Criterion)),
            ("title", Texts(row, RuleWorkbook.Title, RuleWorkbook.TitleEn)),
            ("requirement", Texts(row, RuleWorkbook.Requirement, RuleWorkbook.RequirementEn)),
            ("lead", Text(row, RuleWorkbook.Lead)),
            ("support", Text(row, RuleWorkbook.Support)),
            ("deadline", Obj(row, ("date", Cell(row, RuleWorkbook.DeadlineDate, CellKind.Date)), ("text", Texts(row, RuleWorkbook.Deadline, RuleWorkbook.DeadlineEn)))),
            ("maxPoints", Cell(row, RuleWorkbook.MaxPoints, CellKind.Number)),
            ("appliesTo", List(row, RuleWorkbook.AppliesTo)));
        if (judged)
        {
            criterion["judged"] = Obj(row, ("step", Cell(row, RuleWorkbook.Step, CellKind.Number)));
        }
        else if (mark.Value is not null and not false && !(mark.Value is string no && ParIndex.Rules.Texts.ReadYesNo(no.Trim(), marks: true) == false))
        {
            Problem(row.Sheet, row.Line, mark.Column, Messages.Say("rules.judged-mark-not-yes-no", mark.Value));
        }
        else if (row.Has(RuleWorkbook.Step))
        {
            Problem(row.Sheet, row.Line, row.Cells[RuleWorkbook.Step].Column, Messages.Say("rules.step-without-judged"));
        }

        return criterion;
    }

    private JObject Part(SheetRow row)
    {
        var kind = Convert.ToString(row.Cells.GetValueOrDefault(RuleWorkbook.ValueKind).Value, System.Globalization.CultureInfo.InvariantCulture);
        var (first, second) = (Text(row, RuleWorkbook.Input), Text(row, RuleWorkbook.SecondInput));
        JToken? value = kind switch
        {
            RuleWorkbook.OfIndicator when second is null => Obj(row, ("indicator", first)),
            RuleWorkbook.OfRate => Obj(row, ("rate", Obj(row, ("numerator", first), ("denominator", second)))),
            RuleWorkbook.OfDifference => Obj(row, ("difference", Obj(row, ("total", first), ("subtract", second)))),
            _ => null,
        };
        if (value is null)
        {
            var column = row.Cells.TryGetValue(RuleWorkbook.ValueKind, out var cell) ? cell.Column : 1;
            Problem(row.Sheet, row.Line, column, Messages.Say("rules.is-not-how-a-value-is", kind, RuleWorkbook.OfIndicator, RuleWorkbook.OfRate, RuleWorkbook.OfDifference));
        }

        return Obj(row,
            ("id", Text(row, RuleWorkbook.PartId)),
            ("label", row.Has(RuleWorkbook.Label) || row.Has(RuleWorkbook.LabelEn) ? Texts(row, RuleWorkbook.Label, RuleWorkbook.LabelEn) : null),
            ("maxPoints", Cell(row, RuleWorkbook.PartPoints, CellKind.Number)),
            ("value", value),
            ("requirement", Obj(row, ("op", Text(row, RuleWorkbook.Op)), ("threshold", Cell(row, RuleWorkbook.Threshold, CellKind.Figure)))),
            ("scale", Obj(row, ("type", Text(row, RuleWorkbook.Scale)), ("threshold", Cell(row, RuleWorkbook.ScaleThreshold, CellKind.Number)),
                ("zeroBelow", Cell(row, RuleWorkbook.ZeroBelow, CellKind.Number)), ("pointsPerEvent", Cell(row, RuleWorkbook.PointsPerEvent, CellKind.Number)))),
            ("zeroDenominator", Text(row, RuleWorkbook.ZeroDenominator)),
            ("hint", Texts(row, RuleWorkbook.Hint, RuleWorkbook.HintEn)));
    }

    private void Band(SheetRow row, JObject? part)
    {
        if (part?["scale"] is not JObject scale)
        {
            Problem(row.Sheet, row.Line, row.Cells.Values.Min(c => c.Column), Messages.Say("rules.the-band-belongs-to-no-part"));
            return;
        }

        ((JArray)(scale["bands"] ??= Mark(new JArray(), row, row.Cells[RuleWorkbook.BandMin].Column))).Add(Obj(row,
            ("min", Cell(row, RuleWorkbook.BandMin, CellKind.Number)), ("points", Cell(row, RuleWorkbook.BandPoints, CellKind.Number))));
    }

    /// <summary>Each case to its criterion; a case for a criterion the sheet does not have, or a figure given twice, is a problem.</summary>
    private void Cases(List<SheetRow> rows, Dictionary<string, JObject> criteria)
    {
        foreach (var criterion in criteria.Values)
        {
            criterion["cases"] = new JArray();
        }

        JObject? ruleCase = null;
        foreach (var row in rows)
        {
            if (row.Has(RuleWorkbook.CaseName))
            {
                var id = Convert.ToString(row.Cells.GetValueOrDefault(RuleWorkbook.Criterion).Value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
                ruleCase = Obj(row, ("name", Text(row, RuleWorkbook.CaseName)), ("given", Mark(new JObject(), row, row.Cells[RuleWorkbook.CaseName].Column)),
                    ("type", Text(row, RuleWorkbook.CaseType)), ("claim", Cell(row, RuleWorkbook.Claim, CellKind.Number)), ("appraisal", Cell(row, RuleWorkbook.Appraisal, CellKind.Number)),
                    ("expect", Obj(row, ("status", Text(row, RuleWorkbook.Status)), ("points", Cell(row, RuleWorkbook.Points, CellKind.Number)))));
                if (criteria.TryGetValue(id, out var criterion))
                {
                    ((JArray)criterion["cases"]!).Add(ruleCase);
                }
                else
                {
                    Problem(row.Sheet, row.Line, row.Cells.TryGetValue(RuleWorkbook.Criterion, out var cell) ? cell.Column : 1, Messages.Say("rules.the-case-is-for-which-is", id, RuleWorkbook.Criteria, DidYouMean.Said(id, criteria.Keys)));
                }
            }
            else
            {
                Stray(row, RuleWorkbook.CaseColumns.Except([RuleWorkbook.Input, RuleWorkbook.Given]), RuleWorkbook.CaseName, "rules.stray-case-value");
            }

            if (row.Has(RuleWorkbook.Input) || row.Has(RuleWorkbook.Given))
            {
                Figure(row, ruleCase?["given"] as JObject);
            }
        }
    }

    private void Figure(SheetRow row, JObject? given)
    {
        var column = row.Cells.Values.Where(c => c.Column > 0).Min(c => c.Column);
        var key = Convert.ToString(row.Cells.GetValueOrDefault(RuleWorkbook.Input).Value, System.Globalization.CultureInfo.InvariantCulture);
        if (given is null)
        {
            Problem(row.Sheet, row.Line, column, Messages.Say("rules.the-figure-belongs-to-no-case"));
        }
        else if (key is null || !row.Has(RuleWorkbook.Given))
        {
            Problem(row.Sheet, row.Line, column, Messages.Say("rules.a-case-s-figure-needs-both", RuleWorkbook.Input, RuleWorkbook.Given));
        }
        else if (given.ContainsKey(key))
        {
            Problem(row.Sheet, row.Line, row.Cells[RuleWorkbook.Input].Column, Messages.Say("rules.the-case-gives-twice-keep-one", key));
        }
        else
        {
            given[key] = Cell(row, RuleWorkbook.Given, CellKind.Figure);
        }
    }

    /// <summary>Values of an item on a row that does not start one: they would belong to nothing, so each is a problem.</summary>
    private void Stray(SheetRow row, IEnumerable<string> columns, string starter, string message)
    {
        foreach (var column in columns.Where(row.Has))
        {
            Problem(row.Sheet, row.Line, row.Cells[column].Column, Messages.Say(message, column, starter));
        }
    }
}

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
                    Problem(row.Sheet, row.Line, 1, "the criterion names no area; give the area's id (as on the sheet Lĩnh vực).",
                        "tiêu chí không ghi lĩnh vực; hãy ghi mã lĩnh vực (như ở trang Lĩnh vực).");
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
                Stray(row, RuleWorkbook.CriterionColumns, RuleWorkbook.Criterion, "a criterion", "tiêu chí");
            }

            if (row.Has(RuleWorkbook.PartPoints))
            {
                part = criterion is null ? null : Part(row);
                if (criterion is null)
                {
                    Problem(row.Sheet, row.Line, row.Cells[RuleWorkbook.PartPoints].Column, "the part belongs to no criterion: no row above gives a criterion's id.",
                        "phần này không thuộc tiêu chí nào: không dòng nào phía trên ghi mã tiêu chí.");
                }
                else
                {
                    ((JArray)(criterion["parts"] ??= new JArray())).Add(part!);
                }
            }
            else
            {
                Stray(row, [.. RuleWorkbook.PartColumns, .. RuleWorkbook.HintColumns], RuleWorkbook.PartPoints, "a part", "phần");
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
            Problem(row.Sheet, row.Line, mark.Column, $"'{mark.Value}' is neither yes nor no; write 'có' for a criterion the council judges, or leave the cell empty.",
                $"'{mark.Value}' không phải có hay không; hãy ghi 'có' cho tiêu chí do hội đồng chấm, hoặc để trống.");
        }
        else if (row.Has(RuleWorkbook.Step))
        {
            Problem(row.Sheet, row.Line, row.Cells[RuleWorkbook.Step].Column, "a step is given for a criterion that is not judged; mark it judged ('có') or clear the step.",
                "bước điểm chỉ dành cho tiêu chí do hội đồng chấm; hãy ghi 'có' ở cột Chấm theo đánh giá hoặc xóa bước điểm.");
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
            Problem(row.Sheet, row.Line, column,
                $"'{kind}' is not how a value is worked out; write {RuleWorkbook.OfIndicator} (one indicator), {RuleWorkbook.OfRate} (the first over the second, as %) or {RuleWorkbook.OfDifference} (the first less the second); an indicator value has no second indicator.",
                $"'{kind}' không phải cách tính giá trị; hãy ghi {RuleWorkbook.OfIndicator} (một chỉ tiêu), {RuleWorkbook.OfRate} (chỉ tiêu thứ nhất trên chỉ tiêu thứ hai, tính %) hoặc {RuleWorkbook.OfDifference} (chỉ tiêu thứ nhất trừ chỉ tiêu thứ hai); cách tính theo một chỉ tiêu không có chỉ tiêu thứ hai.");
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
            Problem(row.Sheet, row.Line, row.Cells.Values.Min(c => c.Column), "the band belongs to no part: no row above gives a part's points.",
                "mức này không thuộc phần nào: không dòng nào phía trên ghi điểm của phần.");
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
                    Problem(row.Sheet, row.Line, row.Cells.TryGetValue(RuleWorkbook.Criterion, out var cell) ? cell.Column : 1,
                        $"the case is for '{id}', which is not a criterion on the sheet {RuleWorkbook.Criteria}; give the criterion's id." + DidYouMean.Suffix(id, criteria.Keys),
                        $"tình huống dành cho '{id}', không phải tiêu chí ở trang {RuleWorkbook.Criteria}; hãy ghi mã tiêu chí." + DidYouMean.SuffixVi(id, criteria.Keys));
                }
            }
            else
            {
                Stray(row, RuleWorkbook.CaseColumns.Except([RuleWorkbook.Input, RuleWorkbook.Given]), RuleWorkbook.CaseName, "a case", "tình huống");
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
            Problem(row.Sheet, row.Line, column, "the figure belongs to no case: no row above gives a case's name.", "số liệu này không thuộc tình huống nào: không dòng nào phía trên ghi tên tình huống.");
        }
        else if (key is null || !row.Has(RuleWorkbook.Given))
        {
            Problem(row.Sheet, row.Line, column, $"a case's figure needs both '{RuleWorkbook.Input}' and '{RuleWorkbook.Given}'; a figure the case does not report is left out, not written empty.",
                $"số liệu của tình huống cần cả '{RuleWorkbook.Input}' và '{RuleWorkbook.Given}'; số liệu không báo cáo thì bỏ dòng, không để trống.");
        }
        else if (given.ContainsKey(key))
        {
            Problem(row.Sheet, row.Line, row.Cells[RuleWorkbook.Input].Column, $"the case gives '{key}' twice; keep one.", $"tình huống ghi '{key}' hai lần; hãy giữ một.");
        }
        else
        {
            given[key] = Cell(row, RuleWorkbook.Given, CellKind.Figure);
        }
    }

    /// <summary>Values of an item on a row that does not start one: they would belong to nothing, so each is a problem.</summary>
    private void Stray(SheetRow row, IEnumerable<string> columns, string starter, string what, string vi)
    {
        foreach (var column in columns.Where(row.Has))
        {
            Problem(row.Sheet, row.Line, row.Cells[column].Column,
                $"'{column}' is given on a row that starts no {what[2..]} (its column '{starter}' is empty), so it belongs to nothing; move it to the row that starts {what}, or clear it.",
                $"'{column}' được ghi ở dòng không mở đầu {vi} nào (cột '{starter}' trống) nên không thuộc về đâu; hãy chuyển lên dòng mở đầu {vi}, hoặc xóa ô.");
        }
    }
}

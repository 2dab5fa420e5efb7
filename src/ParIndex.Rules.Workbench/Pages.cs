using System.Globalization;
using ParIndex.Rules.Store;

namespace ParIndex.Rules.Workbench;

/// <summary>The workbench's pages, each written from the season the library scored: never a second copy of the rules.</summary>
internal static class Pages
{
    public static void Home(Html h, Season? season, IReadOnlyList<string> ruleSets, string token)
    {
        if (season is not null)
        {
            var types = season.Scored.Units.GroupBy(u => u.Card.UnitType ?? "—").Select(g => $"{Html.E(season.RuleSet.TypeTitle(g.Key, h.Language))}: {g.Count()}");
            h.Add($"<p class=\"done\" data-read=\"{season.Scored.Units.Count}\">{Html.E(h.Say("Đã đọc", "Read"))} {season.Scored.Units.Count} {Html.E(h.Say("đơn vị", "units"))} ({string.Join(", ", types)}) "
                + $"{Html.E(h.Say("từ", "from"))} {Html.E(string.Join(", ", season.Files))}, {Html.E(h.Say("chấm theo", "scored under"))} {Html.E(season.RuleSet.Id)} {Html.E(season.RuleSet.Version)}. "
                + $"<a href=\"/problems\">{season.Problems.Count} {Html.E(h.Say("lỗi đầu vào", "input problems"))}</a> · <a href=\"/ranking\">{Html.E(h.Say("xem xếp hạng", "see the ranking"))}</a></p>");
            Tables(h, season.Batch.Tables);
            h.Add($"<p>{Html.E(h.Say("Tải về", "Download"))}: <a href=\"/download/ket-qua.xlsx\">{Html.E(h.Say("bảng tính", "workbook"))}</a> · "
                + $"<a href=\"/download/bao-cao.html\">{Html.E(h.Say("báo cáo in", "printable report"))}</a> · <a href=\"/download/ke-hoach.zip\">{Html.E(h.Say("kế hoạch của từng xã (zip)", "each commune's plan (zip)"))}</a> · "
                + $"<a href=\"/download/loi-dau-vao.csv\">{Html.E(h.Say("lỗi đầu vào", "input problems"))}</a></p>");
            var others = string.Concat(ruleSets.Select(r => $"<option>{Html.E(r)}</option>"));
            h.Add($"<form method=\"get\" action=\"/download/so-sanh.html\"><label>{Html.E(h.Say("So với bộ quy tắc khác: những gì thay đổi và đơn vị nào đổi hạng", "Against another rule set: what changes and which units move"))}"
                + $"<select name=\"against\">{others}</select></label><button type=\"submit\">{Html.E(h.Say("Tải so sánh", "Download the comparison"))}</button></form>");
        }

        var options = string.Concat(ruleSets.Select(r => $"<option>{Html.E(r)}</option>"));
        h.Add($"""
            <h2>{Html.E(h.Say("Đưa mùa đánh giá vào", "Bring the season in"))}</h2>
            <form method="post" action="/season" enctype="multipart/form-data">
            {token}
            <label>{Html.E(h.Say("Số liệu (.xlsx, .csv, .json; chọn được nhiều tệp)", "Figures (.xlsx, .csv, .json; several files at once)"))}<input type="file" name="figures" multiple required accept=".xlsx,.csv,.json"></label>
            <label>{Html.E(h.Say("Tự chấm (tùy chọn)", "Self-assessment (optional)"))}<input type="file" name="claims" accept=".xlsx,.csv,.json"></label>
            <label>{Html.E(h.Say("Thẩm định (tùy chọn)", "Appraisal (optional)"))}<input type="file" name="appraisal" accept=".xlsx,.csv,.json"></label>
            <label>{Html.E(h.Say("Kết quả năm trước (tùy chọn)", "Last year's results (optional)"))}<input type="file" name="previous" accept=".xlsx,.csv,.json"></label>
            <label>{Html.E(h.Say("Bộ quy tắc", "Rule set"))}<select name="rules">{options}</select></label>
            <label>{Html.E(h.Say("Ngày chấm (cuối kỳ đánh giá; cần khi chọn thư mục nhiều bộ có ngày hiệu lực)", "The day scored for (the end of the period; needed for a folder of dated rule sets)"))}<input type="date" name="asof"></label>
            <button type="submit">{Html.E(h.Say("Đọc và chấm", "Read and score"))}</button>
            </form>
            """);
    }

    /// <summary>What each table was read as: the header row found, each column's field, the columns ignored; what an analyst checks when a figure is missing.</summary>
    private static void Tables(Html h, IReadOnlyList<TableRead> tables)
    {
        if (tables.Count == 0)
        {
            return;
        }

        h.Add($"<table id=\"tables\"><caption>{Html.E(h.Say("Các cột đã đọc", "Columns read"))}</caption><thead><tr><th>{Html.E(h.Say("Tệp", "File"))}</th><th>{Html.E(h.Say("Dòng tiêu đề", "Header row"))}</th>"
            + $"<th>{Html.E(h.Say("Số dòng", "Rows"))}</th><th>{Html.E(h.Say("Cột → trường", "Column → field"))}</th><th>{Html.E(h.Say("Cột bỏ qua", "Columns ignored"))}</th></tr></thead><tbody>");
        foreach (var t in tables)
        {
            // A heading that is its field's own key says itself once; one matched by a title or a map shows both.
            var matched = t.Columns.Where(c => c.ReadAs is not null).ToList();
            var read = $"{matched.Count} {Html.E(h.Say("cột", "columns"))}: " + string.Join(", ", matched.Select(c => c.Heading == c.ReadAs
                ? $"<code>{Html.E(c.ReadAs)}</code>"
                : $"{Html.E(c.Heading)} → <code>{Html.E(c.ReadAs)}</code>"));
            var ignored = string.Join(", ", t.Ignored.Select(c => Html.E(c.Heading)));
            h.Add($"<tr><td>{Html.E(Path.GetFileName(t.Source))}{(t.Sheet is null ? string.Empty : $" [{Html.E(t.Sheet)}]")}</td><td class=\"n\">{t.HeaderLine}</td><td class=\"n\">{t.Rows}</td>"
                + $"<td>{read}</td><td{(ignored.Length > 0 ? " class=\"refused\"" : string.Empty)}>{(ignored.Length > 0 ? ignored : "—")}</td></tr>");
        }

        h.Add("</tbody></table>");
    }

    public static void Ranking(Html h, Season season, string? type, string? sort)
    {
        IEnumerable<RankedScorecard> units = season.Scored.Ranking;
        if (!string.IsNullOrEmpty(type))
        {
            units = units.Where(u => u.Card.UnitType == type);
        }

        units = sort switch
        {
            "name" => units.OrderBy(u => u.Card.UnitName, StringComparer.Create(CultureInfo.GetCultureInfo("vi-VN"), false)),
            "delta" => units.OrderByDescending(u => u.Previous is { } p ? u.Card.Total - p.Total : decimal.MinValue),
            _ => units,
        };
        var types = season.Scored.Units.Select(u => u.Card.UnitType).OfType<string>().Distinct().Order(StringComparer.Ordinal);
        h.Add("<p>" + Html.E(h.Say("Lọc theo loại", "Filter by type")) + ": <a href=\"/ranking\">" + Html.E(h.Say("tất cả", "all")) + "</a>"
            + string.Concat(types.Select(t => $" · <a href=\"/ranking?type={Uri.EscapeDataString(t)}\">{Html.E(season.RuleSet.TypeTitle(t, h.Language))}</a>")) + "</p>");
        var q = string.IsNullOrEmpty(type) ? string.Empty : "&type=" + Uri.EscapeDataString(type);
        h.Add($"<table id=\"ranking\"><thead><tr><th><a href=\"/ranking?sort=total{q}\">{Html.E(h.Say("Hạng", "Rank"))}</a></th><th>{Html.E(h.Say("Hạng trong loại", "Rank in type"))}</th>"
            + $"<th><a href=\"/ranking?sort=name{q}\">{Html.E(h.Say("Đơn vị", "Unit"))}</a></th><th>{Html.E(h.Say("Loại", "Type"))}</th><th>{Html.E(h.Say("Tổng điểm", "Total"))}</th>"
            + $"<th>{Html.E(h.Say("Xếp loại", "Class"))}</th><th><a href=\"/ranking?sort=delta{q}\">Δ</a></th><th>{Html.E(h.Say("Tự chấm", "Claimed"))}</th></tr></thead><tbody>");
        foreach (var u in units)
        {
            var delta = u.Previous is { } p ? Texts.PointsChange(u.Card.Total - p.Total, h.Language) : "—";
            h.Add($"<tr data-unit=\"{Html.E(u.Card.UnitId)}\"><td class=\"n\">{u.Rank}</td><td class=\"n\">{u.RankInType?.ToString(CultureInfo.InvariantCulture) ?? "—"}</td>"
                + $"<td><a href=\"/units/{Uri.EscapeDataString(u.Card.UnitId)}\">{Html.E(u.Card.UnitName)}</a></td><td>{Html.E(u.Card.UnitType is { } t ? season.RuleSet.TypeTitle(t, h.Language) : "—")}</td>"
                + $"<td class=\"n\" data-total=\"{u.Card.Total.ToString(CultureInfo.InvariantCulture)}\">{h.Number(u.Card.Total)}</td><td>{Html.E(u.Card.Classification)}</td>"
                + $"<td class=\"n\">{delta}</td><td class=\"n\">{h.Number(u.Card.ClaimedTotal)}</td></tr>");
        }

        h.Add("</tbody></table>");
    }

    public static void Problems(Html h, Season season, string? sort)
    {
        var problems = sort == "unit" ? season.Problems.OrderBy(p => p.UnitId, StringComparer.Ordinal).ToList() : season.Problems.ToList();
        h.Add($"<p><a href=\"/download/loi-dau-vao.csv\">{Html.E(h.Say("Tải bảng lỗi (CSV) để gửi các xã sửa", "Download the problems (CSV) for the communes to fix"))}</a></p>");
        if (problems.Count == 0)
        {
            h.Add($"<p class=\"done\">{Html.E(h.Say("Không có lỗi đầu vào.", "No input problems."))}</p>");
            return;
        }

        h.Add($"<table id=\"problems\"><thead><tr><th>{Html.E(h.Say("Tệp", "File"))}</th><th>{Html.E(h.Say("Ô", "Cell"))}</th><th><a href=\"/problems?sort=unit\">{Html.E(h.Say("Đơn vị", "Unit"))}</a></th>"
            + $"<th>{Html.E(h.Say("Trường", "Field"))}</th><th>{Html.E(h.Say("Lỗi", "Problem"))}</th></tr></thead><tbody>");
        foreach (var p in problems)
        {
            h.Add($"<tr><td>{Html.E(Path.GetFileName(p.Source))}{(p.Sheet is null ? string.Empty : $" [{Html.E(p.Sheet)}]")}</td><td>{p.Line},{p.Column}</td><td>{Html.E(p.UnitId)}</td>"
                + $"<td>{Html.E(p.Field)}</td><td>{Html.E(p.MessageIn(h.Language))}</td></tr>");
        }

        h.Add("</tbody></table>");
    }

    public static void History(Html h, IReadOnlyList<UnitHistoryEntry> history)
    {
        if (history.Count == 0)
        {
            return;
        }

        h.Add($"<h2>{Html.E(h.Say("Các lần chấm đã ghi", "Recorded runs"))}</h2><table id=\"history\"><thead><tr><th>{Html.E(h.Say("Lần", "Run"))}</th><th>{Html.E(h.Say("Thời điểm", "When"))}</th>"
            + $"<th>{Html.E(h.Say("Người ghi", "By"))}</th><th>{Html.E(h.Say("Tổng điểm", "Total"))}</th><th>{Html.E(h.Say("Hạng", "Rank"))}</th><th>{Html.E(h.Say("Bộ quy tắc", "Rule set"))}</th></tr></thead><tbody>");
        foreach (var e in history)
        {
            h.Add($"<tr><td class=\"n\">{e.Run.Run}</td><td>{e.Run.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}</td><td>{Html.E(e.Run.By)}</td>"
                + $"<td class=\"n\">{h.Number(e.Result.Total)}</td><td class=\"n\">{e.Result.Rank?.ToString(CultureInfo.InvariantCulture) ?? "—"}</td><td>{Html.E(e.Run.RuleSetId)} {Html.E(e.Run.RuleSetVersion)}</td></tr>");
        }

        h.Add("</tbody></table>");
    }
}

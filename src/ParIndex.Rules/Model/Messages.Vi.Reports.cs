namespace ParIndex.Rules;

// The reports messages in Vietnamese, by key, grouped by the file that tells them; the same keys in
// Messages.En.Reports.cs give the other language, with the same numbered arguments.
internal static partial class Messages
{
    private static (string Key, string Text)[] ViReports =>
    [
        // Reports/WorkbookWriter.cs
        ("reports.cell-text-cut", "văn bản của ô có {0} ký tự, vượt quá {1} ký tự một ô chứa được; đã bị cắt và kết thúc bằng '[cắt bớt / cut]', ở ô này và mọi ô lặp lại văn bản này. Kết quả JSON giữ nguyên văn bản."),
        ("reports.cell-characters-dropped", "{0} ký tự bảng tính không chứa được (ký tự điều khiển, U+FFFE, U+FFFF, nửa cặp surrogate) đã bị bỏ khỏi văn bản của ô, ở ô này và mọi ô lặp lại văn bản này."),

        // Reports/WorkbookReport.cs, Reports/InputTemplate.cs: the workbook's and the template's sheets and headings
        ("reports.rank", "Hạng"),
        ("reports.rank-in-type", "Hạng trong loại"),
        ("reports.type", "Loại"),
        ("reports.id", "Mã"),
        ("reports.unit", "Đơn vị"),
        ("reports.total", "Tổng điểm"),
        ("reports.class", "Xếp loại"),
        ("reports.targets-met", "Đạt mục tiêu"),
        ("reports.points", "Δ điểm"),
        ("reports.rank-2", "Δ hạng"),
        ("reports.largest-deductions", "Trừ điểm nhiều nhất"),
        ("reports.ranking", "Xếp hạng"),
        ("reports.merged", "gộp"),
        ("reports.points-2", "điểm"),
        ("reports.criteria", "Tiêu chí"),
        ("reports.areas", "Lĩnh vực"),
        ("reports.values", "Số liệu"),
        ("reports.criterion", "Tiêu chí"),
        ("reports.status", "Trạng thái"),
        ("reports.points-3", "Điểm"),
        ("reports.deduction", "Bị trừ"),
        ("reports.hint", "Gợi ý"),
        ("reports.lead", "Chủ trì"),
        ("reports.support", "Phối hợp"),
        ("reports.deadline", "Thời hạn"),
        ("reports.hints", "Gợi ý"),
        ("reports.from-the-figures", "Điểm theo số liệu"),
        ("reports.claimed", "Điểm tự chấm"),
        ("reports.evidence", "Tài liệu kiểm chứng"),
        ("reports.explanation", "Giải trình"),
        ("reports.appraised", "Điểm thẩm định"),
        ("reports.appraisal-rounds", "Các vòng thẩm định"),
        ("reports.final-points", "Điểm cuối cùng"),
        ("reports.claimed-final", "Tự chấm − cuối cùng"),
        ("reports.claims-appraisal", "Tự chấm, thẩm định"),
        ("reports.round", "Vòng"),
        ("reports.unit-type", "Loại đơn vị"),
        ("reports.unit-id", "Mã đơn vị"),
        ("reports.text-unique", "chữ, không trùng"),
        ("reports.unit-name", "Tên đơn vị"),
        ("reports.text", "chữ"),
        ("reports.count-whole-number", "số lượng (số nguyên)"),
        ("reports.amount-in-vnd", "số tiền (đồng)"),
        ("reports.one-row-per-unit-below-the", "Mỗi đơn vị một dòng, dưới dòng mã (dòng 2); giữ nguyên hai dòng đầu."),
        ("reports.an-empty-cell-is-a-figure", "Ô để trống là chưa báo cáo, không phải số 0 hay \"không\"."),
        ("reports.numbers-as-numbers-1234567-or-written", "Số nhập dạng số (1234567), hoặc viết 1.234.567 với dấu phẩy thập phân (98,5)."),
        ("reports.data", "Số liệu"),
        ("reports.instructions", "Hướng dẫn"),
        ("reports.how-to-fill-in", "Cách điền"),
        ("reports.key", "Mã"),
        ("reports.column", "Chỉ tiêu"),
        ("reports.value", "Giá trị"),
    ];
}

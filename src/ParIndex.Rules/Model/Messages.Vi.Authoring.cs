namespace ParIndex.Rules;

// The authoring messages in Vietnamese, by key, grouped by the file that tells them; the same keys in
// Messages.En.Authoring.cs give the other language, with the same numbered arguments.
internal static partial class Messages
{
    private static (string Key, string Text)[] ViAuthoring =>
    [
        // Authoring/RuleSetHost.cs
        ("authoring.criterion-has-no-case-a-rule", "tiêu chí {0} chưa có ca kiểm thử; bộ quy tắc chỉ được thay khi mọi tiêu chí đều được kiểm thử."),
        // Authoring/RuleSetSheets.cs
        ("authoring.text-reads-as-no-figure", "văn bản '{0}' sẽ được đọc lại thành không có số liệu"),
        ("authoring.text-reads-as-object-or-array", "văn bản '{0}' sẽ được đọc lại thành đối tượng hoặc mảng"),
        ("authoring.figure-with-content", "số liệu là đối tượng hoặc mảng có nội dung; chỉ ghi được {{}} và []"),
        ("authoring.list-item-unfit", "một mục của danh sách trống, có khoảng trắng ở đầu hoặc cuối, hoặc chứa dấu xuống dòng (ô ghi mỗi mục một dòng)"),
        ("authoring.characters-a-cell-cannot-hold", "ký tự bảng tính không chứa được (ký tự điều khiển)"),
        ("authoring.text-longer-than-a-cell", "văn bản dài hơn 32.767 ký tự một ô chứa được"),
        ("authoring.empty-text", "văn bản rỗng, ô không phân biệt được với không có văn bản"),
        ("authoring.field-without-column", "một trường bảng tính không có cột cho nó"),
        ("authoring.not-exported", "{0}: bảng tính không giữ được chính xác, nên bộ quy tắc không được xuất. Hãy sửa giá trị trong tệp quy tắc, hoặc giữ bộ quy tắc ở dạng tệp."),
        // Authoring/RuleCoverage.cs
        ("authoring.criterion-part", "{0} phần {1}"),
        ("authoring.part-without-case-value", "{0}: không ca nào cho phần này một giá trị để chấm"),
        ("authoring.band-without-case", "{0}: mức ≥ {1} ({2} điểm)"),
        ("authoring.below-bands-without-case", "{0}: dưới mọi mức (0 điểm)"),
        // Authoring/RuleCaseRunner.cs
        ("authoring.case-differs", "{0}: {1} \"{2}\": mong đợi {3} {4} điểm, thực tế {5} {6} điểm{7}"),
        ("authoring.case-hint", " (gợi ý: {0})"),

        // Authoring/RuleSetDiffWorkbook.cs: the diff workbook's sheets and headings
        ("authoring.criterion", "Tiêu chí"),
        ("authoring.change", "Thay đổi"),
        ("authoring.field", "Nội dung"),
        ("authoring.before", "Trước"),
        ("authoring.after", "Sau"),
        ("authoring.changes", "Thay đổi"),
        ("authoring.the-rule-set", "bộ quy tắc"),
        ("authoring.changed", "thay đổi"),
        ("authoring.added", "thêm mới"),
        ("authoring.removed", "bỏ"),
        ("authoring.id", "Mã"),
        ("authoring.unit", "Đơn vị"),
        ("authoring.total-before", "Tổng điểm trước"),
        ("authoring.total-after", "Tổng điểm sau"),
        ("authoring.points", "Δ điểm"),
        ("authoring.rank-before", "Hạng trước"),
        ("authoring.rank-after", "Hạng sau"),
        ("authoring.class-before", "Xếp loại trước"),
        ("authoring.class-after", "Xếp loại sau"),
        ("authoring.units", "Đơn vị"),
        ("authoring.classes", "Xếp loại"),
        ("authoring.class", "Xếp loại"),

        // Authoring/RuleSetHost.cs: a reload refused, the set being served kept
        ("authoring.reload-unreadable", "không đọc được bộ quy tắc mới: {0}"),
        ("authoring.reload-folder-gone", "không có thư mục bộ quy tắc '{0}'; bộ quy tắc đang phục vụ được giữ nguyên."),

        // Authoring/RuleSetDiff.cs: a value that is not there
        ("authoring.none", "(không có)"),

        // Authoring/RuleSetDiff.cs: a rule file's field in words
        ("authoring.field-max-points", "điểm tối đa"),
        ("authoring.field-requirement", "yêu cầu"),
        ("authoring.field-threshold", "ngưỡng"),
        ("authoring.field-op", "phép so sánh"),
        ("authoring.field-scale", "cách cho điểm"),
        ("authoring.field-bands", "mức"),
        ("authoring.field-min", "từ"),
        ("authoring.field-points", "điểm"),
        ("authoring.field-parts", "phần"),
        ("authoring.field-title", "tên"),
        ("authoring.field-lead", "chủ trì"),
        ("authoring.field-support", "phối hợp"),
        ("authoring.field-deadline", "thời hạn"),
        ("authoring.field-hint", "gợi ý"),
        ("authoring.field-value", "giá trị"),
        ("authoring.field-zero-denominator", "mẫu số bằng 0"),
        ("authoring.field-applies-to", "áp dụng cho"),
        ("authoring.field-cases", "ca kiểm thử"),
        ("authoring.field-type", "loại"),
        ("authoring.field-zero-below", "0 điểm dưới"),
        ("authoring.field-points-per-event", "điểm mỗi lần"),
        ("authoring.field-areas", "lĩnh vực"),
        ("authoring.field-classification", "xếp loại"),
        ("authoring.field-min-total", "tổng điểm từ"),
        ("authoring.field-targets", "mục tiêu"),
        ("authoring.field-version", "phiên bản"),
        ("authoring.field-text", "lời văn"),
        ("authoring.field-date", "ngày"),
        ("authoring.field-vi", "tiếng Việt"),
        ("authoring.field-en", "tiếng Anh"),
        ("authoring.field-offices", "đơn vị"),
        ("authoring.field-unit-types", "loại đơn vị"),
    ];
}

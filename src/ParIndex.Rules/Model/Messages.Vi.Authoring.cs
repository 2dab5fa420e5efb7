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
    ];
}

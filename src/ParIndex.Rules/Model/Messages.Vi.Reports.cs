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
    ];
}

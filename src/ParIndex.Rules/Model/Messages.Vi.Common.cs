namespace ParIndex.Rules;

// The common messages in Vietnamese, by key, grouped by the file that tells them; the same keys in
// Messages.En.Common.cs give the other language, with the same numbered arguments.
internal static partial class Messages
{
    private static (string Key, string Text)[] ViCommon =>
    [
        // RuleFiles/DidYouMean.cs
        ("common.did-you-mean", "; có phải là '{0}'?"),
        // RuleFiles/RuleSetLoader.cs
        ("common.none", "không có"),
        // RuleFiles/SchemaCatalog.cs
        ("common.or", " hoặc "),

        // Model/Texts.cs: a figure that cannot be scored (the Vietnamese names the indicator by its title too)
        ("common.figure-too-large", "Số liệu không hợp lệ: “{2}” ({0} = {1}) vượt quá số lớn nhất đọc được ({3}); kiểm tra lại số liệu."),
        ("common.figure-absent", "Thiếu số liệu: chưa báo cáo “{2}” ({0}); cần báo cáo để được chấm điểm."),
        ("common.figure-zero-denominator", "Thiếu số liệu: “{2}” ({0}) bằng 0; cần báo cáo số thực tế để tính được tỷ lệ."),
        ("common.figure-not-a-number", "Số liệu không hợp lệ: “{2}” ({0} = {1}) phải là một số; kiểm tra lại số liệu."),
        ("common.figure-not-a-boolean", "Số liệu không hợp lệ: “{2}” ({0} = {1}) phải là có/không (true/false); kiểm tra lại số liệu."),
        ("common.figure-negative", "Số liệu không hợp lệ: “{2}” ({0} = {1}) không được là số âm; kiểm tra lại số liệu."),
        ("common.figure-not-whole", "Số liệu không hợp lệ: “{2}” ({0} = {1}) phải là số nguyên; kiểm tra lại số liệu."),
        ("common.figure-part-above-whole", "Số liệu không hợp lệ: “{2}” ({0} = {1}) lớn hơn “{5}” ({3} = {4}); kiểm tra lại số liệu."),

        // Model/Texts.cs: yes and no
        ("common.yes", "có"),
        ("common.no", "không"),
    ];
}

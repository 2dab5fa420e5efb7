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
    ];
}

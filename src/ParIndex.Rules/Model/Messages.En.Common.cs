namespace ParIndex.Rules;

// The common messages in English, by key, grouped by the file that tells them; the same keys in
// Messages.Vi.Common.cs give the other language, with the same numbered arguments.
internal static partial class Messages
{
    private static (string Key, string Text)[] EnCommon =>
    [
        // RuleFiles/DidYouMean.cs
        ("common.did-you-mean", "; did you mean '{0}'?"),
        // RuleFiles/RuleSetLoader.cs
        ("common.none", "none"),
        // RuleFiles/SchemaCatalog.cs
        ("common.or", " or "),
    ];
}

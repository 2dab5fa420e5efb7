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

        // Model/Texts.cs: a figure that cannot be scored (the Vietnamese names the indicator by its title too)
        ("common.figure-too-large", "'{0}' ({1}) is beyond the largest figure that can be read, {3} (about 7.9 × 10^28)."),
        ("common.figure-absent", "'{0}' was not reported."),
        ("common.figure-zero-denominator", "'{0}' is 0; report the actual figure so the rate can be computed."),
        ("common.figure-not-a-number", "'{0}' must be a number, not {1}."),
        ("common.figure-not-a-boolean", "'{0}' must be true or false, not {1}."),
        ("common.figure-negative", "'{0}' is negative ({1}); counts and amounts are never below 0."),
        ("common.figure-not-whole", "'{0}' must be a whole number, not {1}."),
        ("common.figure-part-above-whole", "'{0}' ({1}) is more than '{3}' ({4})."),

        // Model/Texts.cs: yes and no
        ("common.yes", "yes"),
        ("common.no", "no"),
    ];
}

namespace ParIndex.Rules;

/// <summary>UTF-8 as every reader of the library decodes text: bytes that are not UTF-8 throw, never become replacement characters (a name read as '�' matches nothing, without a word).</summary>
internal static class StrictUtf8
{
    /// <summary>The encoding; a byte-order mark is read, none is written.</summary>
    public static System.Text.UTF8Encoding Encoding { get; } = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
}

using System.Globalization;

namespace ParIndex.Rules;

/// <summary>What kind of value a snapshot holds for an indicator.</summary>
public enum IndicatorValueKind
{
    /// <summary>A decimal number.</summary>
    Number,

    /// <summary>A yes/no.</summary>
    Boolean,

    /// <summary>Something that is neither: the raw text is kept so the error can show it.</summary>
    Invalid,
}

/// <summary>One indicator's value in a snapshot: a number, a yes/no, or an invalid raw value kept for the error message.</summary>
/// <remarks>Immutable and thread-safe. Converts implicitly from <see cref="decimal"/>, <see cref="int"/>, <see cref="long"/> and <see cref="bool"/>.</remarks>
public readonly record struct IndicatorValue
{
    private IndicatorValue(IndicatorValueKind kind, decimal number, string? raw)
    {
        Kind = kind;
        Number = number;
        Raw = raw;
    }

    /// <summary>The kind of value.</summary>
    public IndicatorValueKind Kind { get; }

    /// <summary>The number (1 or 0 for a yes/no; 0 for an invalid value).</summary>
    public decimal Number { get; }

    /// <summary>The raw text of an invalid value, else <see langword="null"/>.</summary>
    public string? Raw { get; }

    /// <summary>Makes a number value.</summary>
    /// <param name="value">The number.</param>
    /// <returns>The value.</returns>
    public static IndicatorValue FromNumber(decimal value) => new(IndicatorValueKind.Number, value, null);

    /// <summary>Makes a yes/no value.</summary>
    /// <param name="value">The yes/no.</param>
    /// <returns>The value.</returns>
    public static IndicatorValue FromBoolean(bool value) => new(IndicatorValueKind.Boolean, value ? 1m : 0m, null);

    /// <summary>Makes a value that is neither a number nor a yes/no, keeping its raw text for the error message.</summary>
    /// <param name="raw">The raw text as it was read.</param>
    /// <returns>The value.</returns>
    public static IndicatorValue Invalid(string raw) => new(IndicatorValueKind.Invalid, 0m, raw);

    /// <summary>Converts a number.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator IndicatorValue(decimal value) => FromNumber(value);

    /// <summary>Converts a whole number.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator IndicatorValue(int value) => FromNumber(value);

    /// <summary>Converts a whole number.</summary>
    /// <param name="value">The number.</param>
    public static implicit operator IndicatorValue(long value) => FromNumber(value);

    /// <summary>Converts a yes/no.</summary>
    /// <param name="value">The yes/no.</param>
    public static implicit operator IndicatorValue(bool value) => FromBoolean(value);

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        IndicatorValueKind.Number => Number.ToString(CultureInfo.InvariantCulture),
        IndicatorValueKind.Boolean => Number == 1m ? "true" : "false",
        _ => Raw ?? string.Empty,
    };
}

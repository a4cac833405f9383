using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace TrustCheck.Configuration;

/// <summary>
/// An inclusive (or exclusive) range check whose complaint names the member and the value it rejected, so that an
/// <c>OptionsValidationException</c> says what to change and what it was. Unlike <see cref="RangeAttribute"/> it
/// parses its bounds itself (no <c>TypeConverter</c>), so it is safe under trimming and Native AOT.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
internal sealed class ValueRangeAttribute : ValidationAttribute
{
    /// <summary>An inclusive <see cref="int"/> range.</summary>
    /// <param name="minimum">The least value allowed.</param>
    /// <param name="maximum">The greatest value allowed.</param>
    public ValueRangeAttribute(int minimum, int maximum)
        : this((IComparable)minimum, maximum)
    {
    }

    /// <summary>An inclusive <see cref="double"/> range.</summary>
    /// <param name="minimum">The least value allowed.</param>
    /// <param name="maximum">The greatest value allowed.</param>
    public ValueRangeAttribute(double minimum, double maximum)
        : this((IComparable)minimum, maximum)
    {
    }

    /// <summary>An inclusive range of <see cref="TimeSpan"/> or <see cref="long"/>, bounds in invariant text.</summary>
    /// <param name="type"><see cref="TimeSpan"/> or <see cref="long"/>.</param>
    /// <param name="minimum">The least value allowed.</param>
    /// <param name="maximum">The greatest value allowed.</param>
    /// <exception cref="ArgumentException">Another type.</exception>
    public ValueRangeAttribute(Type type, string minimum, string maximum)
        : this(ParseBound(type, minimum), ParseBound(type, maximum))
    {
    }

    private ValueRangeAttribute(IComparable minimum, IComparable maximum)
        : base("The field {0} must be between {1} and {2}.")
    {
        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>The least value allowed.</summary>
    public object Minimum { get; }

    /// <summary>The greatest value allowed.</summary>
    public object Maximum { get; }

    /// <summary>Whether the minimum itself is refused.</summary>
    public bool MinimumIsExclusive { get; set; }

    /// <summary>Whether the maximum itself is refused.</summary>
    public bool MaximumIsExclusive { get; set; }

    /// <summary>Formats a value the way complaints show it.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The text.</returns>
    public static string Show(object? value) => value switch
    {
        null => "null",
        TimeSpan span => span.ToString("c", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <inheritdoc />
    public override bool IsValid(object? value)
    {
        if (value is null)
        {
            return true;
        }

        var comparable = Convert(value);
        var low = comparable.CompareTo(Minimum);
        var high = comparable.CompareTo(Maximum);
        return (MinimumIsExclusive ? low > 0 : low >= 0) && (MaximumIsExclusive ? high < 0 : high <= 0);
    }

    /// <inheritdoc />
    public override string FormatErrorMessage(string name) =>
        string.Format(CultureInfo.CurrentCulture, ErrorMessageString, name, Show(Minimum), Show(Maximum));

    /// <inheritdoc />
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        return IsValid(value)
            ? ValidationResult.Success
            : new ValidationResult(
                $"{FormatErrorMessage(validationContext.MemberName ?? validationContext.DisplayName)} It is {Show(value)}.",
                validationContext.MemberName is { } member ? [member] : null);
    }

    private static IComparable ParseBound(Type type, string text)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type == typeof(TimeSpan))
        {
            return TimeSpan.Parse(text, CultureInfo.InvariantCulture);
        }

        return type == typeof(long)
            ? long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)
            : throw new ArgumentException($"ValueRange supports TimeSpan and long bounds in text, not {type.Name}.", nameof(type));
    }

    // The member's value in the bound's type: int and long members against int or long bounds, numbers against double.
    private IComparable Convert(object value) => (Minimum, value) switch
    {
        (int, int number) => number,
        (long, long number) => number,
        (long, int number) => (long)number,
        (double, IConvertible number) => number.ToDouble(CultureInfo.InvariantCulture),
        (TimeSpan, TimeSpan span) => span,
        _ => throw new InvalidOperationException($"ValueRange with {Minimum.GetType().Name} bounds cannot check a {value.GetType().Name}."),
    };
}

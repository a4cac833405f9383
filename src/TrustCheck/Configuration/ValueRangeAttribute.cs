using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace TrustCheck.Configuration;

/// <summary>
/// A <see cref="RangeAttribute"/> whose complaint names the member and the value it rejected, so that an
/// <c>OptionsValidationException</c> says what to change and what it was.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
internal sealed class ValueRangeAttribute : RangeAttribute
{
    /// <summary>An inclusive <see cref="int"/> range.</summary>
    /// <param name="minimum">The least value allowed.</param>
    /// <param name="maximum">The greatest value allowed.</param>
    public ValueRangeAttribute(int minimum, int maximum)
        : base(minimum, maximum)
    {
    }

    /// <summary>An inclusive <see cref="double"/> range.</summary>
    /// <param name="minimum">The least value allowed.</param>
    /// <param name="maximum">The greatest value allowed.</param>
    public ValueRangeAttribute(double minimum, double maximum)
        : base(minimum, maximum)
    {
    }

    /// <summary>An inclusive range of another type (<see cref="TimeSpan"/>, <see cref="long"/>), bounds in invariant text.</summary>
    /// <param name="type">The type.</param>
    /// <param name="minimum">The least value allowed.</param>
    /// <param name="maximum">The greatest value allowed.</param>
    public ValueRangeAttribute(Type type, string minimum, string maximum)
        : base(type, minimum, maximum)
    {
        ParseLimitsInInvariantCulture = true;
        ConvertValueInInvariantCulture = true;
    }

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
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        return IsValid(value)
            ? ValidationResult.Success
            : new ValidationResult(
                $"{FormatErrorMessage(validationContext.MemberName ?? validationContext.DisplayName)} It is {Show(value)}.",
                validationContext.MemberName is { } member ? [member] : null);
    }
}

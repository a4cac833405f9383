using System.ComponentModel.DataAnnotations;

namespace TrustCheck.Configuration;

/// <summary>
/// An optional directory: null or empty means "none" (memory only); anything else must be a usable path — not only
/// white space, and without the characters no file system accepts.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter, AllowMultiple = false)]
internal sealed class DirectoryPathAttribute : ValidationAttribute
{
    /// <inheritdoc />
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        ArgumentNullException.ThrowIfNull(validationContext);
        if (value is not string path || path.Length == 0)
        {
            return ValidationResult.Success;
        }

        var problem = string.IsNullOrWhiteSpace(path)
            ? "is only white space (leave it unset to keep everything in memory)"
            : path.IndexOfAny(Path.GetInvalidPathChars()) >= 0 ? "contains a character no path may hold" : null;
        return problem is null
            ? ValidationResult.Success
            : new ValidationResult(
                $"{validationContext.MemberName ?? validationContext.DisplayName} {problem}. It is '{path.ReplaceLineEndings(" ").Replace("\0", "\\0", StringComparison.Ordinal)}'.",
                validationContext.MemberName is { } member ? [member] : null);
    }
}

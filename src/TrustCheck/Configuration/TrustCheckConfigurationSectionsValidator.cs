using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace TrustCheck.Configuration;

/// <summary>Fails on a top-level configuration key that is not one of <see cref="TrustCheckConfigurationSections.All"/>, naming its path.</summary>
internal sealed class TrustCheckConfigurationSectionsValidator(IConfiguration configuration) : IValidateOptions<TrustCheckConfigurationSections>
{
    public ValidateOptionsResult Validate(string? name, TrustCheckConfigurationSections options)
    {
        var unknown = configuration.GetChildren()
            .Where(c => !TrustCheckConfigurationSections.All.Contains(c.Key, StringComparer.OrdinalIgnoreCase))
            .Select(c => $"'{c.Path}' is not a TrustCheck setting (the sections are {string.Join(", ", TrustCheckConfigurationSections.All)}).")
            .ToList();
        return unknown.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(unknown);
    }
}

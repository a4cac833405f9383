using Microsoft.Extensions.DependencyInjection;
using TrustCheck.Cli.Infrastructure;
using TrustCheck.Policies;

namespace TrustCheck.Cli.Configuration;

/// <summary>The run's policy: a built-in profile by name (<c>policy</c>) or a policy file (<c>policy-file</c>), from any layer of the settings.</summary>
internal static class PolicySetting
{
    /// <summary>Registers a policy file when one is set; returns the policy's name (null: the default) and its rules.</summary>
    public static async Task<(string? Name, PolicyRules Rules)> ApplyAsync(CliConfiguration settings, ITrustCheckBuilder builder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var name = settings[CliSettings.Policy];
        var file = settings[CliSettings.PolicyFile];
        if (name is not null && file is not null)
        {
            throw new UsageException($"policy ({name.Origin}) and policy-file ({file.Origin}) cannot both be set (a policy file names the profile it extends).");
        }

        PolicyRules? builtIn = null;
        if (name is not null && !BuiltInPolicies.TryGet(name.Single, out builtIn))
        {
            throw new UsageException($"{name.Origin}: policy '{name.Single}' is not one of {string.Join(", ", BuiltInPolicies.Names)} (use --policy-file for your own).");
        }

        if (file is null)
        {
            return (name?.Single, builtIn ?? BuiltInPolicies.Default);
        }

        var loaded = await PolicyFile.LoadAsync(file.Single, cancellationToken).ConfigureAwait(false);
        builder.AddPolicy(loaded);
        return (loaded.Name, loaded.Rules);
    }
}

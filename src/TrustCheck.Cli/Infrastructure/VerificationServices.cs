using Microsoft.Extensions.DependencyInjection;

namespace TrustCheck.Cli.Infrastructure;

/// <summary>
/// The SDK registration the verification commands use: the trusted root from <c>--trusted-root</c>, or Sigstore's
/// production root through TUF (pinned initial root), cached.
/// </summary>
internal static class VerificationServices
{
    public static ServiceProvider Create(FileInfo? trustedRoot, bool staging)
    {
        if (trustedRoot is { Exists: false } && !Directory.Exists(trustedRoot.FullName))
        {
            throw new UsageException($"The trusted root '{trustedRoot.FullName}' does not exist.");
        }

        if (trustedRoot is null && staging)
        {
            throw new UsageException("--staging needs --trusted-root: no staging TUF root is pinned in this build.");
        }

        var services = new ServiceCollection();
        services.AddTrustCheck().ConfigureSources(sources => sources.TrustedRootFile = trustedRoot?.FullName);
        return ValidatedServices.Build(services);
    }
}

using TrustCheck.Inspection;

namespace TrustCheck;

/// <summary>
/// The inspection settings a host reads from configuration (section <c>Inspection</c> of
/// <c>AddTrustCheck(configuration)</c>; the CLI's <c>python-version</c>, <c>platform</c>, <c>internal-package</c>,
/// <c>trusted-name</c>, <c>policy</c> and <c>policy-file</c>). The inspector does not apply them by itself: a request
/// states its own options, built with <see cref="ApplyTo"/>.
/// </summary>
public sealed class InspectionDefaults
{
    /// <summary>The target Python, <c>X.Y</c> or <c>X.Y.Z</c>.</summary>
    public string PythonVersion { get; set; } = TargetEnvironment.Default.PythonVersion;

    /// <summary>The target platform tag (<c>linux_x86_64</c>, <c>win_amd64</c>, <c>macosx_14_0_arm64</c>).</summary>
    public string Platform { get; set; } = TargetEnvironment.Default.Platform;

    /// <summary>Names that belong to a private index (<c>prefix-*</c> globs allowed).</summary>
    public IList<string> InternalPackages { get; } = [];

    /// <summary>Names the user trusts (never typosquats; names imitating them are reported).</summary>
    public IList<string> TrustedNames { get; } = [];

    /// <summary>The built-in policy to apply (<c>default</c>, <c>strict</c>, <c>release-gate</c>), or null for the default.</summary>
    public string? Policy { get; set; }

    /// <summary>A JSON policy file (see docs/policies.md), or null.</summary>
    public string? PolicyFile { get; set; }

    /// <summary>The options of a request with these defaults in place of its target, internal packages and trusted names.</summary>
    /// <param name="options">The request's other options.</param>
    /// <returns>The combined options.</returns>
    public InspectionOptions ApplyTo(InspectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options with
        {
            Target = new TargetEnvironment(PythonVersion, Platform),
            InternalPackages = [.. InternalPackages],
            TrustedNames = [.. TrustedNames],
        };
    }
}

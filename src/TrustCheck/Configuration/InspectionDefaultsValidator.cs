using Microsoft.Extensions.Options;
using TrustCheck.Packaging;
using TrustCheck.Policies;

namespace TrustCheck;

/// <summary>Checks <see cref="InspectionDefaults"/>: a Python version, project names, a built-in policy and an existing policy file.</summary>
internal sealed class InspectionDefaultsValidator : IValidateOptions<InspectionDefaults>
{
    public ValidateOptionsResult Validate(string? name, InspectionDefaults options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!PythonVersion.TryParse(options.PythonVersion, out _))
        {
            failures.Add($"Inspection:PythonVersion '{options.PythonVersion}' is not a Python version (X.Y, e.g. 3.12).");
        }

        if (string.IsNullOrWhiteSpace(options.Platform))
        {
            failures.Add("Inspection:Platform must be a platform tag (e.g. linux_x86_64).");
        }

        failures.AddRange(options.TrustedNames.Where(n => !PackageName.TryParse(n, out _)).Select(n => $"Inspection:TrustedNames '{n}' is not a project name."));
        failures.AddRange(options.InternalPackages.Where(n => string.IsNullOrWhiteSpace(n)).Select(_ => "Inspection:InternalPackages holds an empty name."));
        if (options.Policy is not null && !BuiltInPolicies.TryGet(options.Policy, out _))
        {
            failures.Add($"Inspection:Policy '{options.Policy}' is not one of {string.Join(", ", BuiltInPolicies.Names)} (use Inspection:PolicyFile for your own).");
        }

        if (options.Policy is not null && options.PolicyFile is not null)
        {
            failures.Add("Inspection:Policy and Inspection:PolicyFile cannot both be set (a policy file names the profile it extends).");
        }

        if (options.PolicyFile is not null && !File.Exists(options.PolicyFile))
        {
            failures.Add($"Inspection:PolicyFile '{options.PolicyFile}' does not exist.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

using TrustCheck.TestKit.Fuzzing;

namespace TrustCheck.Packaging.Tests.Fuzzing;

/// <summary>
/// PEP 440 versions and specifier sets under mutated vectors and token soup: a clean refusal
/// (<see cref="FormatException"/>) or a value that formats, re-parses to itself and compares consistently.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class VersionFuzzTests
{
    private static readonly string[] VersionTokens =
        ["1", "0", "2", ".", "!", "+", "-", "_", "a", "b", "c", "rc", "alpha", "beta", "pre", "preview", "post", "rev", "r",
         "dev", "v", "V", "local", "ubuntu", "*", "999999999999999999999", "00", " ", "\t"];

    private static readonly string[] SpecifierTokens =
        [.. VersionTokens, "==", "===", "!=", "<=", ">=", "<", ">", "~=", ",", ".*", "= ", "~", "=", "1.0", "2!1.0", "1.0a1", "1.0.post1.dev2"];

    private static readonly string[] ProbeVersions = ["0", "1.0", "1.0a1", "1.0.post1", "2!1.0", "1.0+local", "3.12.1", "0.0.dev0"];

    [Fact]
    public void PythonVersion_MutatedAndGeneratedText_ParsesToAStableValueOrFailsAsFormat()
    {
        var seeds = FuzzSeeds.Strings("vectors/packaging/versions.json").ToArray();

        var summary = FuzzCampaign.Run("pep440-version", FuzzSeeds.MutateOrSoup(seeds, VersionTokens), input =>
        {
            var text = FuzzSeeds.Text(input);
            var parsed = PythonVersion.TryParse(text, out var version);
            if (!parsed)
            {
                // Parse and TryParse agree: Parse refuses with the documented exception (caught by the campaign).
                _ = PythonVersion.Parse(text);
                throw new FuzzFailureException($"TryParse refused '{text}' but Parse accepted it.");
            }

            var again = PythonVersion.Parse(version!.ToString());
            Check(again.Equals(version) && again.CompareTo(version) == 0 && again.GetHashCode() == version.GetHashCode(), text, "does not re-parse to an equal version");
            Check(again.ToString() == version.ToString(), text, "does not format stably");
            Check(version.Public.Length <= version.ToString().Length && PythonVersion.Parse(version.Public).Local is null, text, "has a public part that is not a version");
            return FuzzOutcome.Accepted;
        }, typeof(FormatException));

        Assert.Equal(FuzzBudget.Inputs, summary.Inputs);
        Assert.True(summary.Accepted > 0 && summary.Rejected > 0, $"the campaign should see both outcomes: {summary.ToLine()}");
    }

    [Fact]
    public void VersionSpecifierSet_MutatedAndGeneratedText_ParsesToAStableSetOrFailsAsFormat()
    {
        var seeds = FuzzSeeds.Strings("vectors/packaging/specifiers.json").Where(s => s.Length < 200).ToArray();
        var probes = ProbeVersions.Select(PythonVersion.Parse).ToArray();

        var summary = FuzzCampaign.Run("pep440-specifier-set", FuzzSeeds.MutateOrSoup(seeds, SpecifierTokens), input =>
        {
            var text = FuzzSeeds.Text(input);
            var set = VersionSpecifierSet.Parse(text);
            var again = VersionSpecifierSet.Parse(set.ToString());
            Check(again.Equals(set) && again.GetHashCode() == set.GetHashCode() && again.ToString() == set.ToString(), text, "does not re-parse to an equal set");
            foreach (var probe in probes)
            {
                Check(set.Contains(probe) == again.Contains(probe), text, $"answers differently for {probe} after re-parsing");
            }

            // Range algebra on any accepted set must end (=== sets are refused with the documented exception).
            _ = set.IsUnsatisfiable();
            return FuzzOutcome.Accepted;
        }, typeof(FormatException));

        Assert.True(summary.Accepted > 0 && summary.Rejected > 0, $"the campaign should see both outcomes: {summary.ToLine()}");
    }

    private static void Check(bool condition, string input, string what)
    {
        if (!condition)
        {
            throw new FuzzFailureException($"'{input}' {what}.");
        }
    }
}

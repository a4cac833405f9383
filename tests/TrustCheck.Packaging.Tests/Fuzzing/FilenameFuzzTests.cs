using System.Globalization;
using TrustCheck.TestKit.Fuzzing;

namespace TrustCheck.Packaging.Tests.Fuzzing;

/// <summary>
/// Wheel and sdist file names under mutated vectors (pypa's and the real names in the recorded Simple API pages) and
/// token soup: a clean refusal (<see cref="FormatException"/>) or a name whose parts, spelled canonically, parse back
/// to the same project and version, with the expanded tag set within its bound.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class FilenameFuzzTests
{
    private static readonly string[] FilenameTokens =
        ["foo", "Foo_Bar", "zope.interface", "-", "_", ".", "1.0", "2!1.0", "1.0a1", "1.0.post1", "1.0.dev0", "+local", "1",
         "py3", "py2.py3", "cp312", "cp37m", "abi3", "none", "any", "manylinux_2_17_x86_64", "manylinux2014_aarch64",
         "macosx_10_9_universal2", "win_amd64", "linux_x86_64", ".whl", ".tar.gz", ".zip", ".tar", ".egg", "/", "\\", " "];

    [Fact]
    public void DistributionFilename_MutatedAndGeneratedNames_RoundTripOrFailAsFormat()
    {
        var seeds = FuzzSeeds.Property("vectors/filenames/dist-filenames.json", "filename")
            .Concat(FuzzSeeds.Property("vectors/packaging/wheel_filenames.json", "filename"))
            .Concat(FuzzSeeds.Property("vectors/packaging/sdist_filenames.json", "filename"))
            .Concat(FuzzSeeds.Property("data/pypi-simple-json/poetry-fixtures/ipython.json", "filename"))
            .Concat(FuzzSeeds.Property("data/pypi-simple-json/poetry-fixtures/sqlalchemy.json", "filename"))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        var summary = FuzzCampaign.Run("filenames", FuzzSeeds.MutateOrSoup(seeds, FilenameTokens, maxTokens: 12), input =>
        {
            var text = FuzzSeeds.Text(input);
            if (!DistributionFilename.TryParse(text, out var parsed))
            {
                _ = DistributionFilename.Parse(text);
                throw new FuzzFailureException($"TryParse refused '{text}' but Parse accepted it.");
            }

            Check(parsed.Tags.Count <= DistributionFilename.MaxExpandedTags, text, $"expands to {parsed.Tags.Count} tags");
            Check(parsed.Kind == DistributionKind.SourceDistribution || parsed.Tags.Count > 0, text, "is a wheel without tags");
            var stem = parsed.Name.Normalized.Replace('-', '_') + "-" + parsed.Version;
            var canonical = DistributionFilename.Parse(parsed.Kind == DistributionKind.Wheel
                ? string.Create(CultureInfo.InvariantCulture, $"{stem}-py3-none-any.whl")
                : stem + ".tar.gz");
            Check(canonical.Name == parsed.Name && canonical.Version.Equals(parsed.Version), text, $"does not round-trip through '{canonical}'");
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

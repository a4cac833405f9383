using System.Text.Json;
using TrustCheck.TestKit;

namespace TrustCheck.Packaging.Tests.Requirements;

/// <summary>Every <c>requires_dist</c> string in the recorded PyPI JSON API responses parses and evaluates.</summary>
public sealed class RealRequiresDistTests
{
    // ipython 4.1.0rc1 shipped "setuptools (>=18.5decorator)" (a comma lost between two requirements). It is not
    // PEP 508, pypa/packaging rejects it too, and so must we: a security tool does not guess at broken metadata.
    private static readonly string[] MalformedUpstream = ["setuptools (>=18.5decorator)"];

    public static TheoryData<string> RequiresDist
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var requirement in AllRequiresDist().Except(MalformedUpstream, StringComparer.Ordinal).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                data.Add(requirement);
            }

            return data;
        }
    }

    [Fact]
    public void RecordedResponses_HoldManyRequirements()
    {
        Assert.True(AllRequiresDist().Count() > 100, "the recorded responses should carry a large set of real requires_dist strings");
    }

    [Fact]
    public void Parse_MalformedUpstreamRequirement_IsRejectedWithThePosition()
    {
        Assert.All(MalformedUpstream, text => Assert.Contains(text, AllRequiresDist()));

        var error = Assert.Throws<DependencySyntaxException>(() => Requirement.Parse(MalformedUpstream[0]));

        Assert.Contains("Expected matching RIGHT_PARENTHESIS", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(RequiresDist))]
    public void Parse_RealRequiresDist_ParsesAndRoundTrips(string text)
    {
        var requirement = Requirement.Parse(text);

        Assert.Equal(requirement, Requirement.Parse(requirement.ToString()));
        Assert.True(PackageName.TryParse(requirement.Name, out _), $"'{requirement.Name}' is a valid project name");
    }

    [Theory]
    [MemberData(nameof(RequiresDist))]
    public void Evaluate_RealMarker_EvaluatesForEveryExtraItNames(string text)
    {
        var requirement = Requirement.Parse(text);
        if (requirement.Marker is not { } marker)
        {
            return;
        }

        var extras = ExtraNames(marker.ToString()).Append(string.Empty);
        foreach (var target in new[] { MarkerEnvironment.Default, MarkerEnvironment.ForCPython("3.9", "win32", "AMD64"), MarkerEnvironment.ForCPython("2.7.18", "darwin", "x86_64") })
        {
            foreach (var extra in extras)
            {
                _ = marker.Evaluate(target.With("extra", extra));
            }
        }
    }

    private static IEnumerable<string> ExtraNames(string marker)
    {
        const string prefix = "extra == \"";
        for (var index = marker.IndexOf(prefix, StringComparison.Ordinal); index >= 0; index = marker.IndexOf(prefix, index + 1, StringComparison.Ordinal))
        {
            var start = index + prefix.Length;
            yield return marker[start..marker.IndexOf('"', start)];
        }
    }

    private static IEnumerable<string> AllRequiresDist()
    {
        var root = SharedData.PathOf("data/pypi-json-api");
        foreach (var file in Directory.EnumerateFiles(root, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            if (document.RootElement.ValueKind != JsonValueKind.Object ||
                !document.RootElement.TryGetProperty("info", out var info) ||
                !info.TryGetProperty("requires_dist", out var requires) || requires.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            foreach (var item in requires.EnumerateArray())
            {
                yield return item.GetString()!;
            }
        }
    }
}

using TrustCheck.TestKit.Fuzzing;

namespace TrustCheck.Packaging.Tests.Fuzzing;

/// <summary>
/// PEP 508 requirements and markers under mutated vectors and token soup: a clean refusal
/// (<see cref="DependencySyntaxException"/>) or a value whose canonical text re-parses to an equal value, and whose
/// marker evaluates or refuses with <see cref="MarkerEvaluationException"/>.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class RequirementFuzzTests
{
    private static readonly string[] MarkerTokens =
        ["python_version", "python_full_version", "os_name", "sys_platform", "platform_release", "platform_system",
         "platform_version", "platform_machine", "platform_python_implementation", "implementation_name",
         "implementation_version", "extra", "extras", "dependency_groups", "os.name", "sys.platform", "python_implementation",
         "==", "!=", "<=", ">=", "<", ">", "~=", "===", " in ", " not in ", " and ", " or ", "not", "(", ")", "'", "\"",
         "'3.8'", "\"linux\"", "'win32'", "'1.*'", "'test'", " ", ";", "\\"];

    private static readonly string[] RequirementTokens =
        [.. MarkerTokens, "requests", "zope.interface", "a", "A_b-c", "[", "]", ",", "security", "socks", "@", " @ ",
         "https://example.org/x.whl", "file:///tmp/x", "git+https://h/r.git@v1#egg=x", "#", "==1.0", ">=2,<3", "~=1.4",
         "(", ")", "1.0", "*", "!", "+local", "--hash=sha256:ab", "-e ", "\n"];

    [Fact]
    public void Requirement_MutatedAndGeneratedText_ParsesToAStableValueOrFailsAsSyntax()
    {
        var seeds = FuzzSeeds.Property("vectors/packaging/requirements.json", "input").ToArray();

        var summary = FuzzCampaign.Run("pep508-requirement", FuzzSeeds.MutateOrSoup(seeds, RequirementTokens), input =>
        {
            var text = FuzzSeeds.Text(input);
            if (!Requirement.TryParse(text, out var requirement))
            {
                _ = Requirement.Parse(text);
                throw new FuzzFailureException($"TryParse refused '{text}' but Parse accepted it.");
            }

            var again = Requirement.Parse(requirement.ToString());
            Check(again.Equals(requirement) && again.ToString() == requirement.ToString(), text, $"re-parses from '{requirement}' to '{again}'");
            Check(again.PackageName == requirement.PackageName, text, "changes its name when re-parsed");
            if (requirement.Marker is { } marker)
            {
                Evaluate(marker);
            }

            return FuzzOutcome.Accepted;
        }, typeof(DependencySyntaxException));

        Assert.True(summary.Accepted > 0 && summary.Rejected > 0, $"the campaign should see both outcomes: {summary.ToLine()}");
    }

    [Fact]
    public void MarkerExpression_MutatedAndGeneratedText_ParsesAndEvaluatesOrFailsAsDocumented()
    {
        var seeds = FuzzSeeds.Property("vectors/packaging/markers.json", "marker").ToArray();

        var summary = FuzzCampaign.Run("pep508-marker", FuzzSeeds.MutateOrSoup(seeds, MarkerTokens), input =>
        {
            var text = FuzzSeeds.Text(input);
            var marker = MarkerExpression.Parse(text);
            var again = MarkerExpression.Parse(marker.ToString());
            Check(again.Equals(marker), text, $"re-parses from '{marker}' to '{again}'");
            Check(Evaluate(marker) == Evaluate(again), text, "evaluates differently after re-parsing");
            return FuzzOutcome.Accepted;
        }, typeof(DependencySyntaxException));

        Assert.True(summary.Accepted > 0 && summary.Rejected > 0, $"the campaign should see both outcomes: {summary.ToLine()}");
    }

    /// <summary>The marker's value in each context, or null where evaluation refuses in the documented way.</summary>
    private static string Evaluate(MarkerExpression marker)
    {
        var environment = MarkerEnvironment.Default.With("extra", "test");
        return string.Join(',', Enum.GetValues<MarkerContext>().Select(context =>
        {
            try
            {
                return marker.Evaluate(environment, context).ToString();
            }
            catch (MarkerEvaluationException error)
            {
                return error.Kind.ToString();
            }
        }));
    }

    private static void Check(bool condition, string input, string what)
    {
        if (!condition)
        {
            throw new FuzzFailureException($"'{input}' {what}.");
        }
    }
}

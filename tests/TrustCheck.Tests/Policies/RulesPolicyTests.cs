using TrustCheck.Evidence.Release;
using TrustCheck.Findings;
using TrustCheck.Inspection;
using TrustCheck.Policies;
using TrustCheck.Reports;

namespace TrustCheck.Tests.Policies;

public sealed class RulesPolicyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Evaluate_Default_FailsOnlyHighRisk()
    {
        var policy = new RulesPolicy("default", BuiltInPolicies.Default);

        var decision = policy.Evaluate(Input(Package("a", Finding("TC6001", Severity.Medium)), Package("b", Finding("TC2004", Severity.High))));

        var violation = Assert.Single(decision.Violations);
        Assert.Equal("b==1.0", violation.Package);
        Assert.Equal("fail-on-recommendation", violation.Rule);
    }

    [Fact]
    public void Evaluate_Strict_FailsMetadataOnlyAndVulnerabilities()
    {
        var policy = new RulesPolicy("strict", BuiltInPolicies.Strict);

        var decision = policy.Evaluate(Input(Package("a"), Package("b", Verified(), Finding("TC6001", Severity.Low))));

        Assert.Contains(decision.Violations, v => v.Package == "a==1.0" && v.Rule == "fail-on-recommendation");
        Assert.Contains(decision.Violations, v => v.Package == "b==1.0" && v.Rule == "vulnerability" && v.Code == "TC6001");
        Assert.DoesNotContain(decision.Violations, v => v.Package == "b==1.0" && v.Rule == "fail-on-recommendation");
    }

    [Fact]
    public void Evaluate_ReleaseGateWithoutExpectedRepository_SaysSo()
    {
        var policy = new RulesPolicy("release-gate", BuiltInPolicies.ReleaseGate);

        var decision = policy.Evaluate(Input(Package("a", Verified(), Finding("TC2001", Severity.Info))));

        var violation = Assert.Single(decision.Violations);
        Assert.Equal("require-expected-repository", violation.Rule);
        Assert.Contains("--expected-repo", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_LiveSuppression_SilencesTheFindingAndItsViolation()
    {
        var rules = BuiltInPolicies.Default with { Suppressions = [Suppression("TC2004", expires: Now.AddDays(1))] };

        var decision = new RulesPolicy("p", rules).Evaluate(Input(Package("b", Finding("TC2004", Severity.High))));

        Assert.Empty(decision.Violations);
        var applied = Assert.Single(decision.Suppressions);
        Assert.Equal(("b==1.0", "TC2004", "sec"), (applied.Package, applied.Code, applied.Suppression.Owner));
    }

    [Fact]
    public void Evaluate_ExpiredSuppression_StopsApplyingAndSaysSo()
    {
        var rules = BuiltInPolicies.Default with { Suppressions = [Suppression("TC2004", expires: Now.AddDays(-1))] };

        var decision = new RulesPolicy("p", rules).Evaluate(Input(Package("b", Finding("TC2004", Severity.High))));

        Assert.Single(decision.Violations);
        Assert.Empty(decision.Suppressions);
        var expired = Assert.Single(decision.Findings["b==1.0"]);
        Assert.Equal("TC9002", expired.Code);
        Assert.Contains("expired", expired.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SuppressionForAnotherPackageOrAdvisory_DoesNotApply()
    {
        var rules = BuiltInPolicies.Default with
        {
            Suppressions = [Suppression("TC6001", package: "other"), Suppression("TC6001", match: "PYSEC-1")],
            FailOnSeverity = Severity.Medium,
        };
        var finding = Finding("TC6001", Severity.Medium) with { Evidence = new Dictionary<string, string> { ["id"] = "PYSEC-2" } };

        var decision = new RulesPolicy("p", rules).Evaluate(Input(Package("b", finding)));

        Assert.Empty(decision.Suppressions);
        Assert.Contains(decision.Violations, v => v.Rule == "fail-on-severity");
    }

    [Fact]
    public void Evaluate_PublisherOutsideTheAllowedOrganisations_Fails()
    {
        var rules = BuiltInPolicies.Default with { AllowedPublisherOrganisations = ["pypa"] };

        var decision = new RulesPolicy("p", rules).Evaluate(Input(Package("a", Verified("evil/sampleproject")), Package("b", Verified("pypa/sampleproject"))));

        var violation = Assert.Single(decision.Violations);
        Assert.Equal(("a==1.0", "allowed-publisher-organisations"), (violation.Package, violation.Rule));
    }

    [Fact]
    public void Parse_PolicyFileExtendingStrict_ChangesOnlyWhatItSays()
    {
        var policy = PolicyFile.Parse("""{"extends":"strict","failOnVulnerabilities":false,"suppressions":[{"code":"TC6001","owner":"o","justification":"j","expires":"2027-01-01"}]}"""u8, "test");

        Assert.Equal("strict", policy.Name);
        Assert.False(policy.Rules.FailOnVulnerabilities);
        Assert.Equal(BuiltInPolicies.Strict.FailOn, policy.Rules.FailOn);
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero), Assert.Single(policy.Rules.Suppressions).Expires);
    }

    [Theory]
    [InlineData("""{"extends":"lenient"}""", "lenient")]
    [InlineData("""{"suppressions":[{"code":"TC6001","owner":"o"}]}""", "justification")]
    [InlineData("""{"failOnSeverity":"severe"}""", "severe")]
    [InlineData("""{"failOn":["unsafe"]}""", "unsafe")]
    [InlineData("""{"suppressions":[{"code":"TC6001","owner":"o","justification":"j","expires":"soon"}]}""", "soon")]
    [InlineData("""{"requireVerifiedProvenanc":true}""", "requireVerifiedProvenanc")]
    public void Parse_BadPolicyFile_NamesTheProblem(string json, string named)
    {
        var error = Assert.Throws<PolicyFileException>(() => PolicyFile.Parse(System.Text.Encoding.UTF8.GetBytes(json), "test"));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    private static PolicyInput Input(params PackageAssessment[] packages) => new() { Packages = packages, Options = new InspectionOptions(), Now = Now };

    private static PackageAssessment Package(string name, params Finding[] findings) => Package(name, [], findings);

    private static PackageAssessment Package(string name, DistributionEvidence[] files, params Finding[] findings) => new()
    {
        Name = name,
        Version = "1.0",
        IsRoot = true,
        Findings = findings,
        Recommendation = Recommendation.MetadataOnly,
        Files = files,
    };

    private static DistributionEvidence[] Verified(string repository = "pypa/sampleproject") =>
    [
        new DistributionEvidence
        {
            Filename = "x-1.0.tar.gz",
            Provenance = new FileProvenance { Outcome = ProvenanceOutcome.Verified, Publisher = new PublisherIdentity { Kind = "GitHub", Repository = repository } },
        },
    ];

    private static Finding Finding(string code, Severity severity) => new() { Code = code, Severity = severity, Message = code + " finding" };

    private static SuppressionRule Suppression(string code, DateTimeOffset? expires = null, string? package = null, string? match = null) =>
        new() { Code = code, Owner = "sec", Justification = "accepted", Expires = expires, Package = package, Match = match };
}

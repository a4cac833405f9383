using System.Text.RegularExpressions;
using TrustCheck.Attestations.Verification;

namespace TrustCheck.Attestations.Tests.Verification;

public sealed partial class VerificationStageNamesTests
{
    [Fact]
    public void ToName_EveryStage_IsAUniqueLowerCaseHyphenatedName()
    {
        var names = Enum.GetValues<VerificationStage>().Select(s => s.ToName()).ToList();

        Assert.All(names, n => Assert.Matches(Hyphenated(), n));
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal("inclusion-promise", VerificationStage.InclusionPromise.ToName());
        Assert.Equal("trust-root", VerificationStage.TrustRoot.ToName());
        Assert.Equal("subject", VerificationStage.Subject.ToName());
    }

    [GeneratedRegex("^[a-z]+(-[a-z]+)*$")]
    private static partial Regex Hyphenated();
}

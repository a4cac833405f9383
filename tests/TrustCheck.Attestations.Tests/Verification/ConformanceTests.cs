using TrustCheck.TestKit;

namespace TrustCheck.Attestations.Tests.Verification;

public sealed class ConformanceTests
{
    public static TheoryData<string> Cases => [.. ConformanceCase.All()];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Verify_ConformanceCase_MeetsItsExpectedOutcome(string relativePath)
    {
        var testCase = new ConformanceCase(SharedData.PathOf("vectors/conformance/" + relativePath));

        var failure = testCase.Run();

        if (testCase.ExpectedToPass)
        {
            Assert.Null(failure);
        }
        else
        {
            Assert.NotNull(failure);
        }
    }
}

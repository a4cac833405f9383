using TrustCheck.Attestations.InToto;
using TrustCheck.Attestations.Verification;
using TrustCheck.Packaging;

namespace TrustCheck.Attestations.Pep740;

/// <summary>
/// Binds a verified statement to the distribution: exactly one subject, whose name parses to the same distribution
/// as the file (kind, normalized name, PEP 440 version, build tag, tag set, and archive extension: PEP 625 makes an
/// sdist a <c>.tar.gz</c>, so <c>.zip</c> is another file — never a string comparison of the rest) and whose
/// SHA-256 is exactly the distribution's.
/// </summary>
internal static class SubjectMatcher
{
    public static VerificationFailure? Check(InTotoStatement statement, DistributionIdentity distribution)
    {
        if (statement.Subjects.Count != 1)
        {
            return Fail($"the statement has {statement.Subjects.Count} subjects; exactly one is required");
        }

        var subject = statement.Subjects[0];
        if (string.IsNullOrEmpty(subject.Name) || !DistributionFilename.TryParse(subject.Name, out var subjectName))
        {
            return Fail($"the subject name '{subject.Name}' is not a distribution file name");
        }

        if (!DistributionFilename.TryParse(distribution.Filename, out var distributionName))
        {
            return Fail($"the distribution '{distribution.Filename}' is not a wheel or sdist file name");
        }

        if (!subjectName.Equals(distributionName) || !string.Equals(subjectName.Extension, distributionName.Extension, StringComparison.Ordinal))
        {
            return Fail($"the statement is about '{subject.Name}', not '{distribution.Filename}'");
        }

        if (!subject.Digests.TryGetValue("sha256", out var digest))
        {
            return Fail("the subject has no sha256 digest");
        }

        return string.Equals(digest, distribution.Sha256, StringComparison.Ordinal)
            ? null
            : Fail($"the subject's sha256 {digest} is not the distribution's {distribution.Sha256}");
    }

    private static VerificationFailure Fail(string reason) => new(VerificationStage.Subject, reason);
}

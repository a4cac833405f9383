using System.Text;
using TrustCheck.Attestations.Pep740;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.Attestations.Verification;
using TrustCheck.TestKit;
using TrustCheck.TestKit.FailClosed;
using TrustCheck.TestKit.Pki;

namespace TrustCheck.Attestations.Tests.FailClosed;

/// <summary>
/// The fail-closed matrix at the verifier: for every row of <see cref="FailClosedMatrix"/>, the baseline provenance
/// verifies (so the row can fail), and the provenance with exactly that input removed, corrupted, untrusted or outside
/// its window is not verified and fails at the row's stage for the row's reason. Provenance is verified as PyPI's is:
/// under the publisher it names.
/// </summary>
public sealed class FailClosedMatrixTests : IDisposable
{
    private static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset SignedAt = Epoch.AddDays(30);
    private static readonly TestAttestationOptions Claims = new();
    private readonly TestSigstore _sigstore = new(Epoch);

    public static TheoryData<string> RowIds => [.. FailClosedMatrix.Rows.Select(r => r.Id)];

    public void Dispose() => _sigstore.Dispose();

    [Theory]
    [MemberData(nameof(RowIds))]
    public void VerifyProvenance_OneInputSpoiled_IsNotVerifiedAndFailsAtItsStage(string id)
    {
        var row = FailClosedMatrix.Find(id);
        var pair = FailClosedMint.Mint(_sigstore, row, SignedAt, Claims);
        var baseline = Verify(pair.BaselineProvenance, pair.BaselineTrustedRoot);
        Assert.True(baseline.Status == AttestationStatus.Verified, $"the baseline of {id} does not verify: {baseline.Failure}");

        var spoiled = Verify(pair.SpoiledProvenance, pair.SpoiledTrustedRoot);

        Assert.Equal(AttestationStatus.Failed, spoiled.Status);
        Assert.True(spoiled.Failure is not null, $"{id} failed without a failure");
        Assert.True(row.Stage == spoiled.Failure.Stage, $"{id} failed at {spoiled.Failure.Stage.ToName()}, not {row.Stage.ToName()}: {spoiled.Failure.Reason}");
        Assert.Contains(row.Reason, spoiled.Failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_CoverEveryInputWithEveryApplicableCorruption()
    {
        var inputs = FailClosedMatrix.Rows.GroupBy(r => r.Input).ToDictionary(g => g.Key, g => g.Select(r => r.Corruption).ToHashSet());

        Assert.Equal(15, inputs.Count);
        Assert.All(FailClosedMatrix.Rows.GroupBy(r => r.Id), g => Assert.Single(g));
        foreach (var input in new[] { FailClosedMatrix.Envelope, FailClosedMatrix.Chain, FailClosedMatrix.Sct, FailClosedMatrix.Checkpoint, FailClosedMatrix.Set, FailClosedMatrix.Timestamp })
        {
            Assert.True(inputs[input].IsSupersetOf([Corruption.Removed, Corruption.Corrupted, Corruption.Untrusted]), $"{input} lacks a removed, corrupted or untrusted row");
        }

        Assert.Contains(Corruption.OutsideWindow, inputs[FailClosedMatrix.Timestamp]);
        Assert.Contains(Corruption.OutsideWindow, inputs[FailClosedMatrix.Validity]);
        var stages = FailClosedMatrix.Rows.Select(r => r.Stage).ToHashSet();
        Assert.All(Enum.GetValues<VerificationStage>(), stage => Assert.Contains(stage, stages));
    }

    [Fact]
    public void ThreatModel_MatrixTable_ListsEveryRowUnderItsStage()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot.Current, "docs", "threat-model.md"));
        var section = page[page.IndexOf("## Fail-closed matrix", StringComparison.Ordinal)..];
        var tableRows = section.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)).ToDictionary(l => l[3..l.IndexOf('`', 3)], StringComparer.Ordinal);

        Assert.Equal(Enum.GetValues<VerificationStage>().Select(s => s.ToName()).Order(StringComparer.Ordinal), tableRows.Keys.Order(StringComparer.Ordinal));
        Assert.All(FailClosedMatrix.Rows, row => Assert.True(tableRows[row.Stage.ToName()].Contains($"`{row.Id}`", StringComparison.Ordinal), $"{row.Id} is not listed under {row.Stage.ToName()}"));
        var listed = System.Text.RegularExpressions.Regex.Matches(string.Concat(tableRows.Values), "`([a-z0-9-]+\\.[a-z0-9-]+)`").Select(m => m.Groups[1].Value);
        Assert.All(listed, id => Assert.Contains(FailClosedMatrix.Rows, r => r.Id == id));
    }

    private static ProvenanceVerificationResult Verify(string provenance, byte[] trustedRoot)
    {
        Assert.Null(TrustedRoot.TryParse(trustedRoot, out var root));
        using (root)
        {
            return new Pep740Verifier(root!).VerifyProvenance(Encoding.UTF8.GetBytes(provenance), new DistributionIdentity(Claims.SubjectName, Claims.SubjectSha256));
        }
    }
}

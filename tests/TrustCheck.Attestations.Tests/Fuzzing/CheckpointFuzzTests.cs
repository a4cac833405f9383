using System.Text;
using TrustCheck.Attestations.Transparency;
using TrustCheck.TestKit.Fuzzing;

namespace TrustCheck.Attestations.Tests.Fuzzing;

/// <summary>
/// <see cref="Checkpoint.TryParse"/> (signed notes: body, blank line, signature lines) on mutations of the real
/// checkpoints of the vectors (Rekor v1 and v2, with cosignatures): a checkpoint or a failure, never an exception.
/// </summary>
[Trait("Category", "Fuzz")]
public sealed class CheckpointFuzzTests
{
    [Fact]
    public void Checkpoint_MutatedRealNotes_ParseOrFailCleanly()
    {
        var seeds = DerivedSeeds.Checkpoints;
        Assert.True(seeds.Count >= 5, $"only {seeds.Count} checkpoints");

        var summary = FuzzCampaign.Mutate(
            "checkpoint",
            seeds,
            input => Checkpoint.TryParse(Encoding.UTF8.GetString(input), out _) is null ? FuzzOutcome.Accepted : FuzzOutcome.Rejected);

        Assert.Equal(FuzzBudget.Inputs, summary.Inputs);
    }
}

using TrustCheck.Attestations.Transparency;
using TrustCheck.Attestations.Verification;

namespace TrustCheck.Attestations.Tests.Transparency;

public sealed class CheckpointTests
{
    private static string RealEnvelope =>
        WorkedExample.LogEntry.GetProperty("inclusionProof").GetProperty("checkpoint").GetProperty("envelope").GetString()!;

    [Fact]
    public void TryParse_RealRekorCheckpoint_ExposesBodyAndSignature()
    {
        var step = WorkedExample.Steps.GetProperty("4_checkpoint");

        Assert.Null(Checkpoint.TryParse(RealEnvelope, out var checkpoint));

        Assert.Equal(step.GetProperty("origin").GetString(), checkpoint!.Origin);
        Assert.Equal(step.GetProperty("size").GetInt64(), checkpoint.TreeSize);
        Assert.Equal(step.GetProperty("root_hash_b64").GetString(), Convert.ToBase64String(checkpoint.RootHash.Span));
        Assert.Equal(step.GetProperty("signed_note_text (bytes that are signed; ends with single \\n)").GetString(), System.Text.Encoding.UTF8.GetString(checkpoint.SignedText.Span));
        var signature = Assert.Single(checkpoint.Signatures);
        Assert.Equal(step.GetProperty("signature_line_name").GetString(), signature.Name);
        Assert.Equal(step.GetProperty("key_hint_hex").GetString(), Convert.ToHexStringLower(signature.KeyHint.Span));
        Assert.Equal(step.GetProperty("signature_der_b64").GetString(), Convert.ToBase64String(signature.Signature.Span));
        Assert.Empty(checkpoint.ExtraLines);
    }

    [Theory]
    [InlineData("")]
    [InlineData("origin\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n")]
    [InlineData("origin\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\n")]
    [InlineData("origin\nten\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\n\u2014 origin AAAAAAAA\n")]
    [InlineData("origin\n1\nAAAA\n\n\u2014 origin AAAAAAAA\n")]
    [InlineData("\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\n\u2014 origin AAAAAAAA\n")]
    [InlineData("origin\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\n- origin AAAAAAAA\n")]
    [InlineData("origin\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\n\u2014 origin AAAAAAAA")]
    [InlineData("origin\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\n\u2014 origin AAAA\n")]
    [InlineData("origin\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\n\u2014 origin AAAAAAAA\n\n\u2014 x AAAAAAAA\n")]
    [InlineData("origin\n1\n\n\u2014 origin AAAAAAAA\n")]
    public void TryParse_MalformedCheckpoint_FailsAtTheCheckpointStage(string envelope)
    {
        var failure = Checkpoint.TryParse(envelope, out var checkpoint);

        Assert.Null(checkpoint);
        Assert.Equal(VerificationStage.Checkpoint, failure?.Stage);
    }

    [Fact]
    public void TryParse_ExtraBodyLinesAndCosignatures_AreKept()
    {
        var envelope = "log.example\n5\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\nextra one\n\n\u2014 log.example AQIDBAU=\n\u2014 witness AQIDBAUG\n";

        Assert.Null(Checkpoint.TryParse(envelope, out var checkpoint));

        Assert.Equal(["extra one"], checkpoint!.ExtraLines);
        Assert.Equal(2, checkpoint.Signatures.Count);
        Assert.Equal("witness", checkpoint.Signatures[1].Name);
    }
}

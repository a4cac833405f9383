using System.Text.Json;
using TrustCheck.Attestations.Verification;

namespace TrustCheck.Attestations.Json;

/// <summary>
/// Outside JSON must be UTF-8 everywhere, inside strings too. System.Text.Json accepts invalid UTF-8 inside a
/// string while parsing and throws only when the string is read (an <see cref="InvalidOperationException"/> deep in
/// a reader), so every entry point that takes outside bytes checks them first, and every entry point that takes a
/// caller's <see cref="JsonElement"/> turns that late exception into a failure.
/// </summary>
internal static class Utf8Input
{
    /// <summary>A failure when the bytes are not UTF-8, else null.</summary>
    public static VerificationFailure? Check(ReadOnlySpan<byte> bytes, VerificationStage stage, string what) =>
        System.Text.Unicode.Utf8.IsValid(bytes) ? null : new VerificationFailure(stage, $"{what} is not valid UTF-8 text");

    /// <summary>Runs a reader over a caller's element; a string in it that is not valid UTF-8 becomes a failure.</summary>
    public static VerificationFailure? Guard(VerificationStage stage, string what, Func<VerificationFailure?> read)
    {
        try
        {
            return read();
        }
        catch (InvalidOperationException error) when (error.InnerException is null or System.Text.DecoderFallbackException or ArgumentException)
        {
            return new VerificationFailure(stage, $"{what} holds a string that is not valid UTF-8 ({error.Message})");
        }
    }
}

using System.Globalization;

namespace TrustCheck.TestKit.Fuzzing;

/// <summary>The counts and time of one fuzz campaign.</summary>
/// <param name="Parser">The parser's name.</param>
/// <param name="Inputs">Inputs run.</param>
/// <param name="Accepted">Inputs the parser accepted.</param>
/// <param name="Rejected">Inputs the parser refused cleanly.</param>
/// <param name="Elapsed">Wall time of the campaign.</param>
/// <param name="Slowest">The slowest single input.</param>
public sealed record FuzzSummary(string Parser, int Inputs, int Accepted, int Rejected, TimeSpan Elapsed, TimeSpan Slowest)
{
    /// <summary>One tab-separated line: parser, inputs, accepted, rejected, seconds, slowest milliseconds.</summary>
    public string ToLine() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Parser}\t{Inputs}\t{Accepted}\t{Rejected}\t{Elapsed.TotalSeconds:F1}\t{Slowest.TotalMilliseconds:F1}");
}

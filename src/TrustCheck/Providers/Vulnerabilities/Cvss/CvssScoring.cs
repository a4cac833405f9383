using System.Diagnostics.CodeAnalysis;

namespace TrustCheck.Providers.Vulnerabilities.Cvss;

/// <summary>Scores a CVSS v3.0, v3.1 or v4.0 vector string with the calculator of its version.</summary>
internal static class CvssScoring
{
    /// <summary>Parses and scores a vector.</summary>
    /// <param name="text">The vector string (its <c>CVSS:x.y/</c> prefix picks the calculator).</param>
    /// <param name="score">The score, when the vector is valid.</param>
    /// <param name="error">Why it could not be scored, otherwise null.</param>
    /// <returns>Whether the vector was scored.</returns>
    public static bool TryScore(string? text, [NotNullWhen(true)] out CvssScore? score, [NotNullWhen(false)] out string? error)
    {
        score = null;
        if (!CvssVectorParser.TryParse(text, out var vector, out error))
        {
            return false;
        }

        var value = vector.Version == CvssVersion.Version40 ? CvssV4Calculator.Score(vector) : CvssV3Calculator.BaseScore(vector);
        score = new CvssScore(vector, value);
        return true;
    }
}

using System.Globalization;

namespace TrustCheck.TestKit.Fuzzing;

/// <summary>
/// How many inputs each fuzz campaign runs: a short smoke count in the default test run, and the count of
/// <c>TRUSTCHECK_FUZZ_INPUTS</c> in the dedicated long run (<c>scripts/fuzz-long.sh</c>, 100,000 per parser).
/// </summary>
public static class FuzzBudget
{
    /// <summary>The environment variable that sets the number of inputs per campaign.</summary>
    public const string InputsVariable = "TRUSTCHECK_FUZZ_INPUTS";

    /// <summary>The environment variable naming a file that every campaign appends its summary line to.</summary>
    public const string ReportVariable = "TRUSTCHECK_FUZZ_REPORT";

    /// <summary>The environment variable that fixes the seed (to replay a failure); otherwise a fixed default.</summary>
    public const string SeedVariable = "TRUSTCHECK_FUZZ_SEED";

    /// <summary>Inputs per campaign in the default (CI smoke) run.</summary>
    public const int SmokeInputs = 300;

    /// <summary>Inputs per campaign for this run.</summary>
    /// <exception cref="InvalidOperationException">The variable is set but is not a positive integer.</exception>
    public static int Inputs => Parse(Environment.GetEnvironmentVariable(InputsVariable), InputsVariable, SmokeInputs);

    /// <summary>The seed for this run.</summary>
    /// <exception cref="InvalidOperationException">The variable is set but is not a positive integer.</exception>
    public static int Seed => Parse(Environment.GetEnvironmentVariable(SeedVariable), SeedVariable, 740);

    /// <summary>Whether this is the long run (more inputs than the smoke count).</summary>
    public static bool IsLongRun => Inputs > SmokeInputs;

    private static int Parse(string? value, string variable, int fallback)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0
            ? parsed
            : throw new InvalidOperationException($"{variable} must be a positive integer, not '{value}'.");
    }
}

using System.Diagnostics;

namespace TrustCheck.TestKit.Fuzzing;

/// <summary>
/// Runs <see cref="FuzzBudget.Inputs"/> inputs through a parser. Each input must end, within the per-input time
/// limit, in <see cref="FuzzOutcome.Accepted"/> or <see cref="FuzzOutcome.Rejected"/>; an unexpected exception or a
/// hang fails the campaign with the input saved under the temporary folder for replay. The summary line goes to the
/// file named by <see cref="FuzzBudget.ReportVariable"/> when it is set.
/// </summary>
public static class FuzzCampaign
{
    /// <summary>How long one input may take before it counts as a hang.</summary>
    public static readonly TimeSpan PerInputLimit = TimeSpan.FromSeconds(10);

    /// <summary>Runs the campaign.</summary>
    /// <param name="parser">The parser's name, as reported (for example <c>pep440-version</c>).</param>
    /// <param name="generate">Makes input number <c>i</c> from the seeded random source.</param>
    /// <param name="run">Feeds one input to the parser and says what it did; it throws only on a defect.</param>
    /// <param name="expected">Exception types that count as a clean refusal, besides returning <see cref="FuzzOutcome.Rejected"/>.</param>
    /// <returns>The campaign's counts and time.</returns>
    /// <exception cref="FuzzFailureException">An input crashed the parser or hung it.</exception>
    public static FuzzSummary Run(string parser, Func<Random, int, byte[]> generate, Func<byte[], FuzzOutcome> run, params Type[] expected)
    {
        ArgumentNullException.ThrowIfNull(generate);
        ArgumentNullException.ThrowIfNull(run);
        var random = new Random(FuzzBudget.Seed);
        var inputs = FuzzBudget.Inputs;
        int accepted = 0, rejected = 0;
        var slowest = TimeSpan.Zero;
        var total = Stopwatch.StartNew();
        for (var i = 0; i < inputs; i++)
        {
            var input = generate(random, i);
            var one = Stopwatch.StartNew();
            var outcome = RunOne(parser, i, input, run, expected);
            one.Stop();
            slowest = one.Elapsed > slowest ? one.Elapsed : slowest;
            if (one.Elapsed > PerInputLimit)
            {
                throw new FuzzFailureException($"{parser}: input {i} took {one.Elapsed.TotalSeconds:F1} s; saved to {Save(parser, i, input)}.");
            }

            _ = outcome == FuzzOutcome.Accepted ? accepted++ : rejected++;
        }

        var summary = new FuzzSummary(parser, inputs, accepted, rejected, total.Elapsed, slowest);
        Record(summary);
        return summary;
    }

    /// <summary>Runs mutations of the seeds (chosen in turn) through a parser; see <see cref="Run"/>.</summary>
    /// <param name="parser">The parser's name.</param>
    /// <param name="seeds">Valid inputs to mutate (real vectors or generated ones); at least one.</param>
    /// <param name="run">Feeds one input to the parser.</param>
    /// <param name="expected">Exception types that count as a clean refusal.</param>
    /// <returns>The campaign's counts and time.</returns>
    public static FuzzSummary Mutate(string parser, IReadOnlyList<byte[]> seeds, Func<byte[], FuzzOutcome> run, params Type[] expected)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        if (seeds.Count == 0)
        {
            throw new ArgumentException("A mutation campaign needs at least one seed.", nameof(seeds));
        }

        return Run(parser, (random, i) => ByteMutator.Mutate(seeds[i % seeds.Count], random), run, expected);
    }

    private static FuzzOutcome RunOne(string parser, int index, byte[] input, Func<byte[], FuzzOutcome> run, Type[] expected)
    {
        var task = Task.Run(() =>
        {
            try
            {
                return run(input);
            }
            catch (Exception exception) when (expected.Any(type => type.IsInstanceOfType(exception)))
            {
                return FuzzOutcome.Rejected;
            }
        });
        try
        {
            if (!task.Wait(PerInputLimit))
            {
                throw new FuzzFailureException($"{parser}: input {index} did not finish within {PerInputLimit.TotalSeconds:F0} s; saved to {Save(parser, index, input)}.");
            }

            return task.Result;
        }
        catch (AggregateException aggregate) when (aggregate.InnerException is not null)
        {
            throw new FuzzFailureException(
                $"{parser}: input {index} threw {aggregate.InnerException.GetType().Name}: {aggregate.InnerException.Message}; saved to {Save(parser, index, input)}.",
                aggregate.InnerException);
        }
    }

    private static string Save(string parser, int index, byte[] input)
    {
        var directory = Path.Combine(Path.GetTempPath(), "trustcheck-fuzz", parser);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"seed{FuzzBudget.Seed}-input{index}.bin");
        File.WriteAllBytes(path, input);
        return path;
    }

    private static void Record(FuzzSummary summary)
    {
        var report = Environment.GetEnvironmentVariable(FuzzBudget.ReportVariable);
        if (!string.IsNullOrWhiteSpace(report))
        {
            File.AppendAllText(report, summary.ToLine() + Environment.NewLine);
        }
    }
}

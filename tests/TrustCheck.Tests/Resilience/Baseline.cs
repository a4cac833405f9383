using TrustCheck.Inspection;
using TrustCheck.TestKit.Http.Evidence;

namespace TrustCheck.Tests.Resilience;

/// <summary>The fault-free reports of <see cref="LoadWorkload.Distinct"/>, made by a fresh host with a memory-only cache.</summary>
internal static class Baseline
{
    public static async Task<IReadOnlyList<string>> MakeAsync(EvidenceServer server)
    {
        await using var host = LoadHost.Create(server);
        var inspector = host.Get<ITrustInspector>();
        var reports = new List<string>();
        foreach (var request in LoadWorkload.Distinct)
        {
            reports.Add(LoadRun.Canonical(await inspector.InspectAsync(request)));
        }

        return reports;
    }

    /// <summary>Inspects every distinct request once with <paramref name="inspector"/>; the problems, if any.</summary>
    public static async Task<IReadOnlyList<string>> DifferencesAsync(ITrustInspector inspector, IReadOnlyList<string> baseline)
    {
        var problems = new List<string>();
        for (var index = 0; index < LoadWorkload.Distinct.Count; index++)
        {
            var request = LoadWorkload.Distinct[index];
            var what = string.Join(" ", request.Packages.Select(p => $"{p.Name}=={p.Version}"));
            try
            {
                if (LoadRun.Canonical(await inspector.InspectAsync(request)) != baseline[index])
                {
                    problems.Add($"{what}: differs from the baseline");
                }
            }
            catch (Exception error)
            {
                problems.Add($"{what}: {error.GetType().Name}: {error.Message}");
            }
        }

        return problems;
    }
}

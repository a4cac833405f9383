using System.Text;
using TrustCheck.Artifacts.Capabilities;

namespace TrustCheck.Artifacts.Tests.Capabilities;

/// <summary>Scans Python written in a test.</summary>
internal static class Snippets
{
    public static IReadOnlyList<CapabilityHit> Hits(string source, CodeLocation location = CodeLocation.ImportTime) =>
        ModuleScanner.Scan("pkg/mod.py", "pkg/mod.py", Encoding.UTF8.GetBytes(source), location).Hits;

    public static IReadOnlyList<CapabilityHit> Hits(string source, string code, CodeLocation location = CodeLocation.ImportTime) =>
        [.. Hits(source, location).Where(h => h.Code == code)];
}

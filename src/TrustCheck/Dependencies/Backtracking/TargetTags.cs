using TrustCheck.Inspection;
using TrustCheck.Packaging;

namespace TrustCheck.Dependencies.Backtracking;

/// <summary>The wheel tags a CPython of the target installs, most preferred first (as pip orders them).</summary>
internal static class TargetTags
{
    public static IReadOnlyList<WheelTag> For(TargetEnvironment target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var version = target.PythonVersion.Split('.').Take(2).Select(int.Parse).ToList();
        var platforms = Platforms(target.Platform);
        var cp = "cp" + string.Concat(version);
        return [.. WheelTags.CPython(version, [cp, "abi3", "none"], platforms), .. WheelTags.Compatible(version, cp, platforms)];
    }

    private static List<string> Platforms(string platform)
    {
        if (platform.StartsWith("linux_", StringComparison.Ordinal))
        {
            var arch = platform["linux_".Length..];
            var glibc = Enumerable.Range(5, 36).Reverse().Select(minor => $"manylinux_2_{minor}_{arch}").ToList();
            glibc.InsertRange(glibc.IndexOf($"manylinux_2_17_{arch}") + 1, [$"manylinux2014_{arch}"]);
            glibc.InsertRange(glibc.IndexOf($"manylinux_2_12_{arch}") + 1, [$"manylinux2010_{arch}"]);
            glibc.InsertRange(glibc.IndexOf($"manylinux_2_5_{arch}") + 1, [$"manylinux1_{arch}"]);
            return [.. glibc, platform];
        }

        if (platform.StartsWith("macosx_", StringComparison.Ordinal))
        {
            var arch = platform.EndsWith("arm64", StringComparison.Ordinal) ? "arm64" : "x86_64";
            var major = int.TryParse(platform.Split('_')[1], out var m) ? m : 14;
            var versions = Enumerable.Range(11, Math.Max(0, major - 10)).Reverse().Select(v => $"macosx_{v}_0").ToList();
            return [.. versions.SelectMany(v => new[] { $"{v}_{arch}", $"{v}_universal2" }), .. arch == "x86_64" ? Enumerable.Range(0, 17).Reverse().Select(minor => $"macosx_10_{minor}_x86_64") : []];
        }

        return [platform];
    }
}

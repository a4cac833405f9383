using System.Globalization;

namespace TrustCheck.Packaging;

/// <summary>Platform tags a target accepts, most specific first (what pip would try on that machine).</summary>
public static class WheelPlatforms
{
    private static readonly Dictionary<(int Major, int Minor), string> LegacyManylinux = new()
    {
        [(2, 17)] = "manylinux2014",
        [(2, 12)] = "manylinux2010",
        [(2, 5)] = "manylinux1",
    };

    /// <summary>
    /// glibc Linux: <c>manylinux_2_N_arch</c> from the given glibc minor down to the oldest the architecture has
    /// (2.5 for x86_64/i686, 2.17 otherwise), each followed by its legacy alias (manylinux2014/2010/1), then
    /// <c>linux_arch</c>.
    /// </summary>
    /// <param name="architecture">e.g. <c>x86_64</c>, <c>aarch64</c>, <c>i686</c>.</param>
    /// <param name="glibcMinor">The glibc 2.x minor version of the target (e.g. 36 for Debian 12).</param>
    public static IReadOnlyList<string> Manylinux(string architecture, int glibcMinor)
    {
        ArgumentException.ThrowIfNullOrEmpty(architecture);
        var oldest = architecture is "x86_64" or "i686" ? 5 : 17;
        var result = new List<string>();
        for (var minor = glibcMinor; minor >= oldest; minor--)
        {
            result.Add($"manylinux_2_{minor.ToString(CultureInfo.InvariantCulture)}_{architecture}");
            if (LegacyManylinux.TryGetValue((2, minor), out var legacy) && (minor == 17 || architecture is "x86_64" or "i686"))
            {
                result.Add($"{legacy}_{architecture}");
            }
        }

        result.Add("linux_" + architecture);
        return result;
    }

    /// <summary>musl Linux: <c>musllinux_1_N_arch</c> from the given musl minor down to 0, then <c>linux_arch</c>.</summary>
    /// <param name="architecture">e.g. <c>x86_64</c>.</param>
    /// <param name="muslMinor">The musl 1.x minor version.</param>
    public static IReadOnlyList<string> Musllinux(string architecture, int muslMinor)
    {
        ArgumentException.ThrowIfNullOrEmpty(architecture);
        var result = new List<string>();
        for (var minor = muslMinor; minor >= 0; minor--)
        {
            result.Add($"musllinux_1_{minor.ToString(CultureInfo.InvariantCulture)}_{architecture}");
        }

        result.Add("linux_" + architecture);
        return result;
    }

    /// <summary>Windows: <c>win_amd64</c>, <c>win_arm64</c> or <c>win32</c>.</summary>
    /// <param name="architecture"><c>amd64</c>, <c>arm64</c> or <c>x86</c>.</param>
    public static IReadOnlyList<string> Windows(string architecture) => architecture switch
    {
        "amd64" or "x86_64" => ["win_amd64"],
        "arm64" => ["win_arm64"],
        "x86" or "win32" => ["win32"],
        _ => throw new ArgumentException($"'{architecture}' is not amd64, arm64 or x86.", nameof(architecture)),
    };

    /// <summary>
    /// macOS: for each OS version from the target's down to 11 (and, for x86_64, 10.16 down to 10.4), the binary
    /// formats that run there (<c>arm64</c>/<c>universal2</c>, or <c>x86_64</c>, <c>intel</c>, <c>fat64</c>,
    /// <c>fat32</c>, <c>universal2</c>, <c>universal</c>).
    /// </summary>
    /// <param name="major">The macOS major version (11 or later).</param>
    /// <param name="architecture"><c>arm64</c> or <c>x86_64</c>.</param>
    public static IReadOnlyList<string> MacOS(int major, string architecture)
    {
        string[] formats = architecture switch
        {
            "arm64" => ["arm64", "universal2"],
            "x86_64" => ["x86_64", "intel", "fat64", "fat32", "universal2", "universal"],
            _ => throw new ArgumentException($"'{architecture}' is not arm64 or x86_64.", nameof(architecture)),
        };
        var result = new List<string>();
        for (var version = major; version >= 11; version--)
        {
            result.AddRange(formats.Select(f => $"macosx_{version.ToString(CultureInfo.InvariantCulture)}_0_{f}"));
        }

        var legacyFormats = architecture == "arm64" ? ["universal2"] : formats;
        for (var minor = 16; minor >= 4; minor--)
        {
            result.AddRange(legacyFormats.Select(f => $"macosx_10_{minor.ToString(CultureInfo.InvariantCulture)}_{f}"));
            if (architecture == "arm64")
            {
                break;
            }
        }

        return result;
    }
}

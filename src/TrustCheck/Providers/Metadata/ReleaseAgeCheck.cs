using System.Globalization;
using TrustCheck.Findings;
using TrustCheck.Signals;

namespace TrustCheck.Providers.Metadata;

/// <summary>
/// TC1007: the release was first uploaded less than <see cref="Window"/> before the inspection (<c>context.Now</c>).
/// Low: a new release has not yet been through the window in which the community and the index catch most malicious
/// uploads and broken releases (the reason installers offer cooldowns such as uv's <c>exclude-newer</c>). An upload time
/// after the inspection's time (clock skew) counts as new.
/// </summary>
internal sealed class ReleaseAgeCheck : IReleaseMetadataCheck
{
    /// <summary>How new a release must be to be reported.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromHours(72);

    /// <inheritdoc />
    public IEnumerable<Finding> Check(SignalContext context, IReadOnlyList<ReleaseFile> files)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(files);
        var uploads = files.Select(f => f.UploadTime).OfType<DateTimeOffset>().ToList();
        if (uploads.Count == 0)
        {
            yield break;
        }

        var first = uploads.Min();
        var age = context.Now - first;
        if (age >= Window)
        {
            yield break;
        }

        var hours = Math.Max(0, age.TotalHours);
        var evidence = context.Evidence;
        yield return new Finding
        {
            Code = MetadataCodes.VeryNewRelease,
            Severity = Severity.Low,
            Message = string.Create(CultureInfo.InvariantCulture, $"{evidence.Name} {evidence.Version} was first uploaded {hours:0.#} hours ago (less than {Window.TotalHours:0} hours)."),
            Evidence = new Dictionary<string, string>(StringComparer.Ordinal)
            {
                ["version"] = evidence.Version,
                ["firstUpload"] = first.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture),
                ["ageHours"] = hours.ToString("0.#", CultureInfo.InvariantCulture),
                ["windowHours"] = Window.TotalHours.ToString("0", CultureInfo.InvariantCulture),
            },
            Remediation = "Wait until the release is a few days old before adopting it (an installer cooldown such as uv's exclude-newer does this), or review its changes and provenance first.",
        };
    }
}

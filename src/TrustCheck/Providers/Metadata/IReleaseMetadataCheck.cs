using TrustCheck.Findings;
using TrustCheck.Signals;

namespace TrustCheck.Providers.Metadata;

/// <summary>One check of the <c>release-metadata</c> provider: pure over the context and the release's files.</summary>
internal interface IReleaseMetadataCheck
{
    /// <summary>Runs the check.</summary>
    /// <param name="context">The signal context.</param>
    /// <param name="files">The release's files.</param>
    /// <returns>The findings, none when all is well.</returns>
    IEnumerable<Finding> Check(SignalContext context, IReadOnlyList<ReleaseFile> files);
}

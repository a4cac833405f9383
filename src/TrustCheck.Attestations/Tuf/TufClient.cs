using System.Security.Cryptography;
using TrustCheck.Attestations.Verification;

namespace TrustCheck.Attestations.Tuf;

/// <summary>
/// A TUF client (specification 1.0 client workflow): bootstraps from a root pinned by digest, walks root rotations
/// with both thresholds, then verifies timestamp → snapshot → targets (signatures, versions, lengths, hashes,
/// expiry against the injected clock, rollback against what it trusted before) and downloads a target whose length
/// and hash the targets metadata fixes. Every problem with the repository's data is a failure result; only a
/// repository that cannot be reached throws (<see cref="TufRemoteException"/>).
/// </summary>
public sealed class TufClient
{
    private readonly ITufRemote _remote;
    private readonly ITufMetadataStore _store;
    private readonly TufRootPin _pin;
    private readonly TimeProvider _time;
    private readonly TufLimits _limits;

    /// <summary>Creates a client.</summary>
    /// <param name="remote">Where repository files come from.</param>
    /// <param name="store">Where trusted metadata is kept between refreshes.</param>
    /// <param name="pin">The initial root.</param>
    /// <param name="time">The clock expiry is checked against.</param>
    /// <param name="limits">Download and rotation limits; defaults when null.</param>
    public TufClient(ITufRemote remote, ITufMetadataStore store, TufRootPin pin, TimeProvider time, TufLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(remote);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(pin);
        ArgumentNullException.ThrowIfNull(time);
        _remote = remote;
        _store = store;
        _pin = pin;
        _time = time;
        _limits = limits ?? new TufLimits();
    }

    /// <summary>Refreshes the metadata and downloads one target, verified.</summary>
    /// <param name="targetName">The target path, e.g. <c>trusted_root.json</c>.</param>
    /// <param name="cancellationToken">Cancels the refresh.</param>
    /// <returns>The target's bytes, or the failure that stopped the refresh.</returns>
    /// <exception cref="TufRemoteException">The repository could not be reached.</exception>
    public async Task<TufTargetResult> GetTargetAsync(string targetName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(targetName);
        var now = _time.GetUtcNow();
        var (rootFailure, root) = await LoadTrustedRootAsync(now, cancellationToken).ConfigureAwait(false);
        if (rootFailure is not null)
        {
            return TufTargetResult.Failed(rootFailure);
        }

        using (root)
        {
            var (failure, state) = await RefreshTopLevelAsync(root!, now, cancellationToken).ConfigureAwait(false);
            if (failure is not null)
            {
                return TufTargetResult.Failed(failure);
            }

            var (findFailure, target) = await new TufTargetResolver(_remote, _limits, now).FindAsync(state!, targetName, cancellationToken).ConfigureAwait(false);
            if (findFailure is not null)
            {
                return TufTargetResult.Failed(findFailure);
            }

            return await DownloadTargetAsync(targetName, target!, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(VerificationFailure?, RootMetadata?)> LoadTrustedRootAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var stored = await _store.LoadAsync("root", cancellationToken).ConfigureAwait(false);
        RootMetadata? trusted = null;
        if (stored is not null && RootMetadata.TryParse(stored, out var storedRoot) is null && storedRoot!.Version >= _pin.Version)
        {
            trusted = storedRoot;
        }

        if (trusted is null)
        {
            var bytes = await _remote.FetchAsync($"{_pin.Version}.root.json", _limits.MaxRootLength, cancellationToken).ConfigureAwait(false);
            if (bytes is null)
            {
                return (Fail($"the pinned root {_pin.Version}.root.json is not in the repository"), null);
            }

            if (CheckLimit($"{_pin.Version}.root.json", bytes, _limits.MaxRootLength, nameof(TufLimits.MaxRootLength)) is { } tooLong)
            {
                return (tooLong, null);
            }

            if (Convert.ToHexStringLower(SHA256.HashData(bytes)) != _pin.Sha256)
            {
                return (Fail($"{_pin.Version}.root.json does not have the pinned SHA-256 {_pin.Sha256}"), null);
            }

            var parseFailure = RootMetadata.TryParse(bytes, out trusted);
            if (parseFailure is not null)
            {
                return (parseFailure, null);
            }
        }

        for (var rotation = 0; rotation < _limits.MaxRootRotations; rotation++)
        {
            var nextVersion = trusted!.Version + 1;
            var bytes = await _remote.FetchAsync($"{nextVersion}.root.json", _limits.MaxRootLength, cancellationToken).ConfigureAwait(false);
            if (bytes is null)
            {
                break;
            }

            RootMetadata? next = null;
            var failure = CheckLimit($"{nextVersion}.root.json", bytes, _limits.MaxRootLength, nameof(TufLimits.MaxRootLength))
                ?? TryRotate(trusted, bytes, nextVersion, out next);
            if (failure is not null)
            {
                trusted.Dispose();
                return (failure, null);
            }

            if (!SameKeys(trusted, next!, "timestamp") || !SameKeys(trusted, next!, "snapshot"))
            {
                // Fast-forward attack recovery: metadata signed by rotated-out keys is no longer a rollback baseline.
                await _store.SaveAsync("timestamp", [], cancellationToken).ConfigureAwait(false);
                await _store.SaveAsync("snapshot", [], cancellationToken).ConfigureAwait(false);
            }

            trusted.Dispose();
            trusted = next!;
            await _store.SaveAsync("root", bytes, cancellationToken).ConfigureAwait(false);
        }

        if (trusted!.Metadata.IsExpiredAt(now))
        {
            var (version, expires) = (trusted.Version, trusted.Metadata.Expires);
            trusted.Dispose();
            return (Fail($"the final root (v{version}) expired at {expires:O}"), null);
        }

        await _store.SaveAsync("root", trusted.Metadata.Raw, cancellationToken).ConfigureAwait(false);
        return (null, trusted);
    }

    private static VerificationFailure? TryRotate(RootMetadata trusted, byte[] bytes, long expectedVersion, out RootMetadata? next)
    {
        var failure = RootMetadata.TryParse(bytes, out next);
        if (failure is not null)
        {
            return failure;
        }

        failure = next!.Metadata.VerifyThreshold(trusted.Roles["root"], trusted.Keys)
            ?? next.Metadata.VerifyThreshold(next.Roles["root"], next.Keys)
            ?? (next.Version == expectedVersion ? null : Fail($"expected root version {expectedVersion}, got {next.Version}"));
        if (failure is not null)
        {
            next.Dispose();
            next = null;
        }

        return failure;
    }

    private async Task<(VerificationFailure?, TufRepositoryState?)> RefreshTopLevelAsync(RootMetadata root, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var timestampBytes = await _remote.FetchAsync("timestamp.json", _limits.MaxTimestampLength, cancellationToken).ConfigureAwait(false);
        if (timestampBytes is null)
        {
            return (Fail("timestamp.json is not in the repository"), null);
        }

        SignedMetadata? timestamp = null;
        var failure = CheckLimit("timestamp.json", timestampBytes, _limits.MaxTimestampLength, nameof(TufLimits.MaxTimestampLength))
            ?? SignedMetadata.TryParse(timestampBytes, "timestamp", out timestamp)
            ?? timestamp!.VerifyThreshold(root.Roles["timestamp"], root.Keys);
        if (failure is not null)
        {
            return (failure, null);
        }

        failure = TufMetaReader.TryReadEntries(timestamp!.Signed, "meta", versionRequired: true, out var timestampMeta);
        if (failure is not null)
        {
            return (failure, null);
        }

        if (!timestampMeta.TryGetValue("snapshot.json", out var snapshotMeta))
        {
            return (Fail("timestamp.json does not name snapshot.json"), null);
        }

        var previousTimestamp = await LoadTrustedAsync("timestamp", root, cancellationToken).ConfigureAwait(false);
        if (previousTimestamp is not null)
        {
            if (timestamp.Version < previousTimestamp.Version)
            {
                return (Fail($"rollback: timestamp version {timestamp.Version} is lower than the trusted {previousTimestamp.Version}"), null);
            }

            if (TufMetaReader.TryReadEntries(previousTimestamp.Signed, "meta", true, out var previousMeta) is null &&
                previousMeta.TryGetValue("snapshot.json", out var previousSnapshot) && snapshotMeta.Version < previousSnapshot.Version)
            {
                return (Fail($"rollback: timestamp names snapshot {snapshotMeta.Version}, lower than the trusted {previousSnapshot.Version}"), null);
            }
        }

        if (timestamp.IsExpiredAt(now))
        {
            return (Fail($"timestamp.json v{timestamp.Version} expired at {timestamp.Expires:O}"), null);
        }

        await _store.SaveAsync("timestamp", timestampBytes, cancellationToken).ConfigureAwait(false);

        var (snapshotFailure, snapshot) = await FetchSnapshotAsync(root, snapshotMeta, now, cancellationToken).ConfigureAwait(false);
        if (snapshotFailure is not null)
        {
            return (snapshotFailure, null);
        }

        var (targetsFailure, targets) = await FetchTopLevelTargetsAsync(root, snapshot!, now, cancellationToken).ConfigureAwait(false);
        return targetsFailure is not null ? (targetsFailure, null) : (null, new TufRepositoryState(root, timestamp, snapshot!, targets!));
    }

    private async Task<(VerificationFailure?, SignedMetadata?)> FetchSnapshotAsync(RootMetadata root, TufMetaFile meta, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var path = root.ConsistentSnapshot ? $"{meta.Version}.snapshot.json" : "snapshot.json";
        var bytes = await _remote.FetchAsync(path, meta.Length ?? _limits.MaxSnapshotLength, cancellationToken).ConfigureAwait(false);
        var failure = bytes is null ? Fail($"{path} is not in the repository")
            : CheckLimit(path, bytes, meta.Length ?? _limits.MaxSnapshotLength, nameof(TufLimits.MaxSnapshotLength)) ?? CheckFile(path, bytes, meta);
        if (failure is not null)
        {
            return (failure, null);
        }

        failure = SignedMetadata.TryParse(bytes!, "snapshot", out var snapshot)
            ?? snapshot!.VerifyThreshold(root.Roles["snapshot"], root.Keys)
            ?? (snapshot.Version == meta.Version ? null : Fail($"snapshot version {snapshot.Version} does not match the timestamp's {meta.Version}"));
        if (failure is not null)
        {
            return (failure, null);
        }

        failure = TufMetaReader.TryReadEntries(snapshot!.Signed, "meta", versionRequired: true, out var entries);
        if (failure is not null)
        {
            return (failure, null);
        }

        var previous = await LoadTrustedAsync("snapshot", root, cancellationToken).ConfigureAwait(false);
        if (previous is not null && TufMetaReader.TryReadEntries(previous.Signed, "meta", true, out var previousEntries) is null)
        {
            foreach (var (name, old) in previousEntries)
            {
                if (!entries.TryGetValue(name, out var current) || current.Version < old.Version)
                {
                    return (Fail($"rollback: snapshot no longer lists {name} at version {old.Version} or later"), null);
                }
            }
        }

        if (snapshot.IsExpiredAt(now))
        {
            return (Fail($"snapshot v{snapshot.Version} expired at {snapshot.Expires:O}"), null);
        }

        await _store.SaveAsync("snapshot", bytes!, cancellationToken).ConfigureAwait(false);
        return (null, snapshot);
    }

    private async Task<(VerificationFailure?, SignedMetadata?)> FetchTopLevelTargetsAsync(RootMetadata root, SignedMetadata snapshot, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var failure = TufMetaReader.TryReadEntries(snapshot.Signed, "meta", true, out var entries);
        if (failure is not null)
        {
            return (failure, null);
        }

        if (!entries.TryGetValue("targets.json", out var meta))
        {
            return (Fail("the snapshot does not list targets.json"), null);
        }

        var (fetchFailure, targets) = await new TufTargetResolver(_remote, _limits, now)
            .FetchRoleAsync("targets", meta, root.ConsistentSnapshot, root.Roles["targets"], root.Keys, cancellationToken).ConfigureAwait(false);
        if (fetchFailure is not null)
        {
            return (fetchFailure, null);
        }

        await _store.SaveAsync("targets", targets!.Raw, cancellationToken).ConfigureAwait(false);
        return (null, targets);
    }

    private async Task<TufTargetResult> DownloadTargetAsync(string targetName, TufMetaFile target, CancellationToken cancellationToken)
    {
        if (target.Length is not { } length || target.Sha256 is not { } sha256)
        {
            return TufTargetResult.Failed(Fail($"target {targetName} has no length or SHA-256"));
        }

        var slash = targetName.LastIndexOf('/');
        var path = "targets/" + (slash < 0 ? $"{sha256}.{targetName}" : $"{targetName[..(slash + 1)]}{sha256}.{targetName[(slash + 1)..]}");
        var bytes = await _remote.FetchAsync(path, length, cancellationToken).ConfigureAwait(false);
        var failure = bytes is null ? Fail($"target {path} is not in the repository") : CheckFile(targetName, bytes, target);
        return failure is null ? new TufTargetResult { Content = bytes } : TufTargetResult.Failed(failure);
    }

    private async Task<SignedMetadata?> LoadTrustedAsync(string role, RootMetadata root, CancellationToken cancellationToken)
    {
        var bytes = await _store.LoadAsync(role, cancellationToken).ConfigureAwait(false);
        if (bytes is not { Length: > 0 } || SignedMetadata.TryParse(bytes, role, out var metadata) is not null)
        {
            return null;
        }

        // Only metadata the current root's keys still vouch for is a rollback baseline.
        return metadata!.VerifyThreshold(root.Roles[role], root.Keys) is null ? metadata : null;
    }

    /// <summary>
    /// A file past its limit (the remote hands back at most one byte more) fails naming the limit, not as the
    /// truncated JSON it would otherwise be parsed as. A length the signed metadata gives is checked exactly instead.
    /// </summary>
    internal static VerificationFailure? CheckLimit(string name, byte[] bytes, long max, string limit) =>
        bytes.Length > max ? Fail($"{name} is more than the {max} bytes accepted ({nameof(TufLimits)}.{limit})") : null;

    internal static VerificationFailure? CheckFile(string name, byte[] bytes, TufMetaFile expected)
    {
        if (expected.Length is { } length && bytes.Length != length)
        {
            return Fail($"{name} is {(bytes.Length > length ? "longer" : "shorter")} than the {length} bytes its metadata gives");
        }

        return expected.Sha256 is { } sha256 && Convert.ToHexStringLower(SHA256.HashData(bytes)) != sha256
            ? Fail($"{name} does not have the SHA-256 {sha256} its metadata gives")
            : null;
    }

    private static bool SameKeys(RootMetadata a, RootMetadata b, string role) =>
        a.Roles[role].KeyIds.Order(StringComparer.Ordinal).SequenceEqual(b.Roles[role].KeyIds.Order(StringComparer.Ordinal), StringComparer.Ordinal)
        && a.Roles[role].Threshold == b.Roles[role].Threshold;

    private static VerificationFailure Fail(string reason) => new(VerificationStage.TrustRoot, "TUF: " + reason);
}

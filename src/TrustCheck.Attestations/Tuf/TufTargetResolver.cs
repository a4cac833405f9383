using System.Text.Json;
using System.Text.RegularExpressions;
using TrustCheck.Attestations.Crypto;
using TrustCheck.Attestations.Verification;

namespace TrustCheck.Attestations.Tuf;

/// <summary>
/// Finds a target's length and hash: in the top-level targets, else by a pre-order walk of delegations whose path
/// patterns match (a terminating delegation ends the search), verifying each delegated role on the way.
/// </summary>
internal sealed class TufTargetResolver(ITufRemote remote, TufLimits limits, DateTimeOffset now)
{
    private const int MaxDelegations = 32;

    public async Task<(VerificationFailure?, TufMetaFile?)> FindAsync(TufRepositoryState state, string targetName, CancellationToken cancellationToken)
    {
        var failure = TufMetaReader.TryReadEntries(state.Snapshot.Signed, "meta", true, out var snapshotEntries);
        if (failure is not null)
        {
            return (failure, null);
        }

        var pending = new Stack<SignedMetadata>([state.Targets]);
        var visited = 0;
        while (pending.TryPop(out var role) && visited++ < MaxDelegations)
        {
            failure = TufMetaReader.TryReadEntries(role.Signed, "targets", versionRequired: false, out var targets);
            if (failure is not null)
            {
                return (failure, null);
            }

            if (targets.TryGetValue(targetName, out var target))
            {
                return (null, target);
            }

            if (!role.Signed.TryGetProperty("delegations", out var delegations) || delegations.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var (delegationFailure, children, terminated) = await LoadDelegationsAsync(delegations, targetName, snapshotEntries, state.Root.ConsistentSnapshot, cancellationToken).ConfigureAwait(false);
            if (delegationFailure is not null)
            {
                return (delegationFailure, null);
            }

            foreach (var child in children.AsEnumerable().Reverse())
            {
                pending.Push(child);
            }

            if (terminated && children.Count == 0)
            {
                break;
            }
        }

        return (Fail($"no targets metadata lists {targetName}"), null);
    }

    public async Task<(VerificationFailure?, SignedMetadata?)> FetchRoleAsync(
        string role, TufMetaFile meta, bool consistentSnapshot, TufRole keys, IReadOnlyDictionary<string, VerificationKey> keyRing, CancellationToken cancellationToken)
    {
        var path = consistentSnapshot ? $"{meta.Version}.{role}.json" : $"{role}.json";
        var bytes = await remote.FetchAsync(path, meta.Length ?? limits.MaxTargetsLength, cancellationToken).ConfigureAwait(false);
        var failure = bytes is null ? Fail($"{path} is not in the repository")
            : (meta.Length is null ? TufClient.CheckLimit(path, bytes, limits.MaxTargetsLength, nameof(TufLimits.MaxTargetsLength)) : null) ?? TufClient.CheckFile(path, bytes, meta);
        if (failure is not null)
        {
            return (failure, null);
        }

        failure = SignedMetadata.TryParse(bytes!, "targets", out var metadata)
            ?? metadata!.VerifyThreshold(keys, keyRing)
            ?? (metadata.Version == meta.Version ? null : Fail($"{role} version {metadata.Version} does not match the snapshot's {meta.Version}"))
            ?? (metadata.IsExpiredAt(now) ? Fail($"{role} v{metadata.Version} expired at {metadata.Expires:O}") : null);
        return failure is not null ? (failure, null) : (null, metadata);
    }

    private async Task<(VerificationFailure?, List<SignedMetadata>, bool)> LoadDelegationsAsync(
        JsonElement delegations, string targetName, Dictionary<string, TufMetaFile> snapshotEntries, bool consistentSnapshot, CancellationToken cancellationToken)
    {
        var children = new List<SignedMetadata>();
        var keys = new Dictionary<string, VerificationKey>(StringComparer.Ordinal);
        if (delegations.TryGetProperty("keys", out var keysElement) && keysElement.ValueKind == JsonValueKind.Object)
        {
            foreach (var key in keysElement.EnumerateObject())
            {
                if (TufKey.TryRead(key.Value, out _) is { } parsed)
                {
                    keys[key.Name] = parsed;
                }
            }
        }

        try
        {
            if (!delegations.TryGetProperty("roles", out var roles) || roles.ValueKind != JsonValueKind.Array)
            {
                return (null, children, false);
            }

            foreach (var roleElement in roles.EnumerateArray())
            {
                var name = SignedMetadata.Text(roleElement, "name");
                if (name is null || !PathsMatch(roleElement, targetName))
                {
                    continue;
                }

                var failure = TufRoleReader.TryRead(roleElement, name, out var role);
                if (failure is not null)
                {
                    return (failure, children, false);
                }

                if (!snapshotEntries.TryGetValue(name + ".json", out var meta))
                {
                    return (Fail($"the snapshot does not list the delegated role {name}"), children, false);
                }

                var (fetchFailure, metadata) = await FetchRoleAsync(name, meta, consistentSnapshot, role!, keys, cancellationToken).ConfigureAwait(false);
                if (fetchFailure is not null)
                {
                    return (fetchFailure, children, false);
                }

                children.Add(metadata!);
                if (roleElement.TryGetProperty("terminating", out var terminating) && terminating.ValueKind == JsonValueKind.True)
                {
                    return (null, children, true);
                }
            }

            return (null, children, false);
        }
        finally
        {
            foreach (var key in keys.Values)
            {
                key.Dispose();
            }
        }
    }

    private static bool PathsMatch(JsonElement role, string targetName)
    {
        if (!role.TryGetProperty("paths", out var paths) || paths.ValueKind != JsonValueKind.Array)
        {
            return false;
        }

        foreach (var pattern in paths.EnumerateArray().Where(p => p.ValueKind == JsonValueKind.String).Select(p => p.GetString()!))
        {
            // TUF path patterns are shell-style; '*' does not cross '/' (python-tuf's fnmatch per path segment).
            var regex = "^" + Regex.Escape(pattern).Replace("\\*", "[^/]*", StringComparison.Ordinal).Replace("\\?", "[^/]", StringComparison.Ordinal) + "$";
            if (pattern.Count(c => c == '/') == targetName.Count(c => c == '/') && Regex.IsMatch(targetName, regex, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))
            {
                return true;
            }
        }

        return false;
    }

    private static VerificationFailure Fail(string reason) => new(VerificationStage.TrustRoot, "TUF: " + reason);
}

using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TrustCheck.TestKit;

/// <summary>
/// A small approval-snapshot helper with Verify's file naming, so that moving to Verify.Xunit later is mechanical:
/// the snapshot is <c>{TestFile}.{TestMethod}.verified.json</c> beside the test source; on a mismatch (or when no
/// snapshot exists yet) the actual value is written to <c>{TestFile}.{TestMethod}.received.json</c> and the call
/// fails. Accepting a change means renaming the received file over the verified one.
/// </summary>
public static class Approvals
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Compares a JSON document with its committed snapshot (formatting is normalized first).</summary>
    /// <param name="json">The JSON text produced by the code under test.</param>
    /// <param name="scenario">A suffix for parameterized tests, as Verify's <c>UseParameters</c>; null for none.</param>
    /// <param name="sourceFile">Filled in by the compiler: the test's source file.</param>
    /// <param name="testName">Filled in by the compiler: the test method.</param>
    /// <exception cref="ApprovalException">The snapshot is missing or differs.</exception>
    public static void VerifyJson(
        string json,
        string? scenario = null,
        [CallerFilePath] string sourceFile = "",
        [CallerMemberName] string testName = "")
    {
        ArgumentNullException.ThrowIfNull(json);
        var node = JsonNode.Parse(json);
        var normalized = (node is null ? "null" : node.ToJsonString(Indented)) + "\n";
        var directory = Path.GetDirectoryName(sourceFile);
        if (string.IsNullOrEmpty(directory) || !Directory.Exists(directory))
        {
            throw new ApprovalException(
                $"The test source folder '{directory}' does not exist, so the snapshot cannot be found. " +
                "Test projects must be built without deterministic source-path mapping.");
        }

        var baseName = SnapshotBaseName(sourceFile, testName, scenario);
        Compare(normalized, baseName + ".verified.json", baseName + ".received.json");
    }

    /// <summary>The path of a snapshot without its <c>.verified.json</c> suffix.</summary>
    /// <param name="sourceFile">The test's source file.</param>
    /// <param name="testName">The test method.</param>
    /// <param name="scenario">An optional parameter suffix.</param>
    public static string SnapshotBaseName(string sourceFile, string testName, string? scenario)
    {
        ArgumentException.ThrowIfNullOrEmpty(sourceFile);
        ArgumentException.ThrowIfNullOrEmpty(testName);
        var directory = Path.GetDirectoryName(sourceFile) ?? ".";
        var typeName = Path.GetFileNameWithoutExtension(sourceFile);
        var suffix = string.IsNullOrEmpty(scenario) ? string.Empty : "_" + scenario;
        return Path.Combine(directory, $"{typeName}.{testName}{suffix}");
    }

    internal static void Compare(string actual, string verifiedPath, string receivedPath)
    {
        var expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        File.WriteAllText(receivedPath, actual, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var message = expected is null
            ? $"No snapshot '{verifiedPath}' yet. The result was written to '{receivedPath}'; review it and rename it to approve."
            : $"The result differs from '{verifiedPath}'. The new result was written to '{receivedPath}'; diff the two and rename to approve.";
        throw new ApprovalException(message);
    }
}

using System.Runtime.CompilerServices;

namespace TrustCheck.Cli.Tests;

/// <summary>Keeps the in-process CLI runs away from the user's state directory (ownership snapshots).</summary>
internal static class TestEnvironment
{
    [ModuleInitializer]
    internal static void Initialize() =>
        Environment.SetEnvironmentVariable("TRUSTCHECK_STATE_DIR", Directory.CreateTempSubdirectory("trustcheck-cli-state-").FullName);
}

using TrustCheck.Cli.Configuration;
using TrustCheck.TestKit;

namespace TrustCheck.Cli.Tests.Configuration;

/// <summary>docs/configuration.md's reference table is the settings table: same keys, flags, variables and configuration paths.</summary>
public sealed class ConfigurationDocsTests
{
    [Fact]
    public void ReferenceTable_ListsEverySettingAsTheCodeDefinesIt()
    {
        var rows = File.ReadAllLines(Path.Combine(RepositoryRoot.Current, "docs", "configuration.md"))
            .Where(l => l.StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(cells => cells[1].Trim('`'), cells => cells);

        Assert.Equal(CliSettings.All.Select(s => s.Key).Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        foreach (var setting in CliSettings.All)
        {
            var cells = rows[setting.Key];
            Assert.StartsWith($"`{setting.Flag}`", cells[2], StringComparison.Ordinal);
            Assert.True(setting.EnvironmentVariable is null ? cells[3] == "—" : cells[3].StartsWith($"`{setting.EnvironmentVariable}`", StringComparison.Ordinal), setting.Key);
            Assert.True(setting.ConfigurationPath is null ? cells[4].StartsWith('—') : cells[4] == $"`{setting.ConfigurationPath}`", setting.Key);
        }
    }
}

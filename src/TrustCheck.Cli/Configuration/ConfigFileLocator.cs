namespace TrustCheck.Cli.Configuration;

/// <summary>
/// Finds the config file from a directory upward: in each directory, <c>trustcheck.toml</c> first, then a
/// <c>pyproject.toml</c> that has a <c>[tool.trustcheck]</c> table (a pyproject without one is passed over, as ruff
/// and pytest do); the first found wins and nothing above it is read.
/// </summary>
internal static class ConfigFileLocator
{
    public const string FileName = "trustcheck.toml";

    public static ConfigFile? Find(string startDirectory)
    {
        for (var directory = new DirectoryInfo(startDirectory); directory is not null; directory = directory.Parent)
        {
            var own = Path.Combine(directory.FullName, FileName);
            if (File.Exists(own))
            {
                return new ConfigFile(own, IsPyproject: false);
            }

            var pyproject = Path.Combine(directory.FullName, "pyproject.toml");
            if (File.Exists(pyproject) && ConfigFileReader.HasToolTable(pyproject))
            {
                return new ConfigFile(pyproject, IsPyproject: true);
            }
        }

        return null;
    }
}

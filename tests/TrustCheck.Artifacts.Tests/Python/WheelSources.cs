using TrustCheck.Artifacts.Archives;
using TrustCheck.TestKit;

namespace TrustCheck.Artifacts.Tests.Python;

/// <summary>The <c>.py</c> members of the real wheels in ../shared/data/wheels, read in place.</summary>
internal static class WheelSources
{
    /// <summary>Every .py member of every wheel, named wheel!path.</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> All()
    {
        var sources = new List<(string, byte[])>();
        foreach (var wheel in Directory.GetFiles(SharedData.PathOf("data/wheels"), "*.whl").Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(wheel);
            var contents = SafeArchiveReader.Read(stream, ArchiveFormat.Zip);
            Assert.False(contents.Incomplete, $"{wheel} could not be read whole.");
            foreach (var member in contents.Members.Where(m => m.Path.EndsWith(".py", StringComparison.Ordinal)))
            {
                sources.Add(($"{Path.GetFileName(wheel)}!{member.Path}", member.Content.ToArray()));
            }
        }

        return sources;
    }
}

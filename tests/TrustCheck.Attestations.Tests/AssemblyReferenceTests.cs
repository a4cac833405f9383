using TrustCheck.Attestations.Tuf;

namespace TrustCheck.Attestations.Tests;

public sealed class AssemblyReferenceTests
{
    [Fact]
    public void Attestations_ReferencedAssemblies_IncludeNoHttp()
    {
        var referenced = typeof(TufClient).Assembly.GetReferencedAssemblies().Select(a => a.Name).ToList();

        Assert.DoesNotContain(referenced, name => name is not null && name.StartsWith("System.Net.Http", StringComparison.Ordinal));
    }
}

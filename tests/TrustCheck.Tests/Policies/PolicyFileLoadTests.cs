using TrustCheck.Policies;
using TrustCheck.TestKit.Files;

namespace TrustCheck.Tests.Policies;

public sealed class PolicyFileLoadTests : IDisposable
{
    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("trustcheck-policy-");

    public void Dispose() => _scratch.Delete(recursive: true);

    [Fact]
    public async Task LoadAsync_Fifo_IsAPolicyFileErrorNotAHang()
    {
        var fifo = HostileFiles.CreateFifo(Path.Combine(_scratch.FullName, "policy.json"));

        var error = await Assert.ThrowsAsync<PolicyFileException>(() => PolicyFile.LoadAsync(fifo).WaitAsync(TimeSpan.FromSeconds(10)));

        Assert.Contains("not a regular file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_InvalidUtf8_IsAPolicyFileError()
    {
        var path = Path.Combine(_scratch.FullName, "policy.json");
        await File.WriteAllBytesAsync(path, HostileFiles.WithInvalidUtf8("""{ "extends": "strict" }"""u8.ToArray(), "strict"));

        var error = await Assert.ThrowsAsync<PolicyFileException>(() => PolicyFile.LoadAsync(path));

        Assert.Contains("not UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadAsync_Missing_IsAPolicyFileError()
    {
        var error = await Assert.ThrowsAsync<PolicyFileException>(() => PolicyFile.LoadAsync(Path.Combine(_scratch.FullName, "absent.json")));

        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }
}

using System.Text;
using TrustCheck.LocalFiles;
using TrustCheck.TestKit;
using TrustCheck.TestKit.Files;

namespace TrustCheck.Tests.LocalFiles;

public sealed class LocalDocumentTests : IDisposable
{
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(10);
    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("trustcheck-local-");

    public void Dispose() => _scratch.Delete(recursive: true);

    [Fact]
    public async Task ReadAsync_RegularFile_ReturnsItsBytes()
    {
        var path = SharedData.PathOf("vectors/trusted_root/production.trusted_root.json");

        var bytes = await LocalDocument.ReadAsync(path, DocumentLimits.TrustedRoot, "trusted root");

        Assert.Equal(await File.ReadAllBytesAsync(path), bytes);
    }

    [Fact]
    public async Task ReadAsync_SymbolicLinkToARegularFile_IsFollowed()
    {
        var target = SharedData.PathOf("vectors/trusted_root/production.trusted_root.json");
        var link = File.CreateSymbolicLink(Path.Combine(_scratch.FullName, "link.json"), target).FullName;

        var bytes = await LocalDocument.ReadAsync(link, DocumentLimits.TrustedRoot, "trusted root");

        Assert.Equal(await File.ReadAllBytesAsync(target), bytes);
    }

    [Fact]
    public async Task ReadAsync_FifoWithoutWriter_IsRefusedWithoutOpeningIt()
    {
        var fifo = HostileFiles.CreateFifo(Path.Combine(_scratch.FullName, "fifo"));

        var error = await Assert.ThrowsAsync<LocalDocumentException>(() => LocalDocument.ReadAsync(fifo, 1024, "bundle").WaitAsync(HangLimit));

        Assert.Contains("not a regular file", error.Message, StringComparison.Ordinal);
        Assert.Equal(fifo, error.Path);
    }

    [Fact]
    public async Task ReadAsync_EndlessDevice_IsRefused()
    {
        var error = await Assert.ThrowsAsync<LocalDocumentException>(() => LocalDocument.ReadAsync(HostileFiles.EndlessDevice, 1024, "provenance").WaitAsync(HangLimit));

        Assert.Contains("not a regular file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_LargerThanTheLimit_IsRefusedNamingTheLimit()
    {
        var path = HostileFiles.CreateSparse(Path.Combine(_scratch.FullName, "big.json"), 1025);

        var error = await Assert.ThrowsAsync<LocalDocumentException>(() => LocalDocument.ReadAsync(path, 1024, "provenance"));

        Assert.Contains("larger than the 1,024 bytes accepted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_ExactlyTheLimit_IsRead()
    {
        var path = HostileFiles.CreateSparse(Path.Combine(_scratch.FullName, "limit.json"), 1024);

        Assert.Equal(1024, (await LocalDocument.ReadAsync(path, 1024, "provenance")).Length);
    }

    [Fact]
    public async Task ReadAsync_FileHoldingMoreThanItsSizeSays_IsReadWhole()
    {
        // procfs files report a size of 0 and hold text: the read goes on past the size the file gave.
        const string path = "/proc/self/status";
        Assert.Equal(0, new FileInfo(path).Length);

        var bytes = await LocalDocument.ReadAsync(path, 1024 * 1024, "status");

        var text = Encoding.ASCII.GetString(bytes);
        Assert.StartsWith("Name:", text, StringComparison.Ordinal);
        Assert.Contains("\nPid:", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_FileHoldingMoreThanItsSizeSays_IsStillHeldToTheLimit()
    {
        var error = await Assert.ThrowsAsync<LocalDocumentException>(() => LocalDocument.ReadAsync("/proc/self/status", 16, "status"));

        Assert.Contains("larger than the 16 bytes accepted", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_Missing_IsFileNotFound()
    {
        await Assert.ThrowsAsync<FileNotFoundException>(() => LocalDocument.ReadAsync(Path.Combine(_scratch.FullName, "absent.json"), 1024, "provenance"));
    }

    [Fact]
    public async Task ReadAsync_Directory_IsRefused()
    {
        var error = await Assert.ThrowsAsync<LocalDocumentException>(() => LocalDocument.ReadAsync(_scratch.FullName, 1024, "provenance"));

        Assert.Contains("is a directory", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'"', 0xC3, 0x28, (byte)'"' }, "not UTF-8")]
    [InlineData(new byte[] { (byte)'{', (byte)'x' }, "not JSON")]
    [InlineData(new byte[] { (byte)'[', (byte)']', (byte)'[', (byte)']' }, "not JSON")]
    public async Task ReadJsonAsync_NotUtf8Json_IsRefused(byte[] content, string reason)
    {
        var path = Path.Combine(_scratch.FullName, "doc.json");
        await File.WriteAllBytesAsync(path, content);

        var error = await Assert.ThrowsAsync<LocalDocumentException>(() => LocalDocument.ReadJsonAsync(path, 1024, "bundle"));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadJsonAsync_NestedDeeperThan64_IsRefused()
    {
        var path = Path.Combine(_scratch.FullName, "deep.json");
        await File.WriteAllTextAsync(path, new string('[', 65) + new string(']', 65));

        await Assert.ThrowsAsync<LocalDocumentException>(() => LocalDocument.ReadJsonAsync(path, 1024, "bundle"));
    }

    [Fact]
    public async Task Sha256HexAsync_RegularFile_IsItsDigest()
    {
        var path = SharedData.PathOf("vectors/conformance/bundle-verify/a.txt");

        var hex = await LocalDocument.Sha256HexAsync(path, "artifact");

        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(path))), hex);
    }

    [Fact]
    public async Task Sha256HexAsync_Fifo_IsRefusedInsteadOfHashedForever()
    {
        var fifo = HostileFiles.CreateFifo(Path.Combine(_scratch.FullName, "dist.whl"));

        await Assert.ThrowsAsync<LocalDocumentException>(() => LocalDocument.Sha256HexAsync(fifo, "distribution").WaitAsync(HangLimit));
    }
}

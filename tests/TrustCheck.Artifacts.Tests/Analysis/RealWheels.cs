using TrustCheck.Artifacts.Analysis;
using TrustCheck.TestKit;

namespace TrustCheck.Artifacts.Tests.Analysis;

/// <summary>The seven real wheels of ../shared/data/wheels, read in place, and which is each one's previous release there.</summary>
internal static class RealWheels
{
    public static readonly (string File, string? Previous)[] Series =
    [
        ("pip-23.2.1-py3-none-any.whl", null),
        ("pip-24.2-py3-none-any.whl", "pip-23.2.1-py3-none-any.whl"),
        ("pip-25.0.1-py3-none-any.whl", "pip-24.2-py3-none-any.whl"),
        ("setuptools-65.5.0-py3-none-any.whl", null),
        ("setuptools-67.6.1-py3-none-any.whl", "setuptools-65.5.0-py3-none-any.whl"),
        ("wheel-0.40.0-py3-none-any.whl", null),
        ("wheel-0.43.0-py3-none-any.whl", "wheel-0.40.0-py3-none-any.whl"),
    ];

    public static byte[] Bytes(string file) => File.ReadAllBytes(SharedData.PathOf("data/wheels/" + file));

    public static ArtifactInput Input(string file) => new(file, Bytes(file));
}

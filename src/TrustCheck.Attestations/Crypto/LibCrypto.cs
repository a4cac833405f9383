using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using System.Security.Cryptography;

namespace TrustCheck.Attestations.Crypto;

/// <summary>
/// The few OpenSSL 3 entry points <see cref="OpenSslEcPublicKey"/> needs, bound to the very libcrypto .NET itself
/// uses, or not at all: the library is only used when .NET runs on OpenSSL 3 and <c>libcrypto.so.3</c> reports the
/// same version as <see cref="SafeEvpPKeyHandle.OpenSslVersion"/> (an <c>EVP_PKEY</c> handed to .NET must come from
/// .NET's own copy). Anywhere else (Windows, macOS, OpenSSL 1.1) <see cref="IsAvailable"/> is false.
/// </summary>
[SupportedOSPlatform("linux")]
internal static unsafe class LibCrypto
{
    private static readonly Lazy<Entries?> Bound = new(Bind);

    /// <summary>Whether the entry points are bound to .NET's own OpenSSL 3.</summary>
    public static bool IsAvailable => Bound.Value is not null;

    /// <summary>The bound entry points; only call when <see cref="IsAvailable"/>.</summary>
    public static Entries Functions => Bound.Value ?? throw new InvalidOperationException("OpenSSL 3 is not available.");

    private static Entries? Bind()
    {
        try
        {
            var version = SafeEvpPKeyHandle.OpenSslVersion;
            if ((version >> 28) != 3 || !NativeLibrary.TryLoad("libcrypto.so.3", out var library))
            {
                return null;
            }

            var entries = new Entries(
                (delegate* unmanaged<nint>)Export(library, "OpenSSL_version_num"),
                (delegate* unmanaged<nint, byte*, byte*, nint>)Export(library, "EVP_PKEY_CTX_new_from_name"),
                (delegate* unmanaged<nint, int>)Export(library, "EVP_PKEY_fromdata_init"),
                (delegate* unmanaged<nint, nint*, int, OsslParam*, int>)Export(library, "EVP_PKEY_fromdata"),
                (delegate* unmanaged<nint, void>)Export(library, "EVP_PKEY_CTX_free"),
                (delegate* unmanaged<void>)Export(library, "ERR_clear_error"));
            return entries.VersionNumber() == version ? entries : null;
        }
        catch (Exception error) when (error is DllNotFoundException or EntryPointNotFoundException or PlatformNotSupportedException or CryptographicException or TypeInitializationException)
        {
            return null;
        }
    }

    private static nint Export(nint library, string name) =>
        NativeLibrary.TryGetExport(library, name, out var address) ? address : throw new EntryPointNotFoundException(name);

    /// <summary>OpenSSL's <c>OSSL_PARAM</c>: one named, typed argument of a provider call.</summary>
    [StructLayout(LayoutKind.Sequential)]
    public struct OsslParam
    {
        public const uint Utf8String = 4;
        public const uint OctetString = 5;

        public byte* Key;
        public uint DataType;
        public void* Data;
        public nuint DataSize;
        public nuint ReturnSize;
    }

    /// <summary>The entry points, as unmanaged function pointers.</summary>
    public sealed class Entries(
        delegate* unmanaged<nint> versionNumber,
        delegate* unmanaged<nint, byte*, byte*, nint> contextFromName,
        delegate* unmanaged<nint, int> fromDataInit,
        delegate* unmanaged<nint, nint*, int, OsslParam*, int> fromData,
        delegate* unmanaged<nint, void> freeContext,
        delegate* unmanaged<void> clearErrors)
    {
        /// <summary><c>EVP_PKEY_PUBLIC_KEY</c>: domain parameters and the public key.</summary>
        public const int PublicKeySelection = 0x86;

        public long VersionNumber() => versionNumber();

        public nint NewContextFromName(byte* name) => contextFromName(0, name, null);

        public int FromDataInit(nint context) => fromDataInit(context);

        public int FromData(nint context, nint* key, OsslParam* parameters) => fromData(context, key, PublicKeySelection, parameters);

        public void FreeContext(nint context) => freeContext(context);

        public void ClearErrors() => clearErrors();
    }
}

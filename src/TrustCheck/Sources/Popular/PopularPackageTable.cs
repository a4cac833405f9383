using System.Collections;
using TrustCheck.Packaging;

namespace TrustCheck.Sources.Popular;

/// <summary>
/// The popular list as two arrays (names, downloads) instead of a <see cref="PopularPackage"/> per row: the list has
/// 15,000 rows and a single <c>inspect</c> reads it once, into the typosquatting index, which reads the arrays in place
/// (<see cref="NameAt"/>, <see cref="DownloadsAt"/>). Anyone else reading it as a list gets a row made on request.
/// </summary>
internal sealed class PopularPackageTable : IReadOnlyList<PopularPackage>
{
    private readonly PackageName[] _names;
    private readonly long[] _downloads;

    public PopularPackageTable(PackageName[] names, long[] downloads)
    {
        if (names.Length != downloads.Length)
        {
            throw new ArgumentException("A name and a download count for every row.", nameof(downloads));
        }

        _names = names;
        _downloads = downloads;
    }

    public int Count => _names.Length;

    public PopularPackage this[int index] => new(_names[index], _downloads[index]);

    public PackageName NameAt(int index) => _names[index];

    public long DownloadsAt(int index) => _downloads[index];

    public IEnumerator<PopularPackage> GetEnumerator()
    {
        for (var i = 0; i < _names.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

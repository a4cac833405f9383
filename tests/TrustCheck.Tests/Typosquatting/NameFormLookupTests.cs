using TrustCheck.TestKit;
using TrustCheck.Typosquatting;

namespace TrustCheck.Tests.Typosquatting;

/// <summary>
/// The two ways of finding names by form — a scan that works each name's form out in place, for a run's first
/// lookups, and the form indexes after — give the same names on the real corpus; and the forms themselves are what
/// plain string operations give for every name of the corpus.
/// </summary>
public sealed class NameFormLookupTests
{
    [Fact]
    public void ScanAndFormIndexes_OnRealTyposquatsAndPopularNames_FindTheSameNames()
    {
        var index = TyposquatCorpus.Detector.Index;
        var queries = File.ReadLines(SharedData.PathOf("data/typosquats/typosquats.csv"))
            .Skip(1)
            .SelectMany(line => line.Split(',').Take(2))
            .Select(name => name.Trim().ToLowerInvariant())
            .Where(name => Packaging.PackageName.IsValid(name))
            .Select(Packaging.PackageName.Normalize)
            .Concat(index.Names.Take(1500).Select(name => name.Name))
            .Distinct(StringComparer.Ordinal)
            .ToArray();

        var found = 0;
        foreach (var query in queries)
        {
            var known = new KnownName(query, 0, null, "query");
            foreach (var form in Enum.GetValues<NameForm>())
            {
                var scanned = index.ScanForm(form, known.Form(form));
                var indexed = index.IndexForm(form, known.Form(form)).ToList();
                Assert.True(scanned.SequenceEqual(indexed), $"'{query}' by {form}: scan [{string.Join(',', scanned)}], index [{string.Join(',', indexed)}]");
                found += scanned.Count;
            }
        }

        Assert.True(queries.Length > 1000, $"only {queries.Length} queries");
        Assert.True(found > 4 * 1500, $"only {found} names found: the comparison would prove little");
    }

    [Fact]
    public void Forms_OfEveryCorpusName_AreWhatStringOperationsGive()
    {
        var names = TyposquatCorpus.Detector.Index.Names.Select(n => n.Name).Concat(["python-nmap", "rn-vv-10i", "py-lib-dev-requests-python3", "pythonlib3"]).ToList();
        var changed = new Dictionary<NameForm, int>();
        foreach (var name in names)
        {
            var squashed = name.Replace("-", string.Empty, StringComparison.Ordinal);
            var skeleton = squashed.Replace("rn", "m", StringComparison.Ordinal).Replace("vv", "w", StringComparison.Ordinal)
                .Replace("1", "l", StringComparison.Ordinal).Replace("i", "l", StringComparison.Ordinal).Replace("0", "o", StringComparison.Ordinal);
            var words = name.Split('-');
            Array.Sort(words, StringComparer.Ordinal);
            var expected = new Dictionary<NameForm, string>
            {
                [NameForm.Squashed] = squashed,
                [NameForm.Skeleton] = skeleton,
                [NameForm.Words] = string.Join('-', words),
                [NameForm.Core] = NameForms.SplitAffixes(name).Core,
            };

            var known = new KnownName(name, 0, null, "test");
            var buffer = new char[name.Length];
            foreach (var (form, text) in expected)
            {
                Assert.Equal(text, known.Form(form));
                Assert.Equal(text, new string(buffer, 0, NameForms.Write(form, name, buffer)));
                Assert.True(NameForms.HasForm(name, form, text), $"'{name}' should have the {form} form '{text}'");
                changed[form] = changed.GetValueOrDefault(form) + (text == name ? 0 : 1);
            }
        }

        Assert.All(Enum.GetValues<NameForm>(), form => Assert.True(changed.GetValueOrDefault(form) > 100, $"only {changed.GetValueOrDefault(form)} names have a {form} form of their own"));
        Assert.Equal(("requests", "lib+py+python3"), NameForms.SplitAffixes("py-lib-requests-python3"));
    }
}

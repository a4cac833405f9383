namespace TrustCheck.Artifacts.Capabilities;

/// <summary>
/// Every binding a module gives a name — by <c>import</c>, <c>from … import</c>, <c>from m import *</c> or an alias
/// assignment (<c>run = subprocess.run</c>, <c>f = exec</c>) — kept in source order and never overwritten: a name may
/// stand for any of the things it was ever bound to (may-alias), so a later rebinding never hides an earlier one.
/// </summary>
internal sealed class NameBindings
{
    /// <summary>The modules whose star import makes their dangerous functions bare names.</summary>
    private static readonly HashSet<string> StarModules = new(StringComparer.Ordinal)
    {
        "os", "posix", "nt", "subprocess", "builtins", "__builtin__", "base64", "binascii", "zlib", "bz2", "lzma", "gzip", "marshal",
        "pickle", "cPickle", "_pickle", "dill", "joblib", "codecs", "urllib.request", "urllib2", "socket", "pty", "ctypes", "importlib", "requests",
    };

    private const int MaxCandidates = 1024;
    private const int MaxDepth = 4;

    private readonly Dictionary<string, List<Binding>> _bindings = new(StringComparer.Ordinal);
    private readonly List<(int Position, string Module)> _stars = [];
    private readonly Dictionary<string, List<Binding>>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _single = [string.Empty];

    public NameBindings() => _lookup = _bindings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Binds <paramref name="name"/> to an absolute dotted name (an import).</summary>
    public void Import(string name, string target, int position) => Add(name, new Binding(position, target, false, false));

    /// <summary>Binds <paramref name="name"/> to a callee expression as written (an assignment), resolved where it was made.</summary>
    public void Alias(string name, string chain, int position, bool inFunction) => Add(name, new Binding(position, chain, true, inFunction));

    /// <summary>Records <c>from <paramref name="module"/> import *</c>.</summary>
    public void Star(string module, int position)
    {
        if (StarModules.Contains(module))
        {
            _stars.Add((position, module));
        }
    }

    /// <summary>
    /// What a callee chain as written may stand for at a token (the list is only valid until the next call): at module level, through the bindings made before it
    /// (source order; the one in force first); inside a function, which runs later, through every binding of the module.
    /// </summary>
    /// <param name="chain">The callee as written (<c>s.Popen</c>), <c>=a.b</c> when already absolute, <c>?.x</c> for a method of an unnamed value.</param>
    /// <param name="position">The token the call is at.</param>
    /// <param name="inFunction">Whether the call is inside a function.</param>
    public List<string> Resolve(string chain, int position, bool inFunction)
    {
        if (_stars.Count == 0 && chain.Length > 0 && chain[0] is not ('=' or '?'))
        {
            var dot = chain.IndexOf('.', StringComparison.Ordinal);
            if (!_lookup.ContainsKey(dot < 0 ? chain.AsSpan() : chain.AsSpan(0, dot)))
            {
                // Fast path, most calls: a name the module never binds stands for itself.
                _single[0] = Normalise(chain);
                return _single;
            }
        }

        var candidates = new List<string>(2);
        Resolve(chain, position, inFunction, 0, candidates);
        return candidates;
    }

    private void Resolve(string chain, int position, bool inFunction, int depth, List<string> candidates)
    {
        if (chain.StartsWith('='))
        {
            AddCandidate(candidates, Normalise(chain[1..]));
            return;
        }

        if (chain.StartsWith('?'))
        {
            AddCandidate(candidates, chain);
            return;
        }

        chain = Normalise(chain);
        var dot = chain.IndexOf('.', StringComparison.Ordinal);
        var head = dot < 0 ? chain : chain[..dot];
        var rest = dot < 0 ? string.Empty : chain[dot..];
        if (depth < MaxDepth && _bindings.TryGetValue(head, out var bindings) && Visible(bindings, position, inFunction) is { } visible)
        {
            foreach (var binding in visible)
            {
                if (binding.IsAlias)
                {
                    var before = candidates.Count;
                    Resolve(binding.Target, binding.Position, binding.InFunction, depth + 1, candidates);
                    for (var k = before; k < candidates.Count && rest.Length > 0; k++)
                    {
                        candidates[k] = Normalise(candidates[k] + rest);
                    }
                }
                else
                {
                    AddCandidate(candidates, Normalise(binding.Target + rest));
                }
            }

            return;
        }

        AddCandidate(candidates, chain);
        if (dot < 0)
        {
            foreach (var (at, module) in _stars)
            {
                if (inFunction || at < position)
                {
                    AddCandidate(candidates, module + "." + chain);
                }
            }
        }
    }

    /// <summary>The bindings visible from a token, the one in force first; null when none is.</summary>
    private static IEnumerable<Binding>? Visible(List<Binding> bindings, int position, bool inFunction)
    {
        var inForce = -1;
        for (var k = 0; k < bindings.Count && bindings[k].Position < position; k++)
        {
            inForce = k;
        }

        if (inForce < 0 && !inFunction)
        {
            return null;
        }

        return Ordered(bindings, inForce, inFunction);
    }

    private static IEnumerable<Binding> Ordered(List<Binding> bindings, int inForce, bool inFunction)
    {
        for (var k = inForce; k >= 0; k--)
        {
            yield return bindings[k];
        }

        if (inFunction)
        {
            for (var k = inForce + 1; k < bindings.Count; k++)
            {
                yield return bindings[k];
            }
        }
    }

    /// <summary><c>builtins.__dict__.exec</c> is <c>builtins.exec</c>; <c>exec.__call__</c> is <c>exec</c>.</summary>
    private static string Normalise(string chain)
    {
        if (chain.Contains("__", StringComparison.Ordinal))
        {
            chain = chain.Replace(".__dict__.", ".", StringComparison.Ordinal);
            while (chain.EndsWith(".__call__", StringComparison.Ordinal))
            {
                chain = chain[..^".__call__".Length];
            }
        }

        return chain;
    }

    private static void AddCandidate(List<string> candidates, string name)
    {
        if (candidates.Count < MaxCandidates && !candidates.Contains(name))
        {
            candidates.Add(name);
        }
    }

    private void Add(string name, Binding binding)
    {
        if (!_bindings.TryGetValue(name, out var list))
        {
            _bindings[name] = list = [];
        }

        // The same binding again adds nothing a name could stand for (the first one is visible from everywhere the
        // repeat is); distinct bindings are all kept, however many.
        if (!list.Exists(b => b.Target == binding.Target && b.IsAlias == binding.IsAlias && b.InFunction == binding.InFunction))
        {
            list.Add(binding);
        }
    }

    private readonly record struct Binding(int Position, string Target, bool IsAlias, bool InFunction);
}

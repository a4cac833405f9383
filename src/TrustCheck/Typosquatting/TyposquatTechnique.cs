namespace TrustCheck.Typosquatting;

/// <summary>How a name imitates a popular one. Reported by its contract name (<see cref="TyposquatTechniques.ToName"/>).</summary>
public enum TyposquatTechnique
{
    /// <summary>Only separators differ: <c>python-dateutil</c> / <c>pythondateutil</c> (PEP 503 folds case, <c>_</c> and <c>.</c> already).</summary>
    Separator,

    /// <summary>Characters that look alike: <c>l</c>/<c>1</c>/<c>I</c>, <c>rn</c>/<c>m</c>, <c>0</c>/<c>o</c>, <c>vv</c>/<c>w</c>.</summary>
    Homoglyph,

    /// <summary>The same words in another order: <c>nmap-python</c> / <c>python-nmap</c>.</summary>
    WordReorder,

    /// <summary>A character left out: <c>reqests</c>.</summary>
    Omission,

    /// <summary>A character typed twice: <c>requestss</c>.</summary>
    Repetition,

    /// <summary>Two adjacent characters swapped: <c>reqeusts</c>.</summary>
    Transposition,

    /// <summary>A character replaced by its neighbour on a QWERTY keyboard: <c>requesrs</c>.</summary>
    KeyboardNeighbour,

    /// <summary>A character replaced by another that is neither a neighbour nor a look-alike.</summary>
    Substitution,

    /// <summary>A character added that is not a repetition.</summary>
    Insertion,

    /// <summary>A prefix or suffix added, removed or swapped: <c>python-</c>, <c>py</c>, <c>-py</c>, <c>lib</c>, <c>-dev</c>, version digits.</summary>
    Affix,

    /// <summary>A popular name followed by other words: <c>requests-darwin-lite</c>.</summary>
    AddedWords,

    /// <summary>Two edits at once (each named in the match's <see cref="TyposquatMatch.Edits"/>).</summary>
    Combination,
}

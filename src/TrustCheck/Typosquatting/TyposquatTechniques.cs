namespace TrustCheck.Typosquatting;

/// <summary>The contract names of <see cref="TyposquatTechnique"/> (JSON <c>technique</c>, finding evidence).</summary>
public static class TyposquatTechniques
{
    /// <summary>The technique's name: lower case, words joined by hyphens (<c>keyboard-neighbour</c>).</summary>
    /// <param name="technique">The technique.</param>
    /// <returns>The name.</returns>
    public static string ToName(this TyposquatTechnique technique) => technique switch
    {
        TyposquatTechnique.WordReorder => "word-reorder",
        TyposquatTechnique.KeyboardNeighbour => "keyboard-neighbour",
        TyposquatTechnique.AddedWords => "added-words",
        _ => technique.ToString().ToLowerInvariant(),
    };
}

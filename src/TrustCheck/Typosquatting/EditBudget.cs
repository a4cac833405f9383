namespace TrustCheck.Typosquatting;

/// <summary>
/// How many edits a look-alike of a name may need, by the name's length without separators: none up to 4 characters
/// (one edit turns most short names into other real ones), one up to 7, two from 8.
/// </summary>
internal static class EditBudget
{
    public static int For(int length) => length switch
    {
        <= 4 => 0,
        <= 7 => 1,
        _ => 2,
    };
}

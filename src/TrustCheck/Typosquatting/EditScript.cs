namespace TrustCheck.Typosquatting;

/// <summary>
/// Names the edits that turn a popular name into a look-alike: an optimal-string-alignment table traced back from
/// the end, each step classified as omission, repetition, insertion, transposition, keyboard-neighbour, look-alike
/// (homoglyph) or other substitution.
/// </summary>
internal static class EditScript
{
    /// <summary>The edits from <paramref name="target"/> to <paramref name="name"/> (both without separators).</summary>
    public static List<TyposquatTechnique> Between(string name, string target)
    {
        var rows = target.Length + 1;
        var columns = name.Length + 1;
        var table = new int[rows, columns];
        for (var i = 0; i < rows; i++)
        {
            table[i, 0] = i;
        }

        for (var j = 0; j < columns; j++)
        {
            table[0, j] = j;
        }

        for (var i = 1; i < rows; i++)
        {
            for (var j = 1; j < columns; j++)
            {
                var cost = target[i - 1] == name[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(table[i - 1, j] + 1, table[i, j - 1] + 1), table[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && target[i - 1] == name[j - 2] && target[i - 2] == name[j - 1])
                {
                    value = Math.Min(value, table[i - 2, j - 2] + 1);
                }

                table[i, j] = value;
            }
        }

        var edits = new List<TyposquatTechnique>();
        int row = rows - 1, column = columns - 1;
        while (row > 0 || column > 0)
        {
            var here = table[row, column];
            if (row > 0 && column > 0 && target[row - 1] == name[column - 1] && table[row - 1, column - 1] == here)
            {
                row--;
                column--;
            }
            else if (row > 1 && column > 1 && target[row - 1] == name[column - 2] && target[row - 2] == name[column - 1] && table[row - 2, column - 2] + 1 == here)
            {
                edits.Add(TyposquatTechnique.Transposition);
                row -= 2;
                column -= 2;
            }
            else if (row > 0 && column > 0 && table[row - 1, column - 1] + 1 == here)
            {
                edits.Add(Substitution(target[row - 1], name[column - 1]));
                row--;
                column--;
            }
            else if (column > 0 && table[row, column - 1] + 1 == here)
            {
                edits.Add(Added(name, column - 1));
                column--;
            }
            else
            {
                edits.Add(TyposquatTechnique.Omission);
                row--;
            }
        }

        edits.Reverse();
        return edits;
    }

    private static TyposquatTechnique Substitution(char original, char typed) =>
        NameForms.LookAlike(original.ToString(), typed.ToString()) ? TyposquatTechnique.Homoglyph
        : KeyboardLayout.AreNeighbours(original, typed) ? TyposquatTechnique.KeyboardNeighbour
        : TyposquatTechnique.Substitution;

    private static TyposquatTechnique Added(string name, int at) =>
        (at > 0 && name[at - 1] == name[at]) || (at + 1 < name.Length && name[at + 1] == name[at])
            ? TyposquatTechnique.Repetition
            : TyposquatTechnique.Insertion;
}

namespace TrustCheck.Typosquatting;

/// <summary>Which keys neighbour each other on a QWERTY keyboard (same row or the rows above and below, offset as keys are).</summary>
internal static class KeyboardLayout
{
    private static readonly string[] Rows = ["1234567890-", "qwertyuiop", "asdfghjkl", "zxcvbnm"];

    private static readonly Dictionary<char, (int Row, double Column)> Positions = Build();

    public static bool AreNeighbours(char a, char b)
    {
        if (a == b || !Positions.TryGetValue(a, out var first) || !Positions.TryGetValue(b, out var second))
        {
            return false;
        }

        return Math.Abs(first.Row - second.Row) <= 1 && Math.Abs(first.Column - second.Column) <= 1.0;
    }

    private static Dictionary<char, (int, double)> Build()
    {
        // Each row starts half a key further right than the one above, as on a physical keyboard.
        var positions = new Dictionary<char, (int, double)>();
        for (var row = 0; row < Rows.Length; row++)
        {
            for (var column = 0; column < Rows[row].Length; column++)
            {
                positions[Rows[row][column]] = (row, column + (row * 0.5));
            }
        }

        return positions;
    }
}

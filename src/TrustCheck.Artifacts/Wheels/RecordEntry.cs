namespace TrustCheck.Artifacts.Wheels;

/// <summary>A line of a wheel's RECORD: a path, its hash (<c>algorithm=urlsafe-base64</c>, may be empty) and its size.</summary>
/// <param name="Path">The member path.</param>
/// <param name="Hash">The hash field as written.</param>
/// <param name="Size">The size field as written.</param>
internal sealed record RecordEntry(string Path, string Hash, string Size)
{
    /// <summary>Parses RECORD (CSV: quoted fields, doubled quotes inside them).</summary>
    public static List<RecordEntry> Parse(ReadOnlySpan<byte> record)
    {
        var entries = new List<RecordEntry>();
        foreach (var line in System.Text.Encoding.UTF8.GetString(record).Split('\n'))
        {
            var fields = Fields(line.TrimEnd('\r'));
            if (fields.Count > 0 && fields[0].Length > 0)
            {
                entries.Add(new RecordEntry(fields[0], fields.Count > 1 ? fields[1] : string.Empty, fields.Count > 2 ? fields[2] : string.Empty));
            }
        }

        return entries;
    }

    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}

namespace Reporting.Sources.Documents;

/// <summary>Tells whether an Excel number format displays a date (ECMA-376 §18.8.30).</summary>
public static class NumberFormats
{
    public static bool IsBuiltInDate(uint id) => id is >= 14 and <= 22 or >= 27 and <= 36 or >= 45 and <= 47 or >= 50 and <= 58;

    /// <summary>A custom format is a date when, outside quotes, brackets and escapes, it uses d, m, y, h or s and no digit placeholder.</summary>
    public static bool IsDate(string code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Equals("General", StringComparison.OrdinalIgnoreCase)) return false;
        var section = code.Split(';')[0];
        var inQuote = false;
        var inBracket = false;
        var found = false;
        for (var i = 0; i < section.Length; i++)
        {
            var c = section[i];
            if (c == '"') { inQuote = !inQuote; continue; }
            if (inQuote) continue;
            if (c == '\\' || c == '_' || c == '*') { i++; continue; }
            if (c == '[') { inBracket = true; continue; }
            if (c == ']') { inBracket = false; continue; }
            if (inBracket) continue;
            if (c is '#' or '?') return false;
            if (char.ToLowerInvariant(c) is 'd' or 'm' or 'y' or 'h' or 's') found = true;
        }
        return found;
    }
}

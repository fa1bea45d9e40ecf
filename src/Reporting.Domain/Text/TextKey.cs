using System.Globalization;
using System.Text;

namespace Reporting.Domain.Text;

/// <summary>
/// The matching rule of INPUTS.md: labels, headers and list values match ignoring case,
/// accents, leading/trailing spaces and repeated inner spaces. Typographic apostrophes
/// and non-breaking spaces count as their plain forms; a hyphen counts as a space
/// ("rendez vous" matches "Rendez-vous").
/// </summary>
public static class TextKey
{
    public static string Of(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var ch in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(ch) || ch is '\u00A0' or '\u202F' or '-' or '\u2010' or '\u2011' or '\u2013' or '\u2014' or '\u2212')
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace) { sb.Append(' '); pendingSpace = false; }
            var lower = char.ToLowerInvariant(ch);
            switch (lower)
            {
                case '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4': sb.Append('\''); break;
                case 'œ': sb.Append("oe"); break;
                case 'æ': sb.Append("ae"); break;
                default: sb.Append(lower); break;
            }
        }
        return sb.ToString();
    }

    public static bool Equal(string? a, string? b) => Of(a) == Of(b);

    /// <summary>The text of a cell as a user typed it, trimmed; null when blank.</summary>
    public static string? Clean(string? text)
    {
        if (text is null) return null;
        var t = text.Trim().Trim('\u00A0', '\u202F');
        return t.Length == 0 ? null : t;
    }
}

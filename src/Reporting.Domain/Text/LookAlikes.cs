using System.Globalization;
using System.Text;

namespace Reporting.Domain.Text;

/// <summary>
/// Unicode in what the program reads (etl/REGLES.md): text is kept in NFC (« Zoé » is always 3 characters, whatever the
/// keyboard or tool produced). In identifiers and codes, visible look-alikes are folded to what they look like —
/// full-width letters and digits (NFKC), Unicode dashes (U+2010–U+2015, U+2212…) to « - », non-breaking spaces to a
/// space — and any other character outside the expected ASCII (an invisible one such as U+200B, a Cyrillic « Р »…) is
/// named by its code point in the message, so that a message never shows an identifier that looks valid.
/// </summary>
public static class LookAlikes
{
    /// <summary>The text in Unicode normalization form C; unchanged when it cannot be normalised (a lone surrogate).</summary>
    public static string Nfc(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text;
        }
    }

    /// <summary>An identifier or code with its visible look-alikes folded (NFKC, dashes, non-breaking spaces).</summary>
    public static string Fold(string text)
    {
        string compatible;
        try
        {
            compatible = text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            compatible = text;
        }
        var sb = new StringBuilder(compatible.Length);
        foreach (var ch in compatible)
            sb.Append(ch switch
            {
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE63' or '\uFF0D' => '-',
                '\u00A0' or '\u2007' or '\u202F' => ' ',
                _ => ch,
            });
        return sb.ToString();
    }

    /// <summary>
    /// The first character of <paramref name="text"/> that is not printable ASCII even once folded (<see cref="Fold"/>),
    /// with its 1-based position and a French description naming its code point; null when there is none.
    /// </summary>
    public static (int Position, string Description)? FirstUnexpected(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var position = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            position++;
            var folded = Fold(rune.ToString());
            if (folded.All(c => c is >= ' ' and <= '~')) continue;
            return (position, Describe(rune));
        }
        return null;
    }

    /// <summary>The first invisible character of <paramref name="text"/> (codes: other characters are allowed), as <see cref="FirstUnexpected"/>.</summary>
    public static (int Position, string Description)? FirstInvisible(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        var position = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            position++;
            if (IsInvisible(rune)) return (position, Describe(rune));
        }
        return null;
    }

    /// <summary>« un caractère invisible U+200B (espace sans chasse) » or « un caractère inattendu « Р » (U+0420) ».</summary>
    public static string Describe(Rune rune)
    {
        var code = $"U+{rune.Value:X4}";
        if (!IsInvisible(rune)) return $"un caractère inattendu « {rune} » ({code})";
        var name = rune.Value switch
        {
            0x200B => "espace sans chasse",
            0x200C => "antiliant sans chasse",
            0x200D => "liant sans chasse",
            0x2060 => "gluon de mots",
            0xFEFF => "indicateur d'ordre des octets",
            0x00AD => "trait d'union conditionnel",
            0x200E or 0x200F or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) => "marque de sens d'écriture",
            _ => "caractère de mise en forme",
        };
        return $"un caractère invisible {code} ({name})";
    }

    /// <summary>The text with every invisible character shown as &lt;U+XXXX&gt; (as <see cref="ControlCharacters"/> does), so that a message never looks valid.</summary>
    public static string Visible(string? text)
    {
        if (string.IsNullOrEmpty(text)) return string.Empty;
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
            sb.Append(IsInvisible(rune) ? $"<U+{rune.Value:X4}>" : rune.ToString());
        return sb.ToString();
    }

    private static bool IsInvisible(Rune rune) => Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.Control
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
        || (Rune.IsWhiteSpace(rune) && rune.Value is not (' ' or 0x00A0 or 0x2007 or 0x202F));
}

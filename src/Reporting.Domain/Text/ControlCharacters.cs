using System.Globalization;
using System.Text;

namespace Reporting.Domain.Text;

/// <summary>
/// The characters that must never reach a terminal or a text file as they are, because they act instead of showing:
/// C0 controls but the tab (ESC starts the sequences that clear a screen, retitle a window or hide text; CR and BS
/// overwrite what was printed; LF forges lines), DEL, C1 controls (U+0080–U+009F: CSI and OSC of 8-bit terminals) and
/// the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069), which reorder what is displayed. Text
/// read from files (names, cells, sheet names) or from the outside (exception messages) is neutralised once, where
/// it is printed: each such character is shown as its code, <c>&lt;U+001B&gt;</c>. The Excel annexes keep the text as
/// it is (a cell does not interpret it).
/// </summary>
public static class ControlCharacters
{
    public static bool IsUnsafe(char c) =>
        (c < 0x20 && c != '\t') || c is >= '\u007F' and <= '\u009F' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';

    /// <summary>The text with each unsafe character shown as <c>&lt;U+XXXX&gt;</c>.</summary>
    public static string Neutralise(string? text) => Replace(text, c => $"<U+{(int)c:X4}>", keepLineBreaks: false);

    /// <summary>
    /// The same, keeping CR and LF (text whose lines are the program's own: help, JSON), and showing each other unsafe
    /// character as a JSON escape, <c>\u001B</c>: inside a JSON string it is the same character, without its effect.
    /// </summary>
    public static string EscapeForJson(string? text) => Replace(text, c => $"\\u{(int)c:X4}", keepLineBreaks: true);

    private static string Replace(string? text, Func<char, string> shown, bool keepLineBreaks)
    {
        if (string.IsNullOrEmpty(text)) return text ?? string.Empty;
        var first = Find(text, 0, keepLineBreaks);
        if (first < 0) return text;
        var sb = new StringBuilder(text.Length + 16).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (IsUnsafe(c) && !(keepLineBreaks && c is '\n' or '\r')) sb.Append(shown(c));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static int Find(string text, int start, bool keepLineBreaks)
    {
        for (var i = start; i < text.Length; i++)
            if (IsUnsafe(text[i]) && !(keepLineBreaks && text[i] is '\n' or '\r')) return i;
        return -1;
    }

    /// <summary>How a character is named in a message: <c>U+200B</c>.</summary>
    public static string CodeOf(char c) => "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
}

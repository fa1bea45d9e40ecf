using System.Text;
using Reporting.Domain.Categories;
using Reporting.Domain.Text;

namespace Reporting.Validation.Questionnaires;

/// <summary>
/// The options of a choice question and how an answer cell is matched against them (INPUTS.md §4).
/// Text is cut into segments at the separators <c>|</c>, <c>;</c> and <c>,</c>; segments compare by
/// <see cref="TextKey"/> and the separators between them must be the same characters. A multiple
/// choice is read left to right, taking at each position the longest defined option that starts
/// there, so that an option holding a comma ("Oui, souvent") is recognised as one option.
/// </summary>
public sealed class ChoiceOptions
{
    public static readonly char[] Separators = ['|', ';', ','];

    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);
    private readonly int _longest;

    public ChoiceOptions(string question, IReadOnlyList<string> options)
    {
        Options = options;
        List = new CategoryList(question, options);
        for (var i = 0; i < options.Count; i++)
        {
            var segments = Pieces(options[i]);
            _byKey.TryAdd(Key(segments, 0, segments.Count), i);
            _longest = Math.Max(_longest, segments.Count);
        }
    }

    /// <summary>The canonical options, in the order of the Questions sheet.</summary>
    public IReadOnlyList<string> Options { get; }

    /// <summary>The options as a closed list (for French enumerations: « A », « B » ou « C »).</summary>
    public CategoryList List { get; }

    /// <summary>The option the whole text names (0-based), or null.</summary>
    public int? Match(string text)
    {
        var segments = Pieces(text);
        return _byKey.TryGetValue(Key(segments, 0, segments.Count), out var i) ? i : null;
    }

    /// <summary>
    /// Reads a multiple-choice cell: the options chosen (0-based, each once, in order of appearance)
    /// and the parts that name no option (trimmed, as written).
    /// </summary>
    public (IReadOnlyList<int> Chosen, IReadOnlyList<string> Unknown) Split(string text)
    {
        var segments = Pieces(text);
        var chosen = new List<int>();
        var unknown = new List<string>();
        var i = 0;
        while (i < segments.Count)
        {
            if (TextKey.Of(segments[i].Text).Length == 0)
            {
                i++;
                continue;
            }
            var matched = false;
            for (var length = Math.Min(_longest, segments.Count - i); length >= 1 && !matched; length--)
            {
                if (!_byKey.TryGetValue(Key(segments, i, length), out var option)) continue;
                if (!chosen.Contains(option)) chosen.Add(option);
                i += length;
                matched = true;
            }
            if (matched) continue;
            unknown.Add(segments[i].Text.Trim());
            i++;
        }
        return (chosen, unknown);
    }

    private readonly record struct Piece(string Text, char? SeparatorAfter);

    private static List<Piece> Pieces(string text)
    {
        var segments = new List<Piece>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (Array.IndexOf(Separators, text[i]) < 0) continue;
            segments.Add(new Piece(text[start..i], text[i]));
            start = i + 1;
        }
        segments.Add(new Piece(text[start..], null));
        return segments;
    }

    /// <summary>The matching key of <paramref name="count"/> segments from <paramref name="first"/>: their keys joined by their separators.</summary>
    private static string Key(List<Piece> segments, int first, int count)
    {
        var sb = new StringBuilder();
        for (var j = first; j < first + count; j++)
        {
            sb.Append(TextKey.Of(segments[j].Text));
            if (j < first + count - 1) sb.Append(segments[j].SeparatorAfter);
        }
        return sb.ToString();
    }
}

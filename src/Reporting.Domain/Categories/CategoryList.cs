using Reporting.Domain.Text;

namespace Reporting.Domain.Categories;

/// <summary>
/// A closed list of canonical labels (INPUTS.md). Matching follows <see cref="TextKey"/>;
/// output always uses the canonical spelling. The position in the list is the display order.
/// </summary>
public sealed class CategoryList
{
    private readonly Dictionary<string, string> _byKey;

    public CategoryList(string name, IReadOnlyList<string> values, IReadOnlyDictionary<string, string>? aliases = null)
    {
        Name = name;
        Values = values;
        _byKey = values.ToDictionary(TextKey.Of, v => v);
        if (aliases is not null)
            foreach (var (alias, canonical) in aliases) _byKey[TextKey.Of(alias)] = canonical;
    }

    /// <summary>The French name of the list, as the column header that carries it.</summary>
    public string Name { get; }

    public IReadOnlyList<string> Values { get; }

    public bool TryMatch(string? raw, out string canonical)
    {
        if (raw is not null && _byKey.TryGetValue(TextKey.Of(raw), out var found))
        {
            canonical = found;
            return true;
        }
        canonical = string.Empty;
        return false;
    }

    /// <summary>1-based position of a canonical value (the surrogate key of its dimension row).</summary>
    public short KeyOf(string canonical)
    {
        for (var i = 0; i < Values.Count; i++)
            if (Values[i] == canonical) return (short)(i + 1);
        throw new ArgumentException($"'{canonical}' is not a value of {Name}", nameof(canonical));
    }

    /// <summary>The allowed values as shown in French messages: "A, B ou C".</summary>
    public string Enumerate()
    {
        if (Values.Count == 1) return $"« {Values[0]} »";
        return string.Join(", ", Values.Take(Values.Count - 1).Select(v => $"« {v} »")) + $" ou « {Values[^1]} »";
    }
}

using Reporting.Domain.Text;
using Reporting.Sources.Documents;

namespace Reporting.Sources.Recognition;

/// <summary>Where each expected header sits in a header row, matched by <see cref="TextKey"/>; extra columns are ignored.</summary>
public sealed class HeaderMap
{
    private readonly Dictionary<string, int> _columns;

    private HeaderMap(int row, Dictionary<string, int> columns)
    {
        Row = row;
        _columns = columns;
    }

    /// <summary>The header row's number.</summary>
    public int Row { get; }

    public static HeaderMap Of(RawRow header, IEnumerable<string> expected)
    {
        var byKey = new Dictionary<string, int>();
        foreach (var (column, value) in header.Cells.OrderBy(c => c.Key))
        {
            var key = TextKey.Of(Domain.Parsing.Cells.Display(value));
            if (key.Length > 0) byKey.TryAdd(key, column);
        }
        var columns = new Dictionary<string, int>();
        foreach (var name in expected)
            if (byKey.TryGetValue(TextKey.Of(name), out var column)) columns[name] = column;
        return new HeaderMap(header.Number, columns);
    }

    public int? ColumnOf(string header) => _columns.TryGetValue(header, out var c) ? c : null;

    public bool Has(string header) => _columns.ContainsKey(header);

    public IEnumerable<string> Missing(IEnumerable<string> required) => required.Where(r => !_columns.ContainsKey(r));

    public int Count => _columns.Count;
}

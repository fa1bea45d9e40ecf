namespace Reporting.Sources.Documents;

/// <summary>
/// One row as read from a file: its 1-based number as the user sees it in Excel (or the record
/// number in a CSV, header = 1) and its non-blank cells by 1-based column. A cell value is a
/// string, a double, a DateTime or a bool — or, for what cannot be taken as it is, an
/// <see cref="Domain.Parsing.UncomputedFormula"/> or an <see cref="Domain.Parsing.OversizedText"/>,
/// which the validators reject (or, for a free text, keep as the formula's text). Rows are sparse:
/// a hostile sheet cannot blow them up.
/// </summary>
public sealed class RawRow(int number, IReadOnlyDictionary<int, object> cells)
{
    public int Number { get; } = number;

    public IReadOnlyDictionary<int, object> Cells { get; } = cells;

    public object? this[int column] => Cells.TryGetValue(column, out var v) ? v : null;

    public bool IsBlank => Cells.Values.All(v => v is string s && string.IsNullOrWhiteSpace(s));

    /// <summary>"A", "B", … "AA" for a 1-based column.</summary>
    public static string ColumnLetter(int column)
    {
        var s = string.Empty;
        for (var c = column; c > 0; c = (c - 1) / 26) s = (char)('A' + (c - 1) % 26) + s;
        return s;
    }

    public static string CellRef(int column, int row) => ColumnLetter(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

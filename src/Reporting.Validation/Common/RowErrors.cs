using Reporting.Domain.Model;
using Reporting.Domain.Parsing;
using Reporting.Sources.Documents;
using Reporting.Sources.Recognition;

namespace Reporting.Validation.Common;

/// <summary>Collects the rejected cells of one row while its cells are parsed.</summary>
public sealed class RowErrors(string sheet, RawRow row, HeaderMap headers)
{
    private readonly List<Rejection> _errors = [];

    public bool Any => _errors.Count > 0;

    public IReadOnlyList<Rejection> Errors => _errors;

    public object? Raw(string column) => headers.ColumnOf(column) is int c ? row[c] : null;

    /// <summary>Parses the cell under a header; on failure records a rejection and returns the default.</summary>
    public T Take<T>(string column, Func<object?, Parsed<T>> parse)
    {
        var raw = Raw(column);
        var parsed = parse(raw);
        if (!parsed.Ok) Add(column, raw, parsed.Error!);
        return parsed.Value;
    }

    /// <summary>An optional text under a header: null when blank; a formula without a value or an oversized text is rejected (never kept cut).</summary>
    public string? OptionalText(string column)
    {
        var raw = Raw(column);
        if (CellProblems.Of(raw) is string problem)
        {
            Add(column, raw, problem);
            return null;
        }
        return Cells.Text(raw);
    }

    public void Add(string column, object? raw, string message)
    {
        var c = headers.ColumnOf(column) ?? 1;
        _errors.Add(new Rejection(sheet, row.Number, column, RawRow.CellRef(c, row.Number), Cells.Text(raw), message));
    }
}

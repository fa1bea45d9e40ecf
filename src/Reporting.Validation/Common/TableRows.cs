using Reporting.Sources.Documents;
using Reporting.Sources.Recognition;

namespace Reporting.Validation.Common;

/// <summary>Reads a one-header table (reference lists, regroupements…): the first non-blank row is the header.</summary>
public static class TableRows
{
    /// <summary>The header map and the data rows after it; the header is null for an empty sheet.</summary>
    public static (HeaderMap? Header, IEnumerable<RawRow> Rows) Read(ISourceDocument document, string sheet, IReadOnlyList<string> columns)
    {
        var rows = document.ReadSheet(sheet).Where(r => !r.IsBlank);
        var header = rows.FirstOrDefault();
        if (header is null) return (null, []);
        var map = HeaderMap.Of(header, columns);
        return (map, rows.SkipWhile(r => r.Number <= header.Number));
    }

    public static string MissingColumns(string what, IEnumerable<string> absent)
    {
        var list = absent.ToList();
        return $"{what} : colonne{(list.Count > 1 ? "s" : "")} {string.Join(", ", list.Select(a => $"« {a} »"))} introuvable{(list.Count > 1 ? "s" : "")} dans la ligne d'en-tête.";
    }
}

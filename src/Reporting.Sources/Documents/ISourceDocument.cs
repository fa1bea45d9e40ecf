namespace Reporting.Sources.Documents;

public enum SourceFormat { Xlsx, Csv }

/// <summary>
/// A readable input file: an xlsx workbook (several sheets) or a CSV file (one sheet, named
/// <see cref="CsvSheetName"/>). Rows stream: nothing but the current row (and an xlsx workbook's shared
/// strings and date styles, read once per document) is held in memory.
/// </summary>
public interface ISourceDocument : IDisposable
{
    public const string CsvSheetName = "";

    string Path { get; }

    SourceFormat Format { get; }

    IReadOnlyList<string> SheetNames { get; }

    /// <summary>Rows of one sheet, blank rows included only when a cell is present.</summary>
    IEnumerable<RawRow> ReadSheet(string sheetName);
}

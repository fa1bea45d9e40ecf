using System.Globalization;
using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

using Reporting.Sources.Documents;

namespace Reporting.Tests.Sources;

/// <summary>
/// The reader the project used before its forward-only reader (kept in the tests only, as the oracle
/// of XlsxReaderEquivalenceTests). Streams the cells of an xlsx workbook with the Open XML SDK's SAX reader: sparse rows, typed
/// values (numbers formatted as dates become DateTime), cached formula results, never a formula
/// evaluated. The package is checked against <see cref="ReadLimits"/> before it is opened.
/// </summary>
public sealed class OpenXmlSdkDocument : ISourceDocument
{
    private readonly Stream _stream;
    private readonly SpreadsheetDocument _document;
    private readonly Dictionary<string, WorksheetPart> _sheets = new(StringComparer.Ordinal);
    private readonly List<string> _sheetNames = [];
    private readonly ReadLimits _limits;
    private List<string>? _sharedStrings;
    private bool[]? _dateStyles;

    private OpenXmlSdkDocument(string path, Stream stream, SpreadsheetDocument document, ReadLimits limits)
    {
        Path = path;
        _stream = stream;
        _document = document;
        _limits = limits;
        var workbookPart = document.WorkbookPart ?? throw new SourceUnreadableException("Classeur Excel incomplet : la partie « workbook » est absente.");
        foreach (var sheet in workbookPart.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            var name = sheet.Name?.Value;
            var id = sheet.Id?.Value;
            if (name is null || id is null || _sheets.ContainsKey(name)) continue;
            if (workbookPart.TryGetPartById(id, out var part) && part is WorksheetPart ws)
            {
                _sheets[name] = ws;
                _sheetNames.Add(name);
            }
        }
    }

    public string Path { get; }

    public SourceFormat Format => SourceFormat.Xlsx;

    public IReadOnlyList<string> SheetNames => _sheetNames;

    public static OpenXmlSdkDocument Open(string path, ReadLimits limits)
    {
        CheckPackage(path, limits);
        var stream = File.OpenRead(path);
        try
        {
            var settings = new OpenSettings { MaxCharactersInPart = limits.MaxUncompressedBytes };
            var document = SpreadsheetDocument.Open(stream, false, settings);
            return new OpenXmlSdkDocument(path, stream, document, limits);
        }
        catch (SourceUnreadableException)
        {
            stream.Dispose();
            throw;
        }
        catch (Exception ex) when (IsDamaged(ex))
        {
            stream.Dispose();
            throw new SourceUnreadableException(DamagedMessage, ex);
        }
    }

    private const string DamagedMessage = "Classeur Excel illisible ou endommagé : ouvrez-le dans Excel et enregistrez-le à nouveau au format .xlsx.";

    /// <summary>What the package and XML layers throw on a damaged or hostile part (a DTD, XML cut short, a bad value).</summary>
    private static bool IsDamaged(Exception ex) =>
        ex is OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or IOException or ArgumentException
            or NotSupportedException or FormatException or OverflowException
        || (ex is InvalidOperationException && ex is not ObjectDisposedException);

    /// <summary>Refuses zip bombs before any part is inflated.</summary>
    private static void CheckPackage(string path, ReadLimits limits)
    {
        try
        {
            using var zip = ZipFile.OpenRead(path);
            if (zip.Entries.Count > limits.MaxZipEntries)
                throw new SourceUnreadableException($"Classeur refusé : il contient {zip.Entries.Count} parties internes (maximum {limits.MaxZipEntries}).");
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (total > limits.MaxUncompressedBytes)
                    throw new SourceUnreadableException("Classeur refusé : une fois décompressé, il dépasse la taille maximale autorisée.");
                if (entry.Length > 1024 * 1024 && entry.CompressedLength > 0 && (double)entry.Length / entry.CompressedLength > limits.MaxCompressionRatio)
                    throw new SourceUnreadableException("Classeur refusé : son taux de compression anormal laisse penser à un fichier piégé.");
            }
        }
        catch (InvalidDataException ex)
        {
            throw new SourceUnreadableException(DamagedMessage, ex);
        }
    }

    public IEnumerable<RawRow> ReadSheet(string sheetName)
    {
        if (!_sheets.TryGetValue(sheetName, out var part))
            throw new ArgumentException($"No sheet '{sheetName}'", nameof(sheetName));
        return Guarded(ReadRows(sheetName, part));
    }

    /// <summary>
    /// Parts are parsed while rows stream: a failure met then (a DTD in the shared strings, a sheet cut
    /// short by lying zip headers) refuses the file as a failure at opening does.
    /// </summary>
    private static IEnumerable<RawRow> Guarded(IEnumerable<RawRow> rows)
    {
        using var enumerator = rows.GetEnumerator();
        while (true)
        {
            try
            {
                if (!enumerator.MoveNext()) yield break;
            }
            catch (Exception ex) when (IsDamaged(ex))
            {
                throw new SourceUnreadableException(DamagedMessage, ex);
            }
            yield return enumerator.Current;
        }
    }

    private IEnumerable<RawRow> ReadRows(string sheetName, WorksheetPart part)
    {
        var strings = SharedStrings();
        var dateStyles = DateStyles();
        using var reader = OpenXmlReader.Create(part);
        var previousRow = 0;
        var count = 0;
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement) continue;
            var row = (Row)reader.LoadCurrentElement()!;
            var number = row.RowIndex?.Value is uint r ? (int)r : previousRow + 1;
            previousRow = number;
            var cells = new Dictionary<int, object>();
            var previousColumn = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var column = ColumnOf(cell.CellReference?.Value) ?? previousColumn + 1;
                previousColumn = column;
                var value = ValueOf(cell, strings, dateStyles);
                if (value is not null) cells[column] = value;
            }
            if (cells.Count == 0) continue;
            // Refused rather than cut short: rows past the limit would be lost without a word.
            if (++count > _limits.MaxRowsPerSheet) throw new SourceUnreadableException("too many rows");
            yield return new RawRow(number, cells);
        }
    }

    private object? ValueOf(Cell cell, List<string> strings, bool[] dateStyles)
    {
        var raw = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString) return Text(cell.InlineString?.InnerText);
        if (raw is null) return null;
        if (type == CellValues.SharedString)
            return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Count ? Text(strings[i]) : null;
        if (type == CellValues.Boolean) return raw == "1" || raw.Equals("true", StringComparison.OrdinalIgnoreCase);
        if (type == CellValues.String || type == CellValues.Error) return Text(raw);
        if (type == CellValues.Date)
            return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var dt) ? dt : Text(raw);
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return Text(raw);
        var style = cell.StyleIndex?.Value is uint s ? (int)s : 0;
        if (style < dateStyles.Length && dateStyles[style] && number is > -657435 and < 2958466)
            return DateTime.FromOADate(number);
        return number;
    }

    private string? Text(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        return text.Length > _limits.MaxCellChars ? text[.._limits.MaxCellChars] : text;
    }

    private static int? ColumnOf(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return null;
        var column = 0;
        foreach (var ch in reference)
        {
            if (ch is >= 'A' and <= 'Z') column = column * 26 + (ch - 'A' + 1);
            else if (ch is >= 'a' and <= 'z') column = column * 26 + (ch - 'a' + 1);
            else break;
            if (column > 16384) return null;
        }
        return column == 0 ? null : column;
    }

    private List<string> SharedStrings()
    {
        if (_sharedStrings is not null) return _sharedStrings;
        _sharedStrings = [];
        var part = _document.WorkbookPart?.SharedStringTablePart;
        if (part is null) return _sharedStrings;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(SharedStringItem) || !reader.IsStartElement) continue;
            var item = (SharedStringItem)reader.LoadCurrentElement()!;
            // Rich text runs joined; phonetic runs (rPh) left out.
            var text = item.Text?.Text ?? string.Concat(item.Elements<Run>().Select(run => run.Text?.Text));
            _sharedStrings.Add(text);
        }
        return _sharedStrings;
    }

    private bool[] DateStyles()
    {
        if (_dateStyles is not null) return _dateStyles;
        var stylesheet = _document.WorkbookPart?.WorkbookStylesPart?.Stylesheet;
        var custom = stylesheet?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null)
            .GroupBy(f => f.NumberFormatId!.Value)
            .ToDictionary(g => g.Key, g => g.First().FormatCode?.Value ?? string.Empty) ?? [];
        var formats = stylesheet?.CellFormats?.Elements<CellFormat>().ToList() ?? [];
        _dateStyles = new bool[formats.Count];
        for (var i = 0; i < formats.Count; i++)
        {
            var id = formats[i].NumberFormatId?.Value ?? 0;
            _dateStyles[i] = custom.TryGetValue(id, out var code) ? NumberFormats.IsDate(code) : NumberFormats.IsBuiltInDate(id);
        }
        return _dateStyles;
    }

    public void Dispose()
    {
        _document.Dispose();
        _stream.Dispose();
    }
}


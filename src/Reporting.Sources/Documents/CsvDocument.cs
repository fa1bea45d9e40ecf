using System.Globalization;
using System.Text;
using CsvHelper;

namespace Reporting.Sources.Documents;

/// <summary>
/// A CSV file as one sheet: separator ';' or ',' (or tab) detected from the header line, encoding
/// UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1252 detected by a strict UTF-8 pass,
/// quoting per RFC 4180 (CsvHelper). Every cell is a string; row numbers are file lines.
/// </summary>
public sealed class CsvDocument : ISourceDocument
{
    static CsvDocument() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private readonly ReadLimits _limits;

    private CsvDocument(string path, Encoding encoding, char separator, ReadLimits limits)
    {
        Path = path;
        Encoding = encoding;
        Separator = separator;
        _limits = limits;
    }

    public string Path { get; }

    public SourceFormat Format => SourceFormat.Csv;

    public Encoding Encoding { get; }

    public char Separator { get; }

    public IReadOnlyList<string> SheetNames { get; } = [ISourceDocument.CsvSheetName];

    public static CsvDocument Open(string path, ReadLimits limits)
    {
        var encoding = DetectEncoding(path);
        var separator = DetectSeparator(path, encoding);
        return new CsvDocument(path, encoding, separator, limits);
    }

    /// <summary>BOM first; otherwise UTF-8 if every byte sequence is valid UTF-8, else Windows-1252.</summary>
    public static Encoding DetectEncoding(string path)
    {
        using var stream = File.OpenRead(path);
        Span<byte> bom = stackalloc byte[3];
        var n = stream.Read(bom);
        if (n >= 3 && bom[0] == 0xEF && bom[1] == 0xBB && bom[2] == 0xBF) return new UTF8Encoding(true);
        if (n >= 2 && bom[0] == 0xFF && bom[1] == 0xFE) return Encoding.Unicode;
        if (n >= 2 && bom[0] == 0xFE && bom[1] == 0xFF) return Encoding.BigEndianUnicode;
        stream.Position = 0;
        var decoder = new UTF8Encoding(false, true).GetDecoder();
        var bytes = new byte[64 * 1024];
        var chars = new char[64 * 1024 + 4];
        try
        {
            int read;
            while ((read = stream.Read(bytes, 0, bytes.Length)) > 0)
                decoder.GetChars(bytes, 0, read, chars, 0, flush: false);
            decoder.GetChars([], 0, 0, chars, 0, flush: true);
            return new UTF8Encoding(false);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding(1252);
        }
    }

    /// <summary>The separator that occurs most in the first non-empty line, outside quotes; ';' on a tie.</summary>
    public static char DetectSeparator(string path, Encoding encoding)
    {
        using var reader = new StreamReader(path, encoding, detectEncodingFromByteOrderMarks: true);
        string? line;
        while ((line = reader.ReadLine()) is not null && string.IsNullOrWhiteSpace(line)) { }
        if (line is null) return ';';
        int semicolons = 0, commas = 0, tabs = 0;
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == ';') semicolons++;
            else if (!quoted && c == ',') commas++;
            else if (!quoted && c == '\t') tabs++;
        }
        if (tabs > semicolons && tabs > commas) return '\t';
        return commas > semicolons ? ',' : ';';
    }

    public IEnumerable<RawRow> ReadSheet(string sheetName)
    {
        var options = new CsvReaderOptions
        {
            Separator = Separator,
            HasHeader = false,
            Mode = CsvMode.Rfc4180,
            SkipEmptyLines = true,
            TrackLineNumbers = true,
            AllowLineBreaksInQuotes = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MaxRecordSize = _limits.MaxCsvRecordBytes,
        };
        using var text = new StreamReader(Path, Encoding, detectEncodingFromByteOrderMarks: true);
        using var reader = CsvReader.Create(text, options, false);
        var count = 0;
        while (Read(reader))
        {
            var cells = new Dictionary<int, object>();
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var field = reader.GetString(i);
                if (!string.IsNullOrEmpty(field)) cells[i + 1] = field.Length > _limits.MaxCellChars ? new Domain.Parsing.OversizedText(field.Length, field[..Math.Min(40, _limits.MaxCellChars)]) : field;
            }
            if (cells.Count == 0) continue;
            // Refused rather than cut short: rows past the limit would be lost without a word.
            if (++count > _limits.MaxRowsPerSheet) throw new SourceUnreadableException(_limits.TooManyRows("Fichier CSV refusé"));
            yield return new RawRow((int)reader.LineNumber, cells);
        }
    }

    private static bool Read(CsvReader reader)
    {
        try
        {
            return reader.Read();
        }
        catch (Exception ex) when (ex is CsvFormatException or InvalidDataException or DecoderFallbackException)
        {
            throw new SourceUnreadableException($"Fichier CSV illisible après la ligne {reader.LineNumber} : guillemets ou enregistrement mal formé.", ex);
        }
    }

    public void Dispose() { }
}

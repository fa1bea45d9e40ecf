using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Reporting.Domain.Parsing;

namespace Reporting.Sources.Documents;

/// <summary>
/// Streams the cells of an xlsx workbook with a forward-only <see cref="XmlReader"/> over the zip
/// package: sparse rows, typed values (numbers formatted as dates become DateTime), cached formula
/// results, never a formula evaluated. The package is checked against <see cref="ReadLimits"/> before
/// any part is inflated; no DTD is ever processed. Nothing but the shared strings, the date styles and
/// the current row is held in memory.
/// </summary>
/// <remarks>
/// Proven cell for cell against the Open XML SDK reader it replaces (tests/…/XlsxReaderEquivalenceTests).
/// Two deliberate differences: a formula without a cached value is an <see cref="UncomputedFormula"/>
/// (it was read as empty) and a text longer than <see cref="ReadLimits.MaxCellChars"/> is an
/// <see cref="OversizedText"/> (it was cut): the validators reject both with a French message.
/// </remarks>
public sealed class XlsxDocument : ISourceDocument
{
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string DamagedMessage = "Classeur Excel illisible ou endommagé : ouvrez-le dans Excel et enregistrez-le à nouveau au format .xlsx.";

    private readonly Stream _stream;
    private readonly ZipArchive _zip;
    private readonly Dictionary<string, string> _sheets = new(StringComparer.Ordinal);
    private readonly List<string> _sheetNames = [];
    private readonly ReadLimits _limits;
    private readonly string? _sharedStringsPart;
    private readonly string? _stylesPart;
    private string[]? _sharedStrings;
    private bool[]? _dateStyles;

    private XlsxDocument(string path, Stream stream, ZipArchive zip, ReadLimits limits)
    {
        Path = path;
        _stream = stream;
        _zip = zip;
        _limits = limits;
        var workbook = WorkbookPartName() ?? throw new SourceUnreadableException("Classeur Excel incomplet : la partie « workbook » est absente.");
        var relationships = Relationships(workbook);
        foreach (var (name, id) in SheetEntries(workbook))
        {
            if (_sheets.ContainsKey(name)) continue;
            if (relationships.TryGetValue(id, out var rel) && rel.Type.EndsWith("/worksheet", StringComparison.Ordinal) && _zip.GetEntry(rel.Target) is not null)
            {
                _sheets[name] = rel.Target;
                _sheetNames.Add(name);
            }
        }
        foreach (var rel in relationships.Values)
        {
            if (rel.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)) _sharedStringsPart ??= rel.Target;
            else if (rel.Type.EndsWith("/styles", StringComparison.Ordinal)) _stylesPart ??= rel.Target;
        }
    }

    public string Path { get; }

    public SourceFormat Format => SourceFormat.Xlsx;

    public IReadOnlyList<string> SheetNames => _sheetNames;

    public static XlsxDocument Open(string path, ReadLimits limits)
    {
        var stream = File.OpenRead(path);
        try
        {
            var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            try
            {
                CheckPackage(zip, limits);
                return new XlsxDocument(path, stream, zip, limits);
            }
            catch
            {
                zip.Dispose();
                throw;
            }
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
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>What the zip and XML layers throw on a damaged or hostile part (a DTD, XML cut short, a bad value).</summary>
    private static bool IsDamaged(Exception ex) =>
        ex is InvalidDataException or XmlException or IOException or ArgumentException
            or NotSupportedException or FormatException or OverflowException
        || (ex is InvalidOperationException && ex is not ObjectDisposedException);

    /// <summary>Refuses zip bombs before any part is inflated.</summary>
    private static void CheckPackage(ZipArchive zip, ReadLimits limits)
    {
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

    private XmlReader Reader(string partName)
    {
        var entry = _zip.GetEntry(partName) ?? throw new SourceUnreadableException(DamagedMessage);
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
            // Lying zip headers cannot make a part longer than the package may be once inflated.
            MaxCharactersInDocument = _limits.MaxUncompressedBytes,
        };
        return XmlReader.Create(entry.Open(), settings);
    }

    /// <summary>The main part of the package, from the package relationships (xl/workbook.xml in practice).</summary>
    private string? WorkbookPartName()
    {
        if (_zip.GetEntry("_rels/.rels") is null) return null;
        foreach (var rel in ReadRelationships("_rels/.rels", string.Empty).Values)
            if (rel.Type.EndsWith("/officeDocument", StringComparison.Ordinal) && _zip.GetEntry(rel.Target) is not null)
                return rel.Target;
        return null;
    }

    private sealed record Relationship(string Type, string Target);

    private Dictionary<string, Relationship> Relationships(string partName)
    {
        var slash = partName.LastIndexOf('/');
        var folder = slash < 0 ? string.Empty : partName[..(slash + 1)];
        var relsName = $"{folder}_rels/{partName[(slash + 1)..]}.rels";
        return _zip.GetEntry(relsName) is null ? [] : ReadRelationships(relsName, folder);
    }

    private Dictionary<string, Relationship> ReadRelationships(string relsName, string folder)
    {
        var result = new Dictionary<string, Relationship>(StringComparer.Ordinal);
        using var reader = Reader(relsName);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship") continue;
            var id = reader.GetAttribute("Id");
            var type = reader.GetAttribute("Type");
            var target = reader.GetAttribute("Target");
            if (id is null || type is null || target is null || reader.GetAttribute("TargetMode") == "External") continue;
            result.TryAdd(id, new Relationship(type, Resolve(folder, target)));
        }
        return result;
    }

    /// <summary>A relationship target as a zip entry name: absolute ("/xl/…") or relative to the source part's folder, with "..".</summary>
    private static string Resolve(string folder, string target)
    {
        target = Uri.UnescapeDataString(target);
        var combined = target.StartsWith('/') ? target[1..] : folder + target;
        var parts = new List<string>();
        foreach (var segment in combined.Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); continue; }
            parts.Add(segment);
        }
        return string.Join('/', parts);
    }

    private List<(string Name, string Id)> SheetEntries(string workbook)
    {
        var sheets = new List<(string, string)>();
        using var reader = Reader(workbook);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "sheet") continue;
            var name = reader.GetAttribute("name");
            var id = reader.GetAttribute("id", RelationshipsNs) ?? IdAttribute(reader);
            if (name is not null && id is not null) sheets.Add((name, id));
        }
        return sheets;
    }

    /// <summary>The r:id of a sheet written under the strict OOXML namespace.</summary>
    private static string? IdAttribute(XmlReader reader)
    {
        for (var i = 0; i < reader.AttributeCount; i++)
        {
            reader.MoveToAttribute(i);
            if (reader.LocalName == "id" && reader.NamespaceURI.EndsWith("/relationships", StringComparison.Ordinal))
            {
                var value = reader.Value;
                reader.MoveToElement();
                return value;
            }
        }
        reader.MoveToElement();
        return null;
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

    private IEnumerable<RawRow> ReadRows(string sheetName, string part)
    {
        var strings = SharedStrings();
        var dateStyles = DateStyles();
        using var reader = Reader(part);
        var previousRow = 0;
        var count = 0;
        var inSheetData = false;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            if (!inSheetData)
            {
                // Rows live under <sheetData>; nothing before it (sheet views, columns) is read.
                if (reader.LocalName == "sheetData" && !reader.IsEmptyElement) inSheetData = true;
                continue;
            }
            if (reader.LocalName != "row" || reader.Depth != 2) continue;
            var number = ParseIndex(reader.GetAttribute("r")) is int r ? r : previousRow + 1;
            previousRow = number;
            var cells = ReadRow(reader, strings, dateStyles);
            if (cells is null) continue;
            // Refused rather than cut short: rows past the limit would be lost without a word.
            if (++count > _limits.MaxRowsPerSheet) throw new SourceUnreadableException(_limits.TooManyRows($"Feuille « {sheetName} » refusée"));
            yield return new RawRow(number, cells);
        }
    }

    /// <summary>The non-empty cells of the row the reader stands on; null when none. Leaves the reader on the row's end.</summary>
    private Dictionary<int, object>? ReadRow(XmlReader reader, string[] strings, bool[] dateStyles)
    {
        if (reader.IsEmptyElement) return null;
        Dictionary<int, object>? cells = null;
        var rowDepth = reader.Depth;
        var previousColumn = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == rowDepth) break;
            if (reader.NodeType != XmlNodeType.Element || reader.Depth != rowDepth + 1 || reader.LocalName != "c") continue;
            var column = ColumnOf(reader.GetAttribute("r")) ?? previousColumn + 1;
            previousColumn = column;
            var value = ReadCell(reader, strings, dateStyles);
            if (value is null) continue;
            cells ??= [];
            cells[column] = value;
        }
        return cells;
    }

    /// <summary>One &lt;c&gt; element: its type, style, cached value (&lt;v&gt;), inline text (&lt;is&gt;) and formula (&lt;f&gt;).</summary>
    private object? ReadCell(XmlReader reader, string[] strings, bool[] dateStyles)
    {
        var type = reader.GetAttribute("t");
        var styleAttribute = reader.GetAttribute("s");
        if (reader.IsEmptyElement) return null;
        string? raw = null;
        string? formula = null;
        StringBuilder? inline = null;
        var cellDepth = reader.Depth;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == cellDepth) break;
            if (reader.NodeType != XmlNodeType.Element || reader.Depth != cellDepth + 1) continue;
            switch (reader.LocalName)
            {
                case "v":
                    raw ??= ElementText(reader);
                    break;
                case "f":
                    formula ??= ElementText(reader);
                    break;
                case "is":
                    inline ??= new StringBuilder();
                    AppendDescendantText(reader, inline);
                    break;
            }
        }

        if (type == "inlineStr") return Text(inline?.ToString());
        if (raw is null) return formula is null ? null : new UncomputedFormula(formula);
        switch (type)
        {
            case "s":
                return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Length ? Text(strings[i]) : null;
            case "b":
                return raw == "1" || raw.Equals("true", StringComparison.OrdinalIgnoreCase);
            case "str":
            case "e":
                return Text(raw);
            case "d":
                return DateTime.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var dt) ? dt : Text(raw);
        }
        if (!double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return Text(raw);
        var style = ParseIndex(styleAttribute, allowZero: true) ?? 0;
        if (style < dateStyles.Length && dateStyles[style] && number is > -657435 and < 2958466)
            return DateTime.FromOADate(number);
        return number;
    }

    /// <summary>The text content of a leaf element (&lt;v&gt;, &lt;f&gt;, &lt;t&gt;); leaves the reader on its end.</summary>
    private static string ElementText(XmlReader reader)
    {
        if (reader.IsEmptyElement) return string.Empty;
        var depth = reader.Depth;
        string? single = null;
        StringBuilder? many = null;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) break;
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
            {
                if (single is null) single = reader.Value;
                else (many ??= new StringBuilder(single)).Append(reader.Value);
            }
        }
        return many?.ToString() ?? single ?? string.Empty;
    }

    /// <summary>Every text node under the current element (the InnerText of an inline string, phonetic runs included as before).</summary>
    private static void AppendDescendantText(XmlReader reader, StringBuilder text)
    {
        if (reader.IsEmptyElement) return;
        var depth = reader.Depth;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth) break;
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)
                text.Append(reader.Value);
        }
    }

    /// <summary>A text cell: null when empty; past the cell limit, the whole text is never kept (nor cut): the validators reject it.</summary>
    private object? Text(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        return text.Length > _limits.MaxCellChars ? new OversizedText(text.Length, text[..Math.Min(40, _limits.MaxCellChars)]) : text;
    }

    private static int? ParseIndex(string? value, bool allowZero = false) =>
        value is not null && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && (n > 0 || (allowZero && n == 0)) ? n : null;

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

    /// <summary>
    /// The shared strings, read once per document: rich text runs joined, phonetic runs (rPh) left out.
    /// Their memory is bounded by <see cref="ReadLimits.MaxSharedStringsBytes"/>: past it, the file is refused.
    /// </summary>
    private string[] SharedStrings()
    {
        if (_sharedStrings is not null) return _sharedStrings;
        var strings = new List<string>();
        if (_sharedStringsPart is null || _zip.GetEntry(_sharedStringsPart) is null) return _sharedStrings = [];
        long bytes = 0;
        using (var reader = Reader(_sharedStringsPart))
        {
            var item = new StringBuilder();
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "si" || reader.Depth != 1) continue;
                var text = ReadSharedItem(reader, item);
                strings.Add(text);
                // A string object costs its characters twice plus about 32 bytes (header, length, list slot).
                bytes += 32 + 2L * text.Length;
                if (bytes > _limits.MaxSharedStringsBytes)
                    throw new SourceUnreadableException(_limits.TooManySharedStrings(strings.Count));
            }
        }
        return _sharedStrings = [.. strings];
    }

    /// <summary>An &lt;si&gt;: its first direct &lt;t&gt; if any, otherwise the &lt;t&gt; of its runs (&lt;r&gt;) joined.</summary>
    private static string ReadSharedItem(XmlReader reader, StringBuilder runs)
    {
        if (reader.IsEmptyElement) return string.Empty;
        var depth = reader.Depth;
        string? direct = null;
        runs.Clear();
        var inRun = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement)
            {
                if (reader.Depth == depth) break;
                if (reader.Depth == depth + 1 && reader.LocalName == "r") inRun = false;
                continue;
            }
            if (reader.NodeType != XmlNodeType.Element) continue;
            if (reader.Depth == depth + 1 && reader.LocalName == "t") direct ??= ElementText(reader);
            else if (reader.Depth == depth + 1 && reader.LocalName == "r") inRun = !reader.IsEmptyElement;
            else if (inRun && reader.Depth == depth + 2 && reader.LocalName == "t") runs.Append(ElementText(reader));
        }
        return direct ?? runs.ToString();
    }

    /// <summary>Which cell formats (cellXfs) display a date.</summary>
    private bool[] DateStyles()
    {
        if (_dateStyles is not null) return _dateStyles;
        if (_stylesPart is null || _zip.GetEntry(_stylesPart) is null) return _dateStyles = [];
        var custom = new Dictionary<uint, string>();
        var formats = new List<uint>();
        using (var reader = Reader(_stylesPart))
        {
            var inCellXfs = false;
            var cellXfsDepth = -1;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.EndElement && inCellXfs && reader.Depth == cellXfsDepth)
                {
                    inCellXfs = false;
                    continue;
                }
                if (reader.NodeType != XmlNodeType.Element) continue;
                switch (reader.LocalName)
                {
                    case "numFmt" when reader.Depth == 2:
                        if (uint.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                            custom.TryAdd(id, reader.GetAttribute("formatCode") ?? string.Empty);
                        break;
                    case "cellXfs" when reader.Depth == 1 && !reader.IsEmptyElement:
                        // Only the first cellXfs counts, as in the SDK's Stylesheet.CellFormats.
                        if (cellXfsDepth < 0)
                        {
                            inCellXfs = true;
                            cellXfsDepth = reader.Depth;
                        }
                        break;
                    case "xf" when inCellXfs && reader.Depth == cellXfsDepth + 1:
                        formats.Add(uint.TryParse(reader.GetAttribute("numFmtId"), NumberStyles.None, CultureInfo.InvariantCulture, out var f) ? f : 0);
                        break;
                }
            }
        }
        _dateStyles = new bool[formats.Count];
        for (var i = 0; i < formats.Count; i++)
            _dateStyles[i] = custom.TryGetValue(formats[i], out var code) ? NumberFormats.IsDate(code) : NumberFormats.IsBuiltInDate(formats[i]);
        return _dateStyles;
    }

    public void Dispose()
    {
        _zip.Dispose();
        _stream.Dispose();
    }
}

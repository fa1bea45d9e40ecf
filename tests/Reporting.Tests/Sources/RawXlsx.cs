using System.IO.Compression;
using System.Security;
using System.Text;

namespace Reporting.Tests.Sources;

/// <summary>
/// Writes xlsx packages part by part with System.IO.Compression, for files no spreadsheet program
/// would write: hostile parts, formulas with cached values, odd cell types. Parts may be streamed.
/// </summary>
public sealed class RawXlsx
{
    public const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private readonly List<(string Name, Action<Stream> Write)> _sheets = [];

    public string? SharedStrings { get; set; }

    public string? Styles { get; set; }

    public CompressionLevel Compression { get; set; } = CompressionLevel.Fastest;

    /// <summary>Extra entries written as they are (name, content).</summary>
    public List<(string Name, byte[] Content)> ExtraEntries { get; } = [];

    /// <summary>A sheet from its sheetData content (rows), with an optional dimension.</summary>
    public RawXlsx Sheet(string name, string sheetData, string? dimension = null) =>
        SheetXml(name, WorksheetXml(sheetData, dimension));

    /// <summary>A sheet from its whole worksheet part.</summary>
    public RawXlsx SheetXml(string name, string worksheetXml) =>
        SheetStream(name, s => s.Write(Encoding.UTF8.GetBytes(worksheetXml)));

    /// <summary>A sheet whose part is streamed into the package (large parts are never held in memory).</summary>
    public RawXlsx SheetStream(string name, Action<Stream> write)
    {
        _sheets.Add((name, write));
        return this;
    }

    public static string WorksheetXml(string sheetData, string? dimension = null) =>
        $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{MainNs}">{(dimension is null ? "" : $"<dimension ref=\"{dimension}\"/>")}<sheetData>{sheetData}</sheetData></worksheet>""";

    /// <summary>An inline-string cell.</summary>
    public static string InlineCell(string reference, string text) =>
        $"""<c r="{reference}" t="inlineStr"><is><t xml:space="preserve">{SecurityElement.Escape(text)}</t></is></c>""";

    /// <summary>A row of inline-string cells starting at column A.</summary>
    public static string TextRow(int number, params string?[] values)
    {
        var sb = new StringBuilder($"<row r=\"{number}\">");
        for (var i = 0; i < values.Length; i++)
            if (values[i] is string v) sb.Append(InlineCell(Reporting.Sources.Documents.RawRow.CellRef(i + 1, number), v));
        return sb.Append("</row>").ToString();
    }

    public string Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        var types = new StringBuilder($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>""");
        var rels = new StringBuilder($"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">""");
        var sheets = new StringBuilder();
        for (var i = 0; i < _sheets.Count; i++)
        {
            types.Append($"""<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>""");
            rels.Append($"""<Relationship Id="rId{i + 1}" Type="{RelNs}/worksheet" Target="worksheets/sheet{i + 1}.xml"/>""");
            sheets.Append($"""<sheet name="{SecurityElement.Escape(_sheets[i].Name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>""");
        }
        if (SharedStrings is not null)
        {
            types.Append("""<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>""");
            rels.Append($"""<Relationship Id="rIdS" Type="{RelNs}/sharedStrings" Target="sharedStrings.xml"/>""");
        }
        if (Styles is not null)
        {
            types.Append("""<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>""");
            rels.Append($"""<Relationship Id="rIdT" Type="{RelNs}/styles" Target="styles.xml"/>""");
        }
        types.Append("</Types>");
        rels.Append("</Relationships>");

        Text(zip, "[Content_Types].xml", types.ToString());
        Text(zip, "_rels/.rels", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{RelNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Text(zip, "xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{MainNs}" xmlns:r="{RelNs}"><sheets>{sheets}</sheets></workbook>""");
        Text(zip, "xl/_rels/workbook.xml.rels", rels.ToString());
        for (var i = 0; i < _sheets.Count; i++)
        {
            using var s = zip.CreateEntry($"xl/worksheets/sheet{i + 1}.xml", Compression).Open();
            _sheets[i].Write(s);
        }
        if (SharedStrings is not null) Text(zip, "xl/sharedStrings.xml", SharedStrings);
        if (Styles is not null) Text(zip, "xl/styles.xml", Styles);
        foreach (var (name, content) in ExtraEntries)
        {
            using var s = zip.CreateEntry(name, Compression).Open();
            s.Write(content);
        }
        return path;
    }

    private void Text(ZipArchive zip, string name, string content)
    {
        using var s = zip.CreateEntry(name, Compression).Open();
        s.Write(Encoding.UTF8.GetBytes(content));
    }

    /// <summary>Rewrites one part of an existing package (e.g. to add a formula to a cell EPPlus wrote).</summary>
    public static void Rewrite(string path, string entryName, Func<string, string> edit)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        var entry = zip.GetEntry(entryName) ?? throw new ArgumentException($"No entry {entryName}", nameof(entryName));
        string text;
        using (var reader = new StreamReader(entry.Open())) text = reader.ReadToEnd();
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(entryName).Open(), new UTF8Encoding(false));
        writer.Write(edit(text));
    }

    /// <summary>The names of a package's entries.</summary>
    public static IReadOnlyList<string> Entries(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    /// <summary>Reads one part as text.</summary>
    public static string Read(string path, string entryName)
    {
        using var zip = ZipFile.OpenRead(path);
        using var reader = new StreamReader(zip.GetEntry(entryName)!.Open());
        return reader.ReadToEnd();
    }
}

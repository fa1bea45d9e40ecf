using System.IO.Compression;
using System.Text.Json;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using OfficeOpenXml;
using Reporting.Indicators.Definitions;

namespace Reporting.Tests.Annexes;

/// <summary>A table of an annex sheet read back: its header row, the column of each header, the rows below it.</summary>
public sealed class SheetBlock
{
    private SheetBlock(ExcelWorksheet sheet, int headerRow, Dictionary<string, int> columns, List<int> rows)
    {
        Sheet = sheet;
        HeaderRow = headerRow;
        Columns = columns;
        Rows = rows;
    }

    public ExcelWorksheet Sheet { get; }

    public int HeaderRow { get; }

    /// <summary>Column number of each header text.</summary>
    public IReadOnlyDictionary<string, int> Columns { get; }

    /// <summary>Rows below the header down to the first row empty in every column of the header.</summary>
    public IReadOnlyList<int> Rows { get; }

    /// <summary>The block whose header starts with <paramref name="firstHeader"/> in column A (the n-th such block).</summary>
    public static SheetBlock Find(ExcelWorksheet sheet, string firstHeader, int occurrence = 1)
    {
        var end = sheet.Dimension.End.Row;
        var seen = 0;
        for (var r = 1; r <= end; r++)
        {
            if (sheet.Cells[r, 1].Value as string != firstHeader || ++seen < occurrence) continue;
            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var c = 1; c <= sheet.Dimension.End.Column && sheet.Cells[r, c].Value is string h; c++) columns.TryAdd(h, c);
            var rows = new List<int>();
            for (var row = r + 1; row <= end && columns.Values.Any(c => sheet.Cells[row, c].Value is not null); row++) rows.Add(row);
            return new SheetBlock(sheet, r, columns, rows);
        }
        throw new InvalidOperationException($"No block headed '{firstHeader}' (#{occurrence}) in sheet {sheet.Name}.");
    }

    public object? Value(int row, string header) => Sheet.Cells[row, Columns[header]].Value;

    public string? Text(int row, int column = 1) => Sheet.Cells[row, column].Value as string;

    /// <summary>The row whose first column reads <paramref name="label"/>.</summary>
    public int RowOf(string label) => Rows.Single(r => Text(r) == label);
}

/// <summary>Reading generated annexes back: cells, JSON values, package parts.</summary>
public static class AnnexReader
{
    private static readonly IReadOnlyDictionary<string, string> KeyByLabel = IndicatorCatalog.All.ToDictionary(d => d.Libelle, d => d.Key, StringComparer.Ordinal);

    /// <summary>The catalog key of an indicator by its French label, or null.</summary>
    public static string? KeyOf(string? label) => label is not null && KeyByLabel.TryGetValue(label, out var k) ? k : null;

    public static ExcelPackage Open(string path) => new(new FileInfo(path));

    /// <summary>A JSON indicator: a number, or null when secret.</summary>
    public static decimal? Json(JsonElement json, string key) => json.GetProperty(key).ValueKind == JsonValueKind.Null ? null : json.GetProperty(key).GetDecimal();

    /// <summary>The cell holds the same figure as the JSON (unrounded, up to binary floating point), or <c>s</c> for a secret one.</summary>
    public static void Same(decimal? expected, object? cell, string where)
    {
        if (expected is not decimal e)
        {
            Assert.True(cell as string == "s", $"{where}: secret expected as 's', cell holds '{cell}'");
            return;
        }
        Assert.True(cell is double, $"{where}: a number {e} expected, cell holds '{cell}' ({cell?.GetType().Name ?? "empty"})");
        var actual = (double)cell!;
        Assert.True(Math.Abs(actual - (double)e) <= 1e-9 * Math.Max(1, Math.Abs((double)e)), $"{where}: {e} expected, cell holds {actual}");
    }

    /// <summary>
    /// An indicator's cell against the JSON: the same number, or « – » where a rate or an average has nothing to divide
    /// (the JSON keeps 0 there; its denominator is 0: no month expected, nobody in the population, no attendance row).
    /// </summary>
    public static void SameFigure(JsonElement json, string key, object? cell, string where)
    {
        if (cell is string text && text == "–")
        {
            var definition = IndicatorCatalog.Get(key);
            Assert.True(definition.Kind is IndicatorKind.Rate or IndicatorKind.Average, $"{where}: « – » for an indicator that divides nothing");
            Assert.True(Json(json, key) == 0, $"{where}: « – » but the JSON holds {Json(json, key)}");
            var denominator = key switch
            {
                "taux_transmission" => Json(json, "mois_attendus"),
                "taux_presence" => null, // attendance rows are not in the JSON: its value is 0 above
                _ => Json(json, "promeneurs"),
            };
            Assert.True(denominator is null or 0, $"{where}: « – » but the denominator is {denominator}");
            return;
        }
        Same(Json(json, key), cell, where);
    }

    public static decimal Number(object? cell) => cell is double d ? (decimal)d : throw new InvalidOperationException($"Not a number: '{cell}'.");

    /// <summary>The parts of the package by name.</summary>
    public static Dictionary<string, string> XmlParts(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        return zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal) || e.FullName.EndsWith(".rels", StringComparison.Ordinal) || e.FullName.EndsWith(".vml", StringComparison.Ordinal))
            .ToDictionary(e => e.FullName, e => new StreamReader(e.Open()).ReadToEnd(), StringComparer.Ordinal);
    }

    /// <summary>Every XML part parsed (an invalid part is what makes Excel offer to repair a file).</summary>
    public static Dictionary<string, XDocument> ParsedParts(string path) =>
        XmlParts(path).Where(p => !p.Key.EndsWith(".vml", StringComparison.Ordinal)).ToDictionary(p => p.Key, p => XDocument.Parse(p.Value), StringComparer.Ordinal);

    /// <summary>What DocumentFormat.OpenXml's validator reports against the Office 2019 schemas (part, path, description).</summary>
    public static IReadOnlyList<string> ValidationErrors(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var validator = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019);
        return validator.Validate(document)
            .Select(e => $"{e.Part?.Uri}: {e.Path?.XPath} — {e.Description}")
            .ToList();
    }

    /// <summary>Every text a reader can see in a workbook: shared and inline strings, comments, sheet names, document properties, chart titles.</summary>
    public static IReadOnlyList<string> AllTexts(string path)
    {
        var texts = new List<string>();
        foreach (var (_, doc) in ParsedParts(path))
            texts.AddRange(doc.Descendants().Where(e => !e.HasElements && e.Value.Length > 0).Select(e => e.Value));
        using (var package = Open(path))
            texts.AddRange(package.Workbook.Worksheets.Select(s => s.Name));
        return texts;
    }
}

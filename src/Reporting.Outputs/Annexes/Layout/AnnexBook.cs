using System.Text.RegularExpressions;
using OfficeOpenXml;

namespace Reporting.Outputs.Annexes.Layout;

/// <summary>What the document properties of an annex say (shown by Excel's File › Info, and by file browsers).</summary>
internal sealed record AnnexProperties(string Title, string Subject, string Author, string Keywords);

/// <summary>
/// One annex workbook being written: its sheets (names checked against Excel's rules), unique table
/// names, document properties, and an atomic save (a reader of the folder never sees half a file).
/// </summary>
internal sealed partial class AnnexBook : IDisposable
{
    public const int MaxSheetName = 31;

    private readonly ExcelPackage _package = new();
    private readonly HashSet<string> _tableNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<SheetBuilder> _sheets = [];

    public AnnexBook(AnnexProperties properties, TimeProvider clock)
    {
        Clock = clock;
        var p = _package.Workbook.Properties;
        p.Title = properties.Title;
        p.Subject = properties.Subject;
        p.Author = properties.Author;
        p.LastModifiedBy = properties.Author;
        p.Company = "Caisse d'allocations familiales";
        p.Category = "Promeneurs du Net";
        p.Keywords = properties.Keywords;
        p.Created = clock.GetLocalNow().DateTime;
        p.Modified = clock.GetLocalNow().DateTime;
        Title = properties.Title;
    }

    public TimeProvider Clock { get; }

    /// <summary>The document title, also printed in each page header.</summary>
    public string Title { get; }

    public ExcelWorkbook Workbook => _package.Workbook;

    /// <summary>A new sheet; its name must follow Excel's rules (31 characters, none of <c>[]:*?/\</c>, unique).</summary>
    public SheetBuilder AddSheet(string name)
    {
        if (name.Length is 0 or > MaxSheetName || ForbiddenInSheetName().IsMatch(name) || name.StartsWith('\'') || name.EndsWith('\''))
            throw new ArgumentException($"Invalid sheet name '{name}'.", nameof(name));
        if (_package.Workbook.Worksheets.Any(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)))
            throw new ArgumentException($"Duplicate sheet name '{name}'.", nameof(name));
        var builder = new SheetBuilder(this, _package.Workbook.Worksheets.Add(name));
        _sheets.Add(builder);
        return builder;
    }

    /// <summary>A sheet name made from free text (a questionnaire code): forbidden characters replaced, cut to 31, unique.</summary>
    public string SafeSheetName(string text)
    {
        var clean = ForbiddenInSheetName().Replace(text, "-").Trim().Trim('\'');
        if (clean.Length == 0) clean = "Feuille";
        var candidate = clean.Length > MaxSheetName ? clean[..MaxSheetName] : clean;
        for (var i = 2; _package.Workbook.Worksheets.Any(s => string.Equals(s.Name, candidate, StringComparison.OrdinalIgnoreCase)); i++)
        {
            var suffix = $" ({i})";
            candidate = (clean.Length + suffix.Length > MaxSheetName ? clean[..(MaxSheetName - suffix.Length)] : clean) + suffix;
        }
        return candidate;
    }

    /// <summary>A table name unique in the workbook (Excel refuses a workbook with two tables of the same name).</summary>
    public string TableName(string hint)
    {
        var clean = TableNameCharacters().Replace(hint, string.Empty);
        if (clean.Length == 0 || !char.IsLetter(clean[0])) clean = "Tableau" + clean;
        var candidate = clean;
        for (var i = 2; !_tableNames.Add(candidate); i++) candidate = clean + "_" + i;
        return candidate;
    }

    /// <summary>Lays out every sheet, then writes the file through a temporary file in the same folder.</summary>
    public void Save(string path)
    {
        foreach (var sheet in _sheets) sheet.Finish();
        SelectFirstSheet();
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(folder);
        var temporary = Path.Combine(folder, "." + Path.GetFileName(full) + ".tmp");
        try
        {
            _package.SaveAs(new FileInfo(temporary));
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    public void Dispose() => _package.Dispose();

    /// <summary>Opens on the first sheet, its tab selected (EPPlus 4.5's TabSelected setter clears the sheet it selects).</summary>
    private void SelectFirstSheet()
    {
        _package.Workbook.View.ActiveTab = 0;
        var first = _package.Workbook.Worksheets.First();
        var ns = new System.Xml.XmlNamespaceManager(first.WorksheetXml.NameTable);
        ns.AddNamespace("d", "http://schemas.openxmlformats.org/spreadsheetml/2006/main");
        ((System.Xml.XmlElement)first.WorksheetXml.SelectSingleNode("//d:sheetView", ns)!).SetAttribute("tabSelected", "1");
    }

    [GeneratedRegex(@"[\[\]:*?/\\]")]
    private static partial Regex ForbiddenInSheetName();

    [GeneratedRegex(@"[^A-Za-z0-9_]")]
    private static partial Regex TableNameCharacters();
}

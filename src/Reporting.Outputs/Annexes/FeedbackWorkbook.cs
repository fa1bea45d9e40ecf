using System.IO.Compression;
using OfficeOpenXml;
using OfficeOpenXml.Style;
using Reporting.Domain.Text;
using Reporting.Outputs.Annexes.Layout;
using Reporting.Outputs.Excel;
using Reporting.Outputs.Formatting;
using Reporting.Warehouse.Queries;

namespace Reporting.Outputs.Annexes;

/// <summary>
/// The workbook a coordinator sends back to a promeneur: a copy of the tracking workbook as it was
/// received (its archived file), every rejected cell filled in red with the French message as a cell
/// comment, and a sheet « À corriger » listing them with a link to each cell. The promeneur corrects
/// the cells and sends the same workbook again: the extra sheet does not stop it from loading.
/// </summary>
internal static class FeedbackWorkbook
{
    public const string ListSheet = "À corriger";
    public const string CommentAuthor = "Coordination PdN";

    /// <summary>Far above a tracking workbook (tens of kilobytes): the archived file is not trusted blindly.</summary>
    private const long MaxFileBytes = 100L * 1024 * 1024;
    private const long MaxUncompressedBytes = 400L * 1024 * 1024;
    private const int MaxEntries = 2000;

    public static void Write(string archived, string path, IReadOnlyList<RejectedCell> cells, TimeProvider clock)
    {
        CheckPackage(archived);
        using var package = new ExcelPackage(new FileInfo(archived));
        var book = package.Workbook;
        var list = book.Worksheets.Add(UniqueName(book, ListSheet));
        list.View.ShowGridLines = false;
        list.Cells[1, 1].Value = "Cellules à corriger avant de renvoyer ce tableau de suivi";
        list.Cells[1, 1].Style.Font.Bold = true;
        list.Cells[1, 1].Style.Font.Size = 14;
        list.Cells[1, 1].Style.Font.Color.SetColor(AnnexStyle.SectionText);
        list.Cells[2, 1].Value = $"Chaque cellule erronée est surlignée en rouge dans sa feuille et porte un commentaire qui dit ce qui est attendu. Une cellule erronée écarte toute sa ligne tant qu'elle n'est pas corrigée. Relevé du {FrenchFormat.Date(clock.GetLocalNow().DateTime)}.";
        list.Cells[2, 1].Style.Font.Italic = true;
        list.Cells[2, 1].Style.Font.Color.SetColor(AnnexStyle.NoteText);
        string[] headers = ["Feuille", "Cellule", "Colonne", "Valeur saisie", "Ce qu'il faut corriger"];
        for (var i = 0; i < headers.Length; i++) list.Cells[4, i + 1].Value = headers[i];
        var head = list.Cells[4, 1, 4, headers.Length];
        head.Style.Font.Bold = true;
        head.Style.Font.Color.SetColor(AnnexStyle.HeaderText);
        head.Style.Fill.PatternType = ExcelFillStyle.Solid;
        head.Style.Fill.BackgroundColor.SetColor(AnnexStyle.HeaderFill);

        var row = 5;
        var lengths = headers.Select(h => (double)h.Length).ToArray();
        foreach (var cell in cells)
        {
            list.Cells[row, 1].Value = cell.Sheet;
            list.Cells[row, 2].Value = cell.CellRef;
            list.Cells[row, 3].Value = cell.ColumnName;
            list.Cells[row, 4].Value = cell.CellValue; // as text: a value that starts with '=' stays text
            list.Cells[row, 5].Value = cell.Message;
            list.Cells[row, 5].Style.WrapText = true;
            list.Cells[row, 1, row, 5].Style.VerticalAlignment = ExcelVerticalAlignment.Top;
            var target = book.Worksheets[cell.Sheet];
            if (target is not null && IsAddress(cell.CellRef))
            {
                list.Cells[row, 2].Hyperlink = new ExcelHyperLink($"'{target.Name.Replace("'", "''", StringComparison.Ordinal)}'!{cell.CellRef}", cell.CellRef);
                list.Cells[row, 2].Style.Font.UnderLine = true;
                list.Cells[row, 2].Style.Font.Color.SetColor(System.Drawing.Color.FromArgb(5, 99, 193));
                Mark(target, cell);
            }
            lengths[0] = Math.Max(lengths[0], cell.Sheet.Length);
            lengths[2] = Math.Max(lengths[2], cell.ColumnName.Length);
            lengths[3] = Math.Max(lengths[3], cell.CellValue?.Length ?? 0);
            list.Row(row).Height = SheetBuilder.Lines(cell.Message, 80, 1.2) * 15 + 3;
            row++;
        }
        list.Column(1).Width = Math.Clamp(lengths[0] * 1.1 + 2, 10, 30);
        list.Column(2).Width = 10;
        list.Column(3).Width = Math.Clamp(lengths[2] * 1.1 + 2, 10, 30);
        list.Column(4).Width = Math.Clamp(lengths[3] * 1.1 + 2, 14, 40);
        list.Column(5).Width = 80;
        list.Cells[2, 1, 2, 5].Merge = true;
        list.Cells[2, 1].Style.WrapText = true;
        list.Row(2).Height = 33;
        list.View.FreezePanes(5, 1);
        PrintSetup.Apply(list, landscape: true, repeatedHeaderRow: 4);
        // The sheets as received get a print setup too (nothing else of them changes): tables in landscape with their
        // header row on each page, the other sheets fitted to the width of a portrait page.
        foreach (var sheet in book.Worksheets.Where(s => s != list && s.Hidden == eWorkSheetHidden.Visible))
        {
            var table = TextKey.Equal(sheet.Name, Reporting.Domain.Contracts.InputContract.Tracking.TempsSheet) || TextKey.Equal(sheet.Name, Reporting.Domain.Contracts.InputContract.Tracking.SollicitationsSheet);
            PrintSetup.Apply(sheet, landscape: table || TextKey.Equal(sheet.Name, Reporting.Domain.Contracts.InputContract.Tracking.InstructionsSheet), repeatedHeaderRow: table ? 1 : null);
        }
        // Opens on the list (the last sheet): the active tab is its position among the sheets, from 0.
        // (EPPlus 4.5's TabSelected setter clears the sheet it selects: the attribute is written directly.)
        foreach (var other in book.Worksheets) other.View.TabSelected = false;
        book.View.ActiveTab = book.Worksheets.Count - 1;
        var ns = new System.Xml.XmlNamespaceManager(list.WorksheetXml.NameTable);
        ns.AddNamespace("d", "http://schemas.openxmlformats.org/spreadsheetml/2006/main");
        ((System.Xml.XmlElement)list.WorksheetXml.SelectSingleNode("//d:sheetView", ns)!).SetAttribute("tabSelected", "1");

        book.Properties.Title = $"Retour du tableau de suivi « {Path.GetFileName(archived)} »";
        book.Properties.Subject = $"{AnnexText.Plural(cells.Count, "cellule", "cellules")} à corriger";
        book.Properties.LastModifiedBy = CommentAuthor;
        book.Properties.Modified = clock.GetLocalNow().DateTime;

        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + ".tmp");
        try
        {
            package.SaveAs(new FileInfo(temporary));
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }

    /// <summary>Red fill and the message as a comment; several messages on one cell are joined.</summary>
    private static void Mark(ExcelWorksheet sheet, RejectedCell cell)
    {
        var target = sheet.Cells[cell.CellRef];
        target.Style.Fill.PatternType = ExcelFillStyle.Solid;
        target.Style.Fill.BackgroundColor.SetColor(AnnexStyle.WarningFill);
        target.Style.Font.Color.SetColor(AnnexStyle.WarningText);
        target.Style.Border.BorderAround(ExcelBorderStyle.Thin, AnnexStyle.WarningText);
        var existing = sheet.Comments[new ExcelCellAddress(cell.CellRef)];
        if (existing is not null)
        {
            var text = existing.Text + "\n" + cell.Message;
            sheet.Comments.Remove(existing);
            Comment(sheet, target, text);
            return;
        }
        Comment(sheet, target, cell.Message);
    }

    private static void Comment(ExcelWorksheet sheet, ExcelRange target, string text)
    {
        var comment = sheet.Comments.Add(target, text, CommentAuthor);
        comment.AutoFit = false;
        comment.From.Column = target.Start.Column;
        comment.To.Column = target.Start.Column + 4;
        comment.To.Row = target.Start.Row + Math.Clamp(SheetBuilder.Lines(text, 40), 2, 12);
    }

    private static bool IsAddress(string reference) =>
        !string.IsNullOrWhiteSpace(reference) && ExcelCellBase.IsValidCellAddress(reference);

    private static string UniqueName(ExcelWorkbook book, string name)
    {
        var candidate = name;
        for (var i = 2; book.Worksheets.Any(s => string.Equals(s.Name, candidate, StringComparison.OrdinalIgnoreCase)); i++) candidate = $"{name} ({i})";
        return candidate;
    }

    /// <summary>Refuses an archived file too large, or whose zip entries claim too much (a zip bomb), before EPPlus loads it whole.</summary>
    private static void CheckPackage(string path)
    {
        var info = new FileInfo(path);
        if (info.Length > MaxFileBytes) throw new InvalidDataException($"{path}: file too large for a tracking workbook.");
        using var zip = ZipFile.OpenRead(path);
        if (zip.Entries.Count > MaxEntries || zip.Entries.Sum(e => e.Length) > MaxUncompressedBytes)
            throw new InvalidDataException($"{path}: package too large once uncompressed.");
    }
}

using OfficeOpenXml;

namespace Reporting.Outputs.Excel;

/// <summary>
/// The print setup every sheet of every workbook gets (annexes, tracking templates, feedback workbooks): A4, the
/// orientation the sheet needs, fitted to the width of one page (as many pages down as it takes), the header row
/// of a table repeated on each page when the table runs to the end of the sheet, page numbers in the footer.
/// </summary>
public static class PrintSetup
{
    /// <summary>
    /// A long text in a cell runs over the empty cells on its right, but a spreadsheet prints only the used columns:
    /// the print area is widened to the column where the longest such text ends, and fitting to the width then
    /// keeps it whole (the « Mode d'emploi » of a workbook received from a promeneur, which we never rewrite).
    /// </summary>
    private static void IncludeOverflowingText(ExcelWorksheet sheet)
    {
        if (sheet.Dimension is null) return;
        var lastColumn = sheet.Dimension.End.Column;
        var end = lastColumn;
        for (var r = sheet.Dimension.Start.Row; r <= sheet.Dimension.End.Row; r++)
            for (var c = sheet.Dimension.Start.Column; c <= lastColumn; c++)
            {
                var cell = sheet.Cells[r, c];
                if (cell.Value is not string text || cell.Merge || cell.Style.WrapText) continue;
                // About 0.8 characters of prose per width unit, bold and large titles wider.
                var units = text.Length / (cell.Style.Font.Bold || cell.Style.Font.Size > 12 ? 0.65 : 0.8);
                var column = c;
                for (var room = sheet.Column(c).Width; room < units && column < 60; room += sheet.Column(++column).Width) { }
                end = Math.Max(end, column);
            }
        if (end > lastColumn)
            sheet.PrinterSettings.PrintArea = sheet.Cells[1, 1, sheet.Dimension.End.Row, end];
    }

    /// <summary>The page itself: A4, the orientation, fitted to one page wide, the margins.</summary>
    public static ExcelPrinterSettings Page(ExcelWorksheet sheet, bool landscape)
    {
        var print = sheet.PrinterSettings;
        print.PaperSize = ePaperSize.A4;
        print.Orientation = landscape ? eOrientation.Landscape : eOrientation.Portrait;
        print.FitToPage = true;
        print.FitToWidth = 1;
        print.FitToHeight = 0;
        print.LeftMargin = 0.5m;
        print.RightMargin = 0.5m;
        print.TopMargin = 0.75m;
        print.BottomMargin = 0.75m;
        print.HeaderMargin = 0.3m;
        print.FooterMargin = 0.3m;
        return print;
    }

    public static void Apply(ExcelWorksheet sheet, bool landscape, int? repeatedHeaderRow = null)
    {
        var print = Page(sheet, landscape);
        if (repeatedHeaderRow is int row) print.RepeatRows = new ExcelAddress($"${row}:${row}");
        IncludeOverflowingText(sheet);
        if (string.IsNullOrEmpty(sheet.HeaderFooter.OddFooter.RightAlignedText))
            sheet.HeaderFooter.OddFooter.RightAlignedText = $"Page {ExcelHeaderFooter.PageNumber} / {ExcelHeaderFooter.NumberOfPages}";
    }
}

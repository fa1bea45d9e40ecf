using OfficeOpenXml;

namespace Reporting.Outputs.Excel;

/// <summary>
/// Column widths computed from content (EPPlus's AutoFit needs GDI+, absent on Linux): about one
/// width unit per character of the longest text, bounded.
/// </summary>
public static class SheetLayout
{
    public static double WidthFor(IEnumerable<string?> texts, double min = 8, double max = 70) =>
        Math.Clamp(texts.Select(t => (t ?? string.Empty).Split('\n').Max(l => l.Length)).DefaultIfEmpty(0).Max() * 1.1 + 2, min, max);

    /// <summary>Sets the width of each used column from the text of its cells.</summary>
    public static void FitColumns(ExcelWorksheet sheet, double min = 8, double max = 70)
    {
        if (sheet.Dimension is null) return;
        for (var c = sheet.Dimension.Start.Column; c <= sheet.Dimension.End.Column; c++)
        {
            var texts = new List<string?>();
            for (var r = sheet.Dimension.Start.Row; r <= sheet.Dimension.End.Row; r++) texts.Add(sheet.Cells[r, c].Text);
            sheet.Column(c).Width = WidthFor(texts, min, max);
        }
    }
}

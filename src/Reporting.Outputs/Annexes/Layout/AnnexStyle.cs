using System.Drawing;
using Reporting.Indicators.Definitions;

namespace Reporting.Outputs.Annexes.Layout;

/// <summary>
/// The look of every annex: colours and Excel number formats. Formats are Excel's codes (written in
/// the file in Excel's invariant notation); a French Excel shows them as <c>1 234,5</c>, <c>42,3 %</c>,
/// <c>15/06/2019</c>. Cells hold unrounded values: only the display rounds.
/// </summary>
internal static class AnnexStyle
{
    public static readonly Color HeaderFill = Color.FromArgb(31, 78, 121);
    public static readonly Color HeaderText = Color.White;
    public static readonly Color SectionText = Color.FromArgb(31, 78, 121);
    public static readonly Color TotalFill = Color.FromArgb(221, 235, 247);
    public static readonly Color BandFill = Color.FromArgb(242, 242, 242);
    public static readonly Color Border = Color.FromArgb(191, 191, 191);
    public static readonly Color NoteText = Color.FromArgb(89, 89, 89);
    public static readonly Color WarningFill = Color.FromArgb(255, 199, 206);
    public static readonly Color WarningText = Color.FromArgb(156, 0, 6);

    public const string Integer = "#,##0";
    public const string Decimal1 = "#,##0.0";
    public const string Percent = "0.0%";
    public const string Date = "dd/mm/yyyy";

    /// <summary>The format of an indicator by its kind (the same rounding as the console tables).</summary>
    public static string FormatOf(IndicatorKind kind) => kind switch
    {
        IndicatorKind.Count => Integer,
        IndicatorKind.Rate => Percent,
        _ => Decimal1,
    };
}

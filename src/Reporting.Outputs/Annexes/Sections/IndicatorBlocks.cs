using Reporting.Indicators.Definitions;
using Reporting.Outputs.Annexes.Layout;

namespace Reporting.Outputs.Annexes.Sections;

/// <summary>A figure column of an annex: its header and the indicator set it reads.</summary>
internal sealed record PeriodColumn(string Header, IndicatorSet Set);

/// <summary>Tables of indicators, one row per indicator of the catalog (its French label), one column per period.</summary>
internal static class IndicatorBlocks
{
    /// <summary>Every indicator that is a single number, in the catalog's order.</summary>
    public static IReadOnlyList<string> ScalarKeys { get; } =
        IndicatorCatalog.All.Where(d => d.Kind != IndicatorKind.Distribution).Select(d => d.Key).ToList();

    /// <summary>"Indicateur" then one column per period; returns the header row.</summary>
    public static int Table(SheetBuilder sheet, IReadOnlyList<string> keys, IReadOnlyList<PeriodColumn> columns, string firstHeader = "Indicateur")
    {
        var header = sheet.Header(1, [firstHeader, .. columns.Select(c => c.Header)]);
        foreach (var key in keys)
        {
            var definition = IndicatorCatalog.Get(key);
            var row = sheet.Row++;
            sheet.Text(row, 1, definition.Libelle);
            for (var i = 0; i < columns.Count; i++)
                sheet.Figure(row, i + 2, columns[i].Set, definition);
        }
        sheet.Grid(header, 1, sheet.Row - 1, columns.Count + 1);
        return header;
    }

    /// <summary>
    /// "Indicateur | Total | Moyenne par promeneur": the shape of the seed's bilan (a sum and its
    /// average per promeneur on one row; a row without average leaves the cell empty).
    /// </summary>
    public static int TotalsAndAverages(SheetBuilder sheet, IndicatorSet set, IReadOnlyList<(string Total, string? Average)> rows)
    {
        var header = sheet.Header(1, "Indicateur", "Total", "Moyenne par promeneur");
        foreach (var (totalKey, averageKey) in rows)
        {
            var total = IndicatorCatalog.Get(totalKey);
            var row = sheet.Row++;
            sheet.Text(row, 1, total.Libelle);
            sheet.Figure(row, 2, set, total);
            if (averageKey is not null)
            {
                var average = IndicatorCatalog.Get(averageKey);
                sheet.Figure(row, 3, set, average);
            }
        }
        sheet.Grid(header, 1, sheet.Row - 1, 3);
        return header;
    }
}

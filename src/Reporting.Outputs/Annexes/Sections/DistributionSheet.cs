using Reporting.Indicators.Definitions;
using Reporting.Outputs.Annexes.Layout;

namespace Reporting.Outputs.Annexes.Sections;

/// <summary>
/// A sheet per distribution of the solicitations (modalités, thèmes, âges, interlocuteurs): count and
/// share of every label of the list for each period, the total, and a native bar chart of the shares.
/// </summary>
internal static class DistributionSheet
{
    internal sealed record Kind(string Key, string SheetName, string Column, string ChartTitle, string TableHint, bool Horizontal);

    public static readonly IReadOnlyList<Kind> All =
    [
        new("modalites", "Modalités", "Modalité de réponse", "Part des sollicitations par modalité de réponse", "Modalites", true),
        new("themes", "Thèmes", "Thème abordé", "Part des sollicitations par thème", "Themes", true),
        new("tranches_age", "Âges", "Tranche d'âge", "Part des sollicitations par tranche d'âge des enfants ou jeunes concernés", "Ages", false),
        new("interlocuteurs", "Interlocuteurs", "Interlocuteur", "Part des sollicitations par interlocuteur", "Interlocuteurs", true),
    ];

    /// <summary>The label of the total row.</summary>
    public const string TotalLabel = "Total des sollicitations";

    public static void Write(AnnexBook book, Kind kind, string title, string subtitle, IReadOnlyList<PeriodColumn> periods)
    {
        var definition = IndicatorCatalog.Get(kind.Key);
        var sheet = book.AddSheet(kind.SheetName);
        sheet.Title(title, subtitle);
        var headers = new List<string> { kind.Column };
        foreach (var p in periods)
        {
            headers.Add(periods.Count == 1 ? "Nombre" : $"{p.Header} : nombre");
            headers.Add(periods.Count == 1 ? "Part" : $"{p.Header} : part");
        }
        var header = sheet.Header(1, [.. headers]);
        var categories = IndicatorAmounts.Distributions[definition.Distribution!].Values;
        var first = sheet.Row;
        foreach (var category in categories)
        {
            var row = sheet.Row++;
            sheet.Text(row, 1, category);
            for (var i = 0; i < periods.Count; i++)
            {
                var distribution = periods[i].Set.Distribution(definition);
                var total = Total(periods[i].Set);
                decimal? count = distribution?[category];
                sheet.Number(row, 2 + 2 * i, count, AnnexStyle.Integer);
                sheet.Share(row, 3 + 2 * i, count, total);
            }
        }
        var last = sheet.Row - 1;
        var totalRow = sheet.Row++;
        sheet.Text(totalRow, 1, TotalLabel);
        for (var i = 0; i < periods.Count; i++)
        {
            var total = Total(periods[i].Set);
            sheet.Number(totalRow, 2 + 2 * i, total, AnnexStyle.Integer);
            sheet.Share(totalRow, 3 + 2 * i, total, total);
        }
        sheet.Grid(header, 1, totalRow, headers.Count);
        sheet.Emphasize(totalRow, 1, headers.Count);
        sheet.FreezeBelow(header);
        sheet.RepeatOnEachPage(header);
        sheet.Skip();

        // The chart beside the table: both on one landscape page; the footnote below both.
        var series = periods.Select((p, i) => (sheet.Sheet.Cells[first, 3 + 2 * i, last, 3 + 2 * i], periods.Count == 1 ? "Part" : p.Header)).ToList();
        var height = Math.Max(320, 100 + categories.Count * (periods.Count * 16 + 12));
        sheet.BarChart("Graphique_" + kind.TableHint, kind.ChartTitle, sheet.Sheet.Cells[first, 1, last, 1], series, kind.Horizontal,
            "0%", AnnexStyle.Percent, header, headers.Count + 2, 620, height);
        sheet.Note("Chaque sollicitation, reçue ou initiée, compte une fois ; la part rapporte le nombre au total des sollicitations de la période ; « – » : aucune sollicitation.");
    }

    /// <summary>Every solicitation of the period: received plus initiated (null when secret).</summary>
    private static decimal? Total(IndicatorSet set) =>
        set.Value("sollicitations_recues") is decimal r && set.Value("sollicitations_initiees") is decimal i ? r + i : null;
}

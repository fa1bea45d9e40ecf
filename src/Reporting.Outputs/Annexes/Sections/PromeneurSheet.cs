using Reporting.Indicators.Computation;
using Reporting.Indicators.Definitions;
using Reporting.Outputs.Annexes.Layout;
using Reporting.Warehouse.Queries;

namespace Reporting.Outputs.Annexes.Sections;

/// <summary>
/// One row per promeneur of the population with the same indicators as the département (the same
/// query grouped by promeneur), and the département's row below: the rows add up to it.
/// </summary>
internal static class PromeneurSheet
{
    public const string SheetName = "Promeneurs";
    public const string TotalLabel = "Total du département";
    public const string SentHeader = "Tableau du mois transmis";

    /// <summary>The identity columns before the figures.</summary>
    public static readonly string[] IdentityHeaders = ["Identifiant", "Nom", "Prénom", "Structure", "Label"];

    public static void Write(AnnexBook book, string title, string subtitle, PromeneurBreakdown breakdown,
        IReadOnlyList<PromeneurIdentity> identities, IReadOnlyList<string> keys, bool monthSent)
    {
        var sheet = book.AddSheet(SheetName);
        sheet.Title(title, subtitle);
        var byId = identities.ToDictionary(i => i.PromeneurId, StringComparer.Ordinal);
        var headers = new List<string>(IdentityHeaders);
        if (monthSent) headers.Add(SentHeader);
        headers.AddRange(keys.Select(k => IndicatorCatalog.Get(k).Libelle));
        var header = sheet.Header(1, [.. headers]);
        var firstFigure = IdentityHeaders.Length + (monthSent ? 2 : 1);

        foreach (var set in Ordered(breakdown.Promeneurs, byId))
        {
            var row = sheet.Row++;
            var who = byId.GetValueOrDefault(set.Territoire);
            sheet.Text(row, 1, set.Territoire);
            sheet.Text(row, 2, who?.LastName);
            sheet.Text(row, 3, who?.FirstName);
            sheet.Text(row, 4, who?.StructureName);
            sheet.Text(row, 5, who?.Label);
            if (monthSent)
            {
                var sent = set.Value("mois_transmis") > 0;
                sheet.Text(row, 6, sent ? "Oui" : "Non");
                sheet.Sheet.Cells[row, 6].Style.HorizontalAlignment = OfficeOpenXml.Style.ExcelHorizontalAlignment.Center;
                if (!sent) sheet.Warn(row, 6);
            }
            Figures(sheet, row, firstFigure, set, keys);
        }
        var last = sheet.Row - 1;
        sheet.Table("Promeneurs", header, last, 1, headers.Count);
        var total = sheet.Row++;
        sheet.Label(total, 1, IdentityHeaders.Length, TotalLabel);
        Figures(sheet, total, firstFigure, breakdown.Departement, keys);
        sheet.Grid(total, 1, total, headers.Count, bands: false);
        sheet.Emphasize(total, 1, headers.Count);
        sheet.FreezeBelow(header, 3);
        sheet.RepeatOnEachPage(header);
        sheet.Skip();
        if (monthSent)
            sheet.Note("« Non » : le tableau de suivi du mois n'a pas été reçu, ou la ligne du mois a été rejetée (voir la feuille Qualité).");
        sheet.Note("Les sommes des promeneurs font le total du département ; taux et stocks d'amis du total sont ceux du département (amis : dernier mois transmis de la période).");
    }

    /// <summary>By last name, first name, then identifier.</summary>
    public static IEnumerable<IndicatorSet> Ordered(IEnumerable<IndicatorSet> promeneurs, IReadOnlyDictionary<string, PromeneurIdentity> byId) =>
        promeneurs
            .OrderBy(p => byId.GetValueOrDefault(p.Territoire)?.LastName ?? p.Territoire, StringComparer.Create(Formatting.FrenchFormat.Culture, true))
            .ThenBy(p => byId.GetValueOrDefault(p.Territoire)?.FirstName ?? string.Empty, StringComparer.Create(Formatting.FrenchFormat.Culture, true))
            .ThenBy(p => p.Territoire, StringComparer.Ordinal);

    private static void Figures(SheetBuilder sheet, int row, int column, IndicatorSet set, IReadOnlyList<string> keys)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            var definition = IndicatorCatalog.Get(keys[i]);
            sheet.Figure(row, column + i, set, definition);
        }
    }
}

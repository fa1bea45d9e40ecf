using Reporting.Domain.Territory;
using Reporting.Indicators.Computation;
using Reporting.Indicators.Definitions;
using Reporting.Outputs.Annexes.Layout;
using Reporting.Outputs.Annexes.Sections;
using Reporting.Outputs.Formatting;

namespace Reporting.Outputs.Annexes;

/// <summary>
/// The national comparison of a period: one row per département (per-promeneur averages, rates,
/// rank), the national totals, small-number secrecy shown as <c>s</c> with a footnote. It reads only
/// <see cref="IndicatorService.Compute"/>'s national result: no promeneur is ever named.
/// </summary>
internal sealed class NationalComparison(IndicatorService indicators, TimeProvider clock, Scope scope, int seuil)
{
    public const string DepartementsSheet = "Départements";
    public const string NationalSheet = "France entière";
    public const string NationalLabel = "France entière";
    public const string RankHeader = "Rang (heures par promeneur)";

    /// <summary>The indicators compared, after the code and the name of the département.</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        "promeneurs", "taux_transmission", "heures_par_promeneur", "heures_en_ligne_par_promeneur", "heures_hors_ligne_par_promeneur",
        "sollicitations_recues_par_promeneur", "sollicitations_initiees_par_promeneur", "amis_public_par_promeneur",
        "amis_professionnels_par_promeneur", "nouveaux_participants_par_promeneur", "regroupements", "taux_presence",
    ];

    /// <summary>Writes the comparison; returns the number of promeneurs of the whole country.</summary>
    public decimal Write(string path)
    {
        var result = indicators.Compute(scope, seuil);
        var period = AnnexText.Period(scope.Period);
        var title = $"Comparaison nationale des Promeneurs du Net — {period}";
        var subtitle = $"{AnnexText.Capitalized(period)} · {AnnexText.Label(scope.Label)} · {AnnexText.Population(scope.Population, scope.Period)} · secret statistique sous {seuil} promeneurs · édité le {FrenchFormat.Date(clock.GetLocalNow().DateTime)}";
        using var book = new AnnexBook(new AnnexProperties(title, $"Indicateurs des Promeneurs du Net par département, {period}", "CNAF",
            $"Promeneurs du Net; comparaison nationale; {scope.Period.Text}"), clock);

        var rank = Ranks(result.Departements);
        var sheet = book.AddSheet(DepartementsSheet);
        sheet.Title(title, subtitle);
        var headers = new List<string> { "Code", "Département" };
        headers.AddRange(Keys.Select(k => IndicatorCatalog.Get(k).Libelle));
        headers.Add(RankHeader);
        var header = sheet.Header(1, [.. headers]);
        foreach (var d in result.Departements)
        {
            var row = sheet.Row++;
            sheet.Text(row, 1, d.Territoire);
            sheet.Text(row, 2, Departements.Exists(d.Territoire) ? Departements.Get(d.Territoire).Nom : d.Territoire);
            Figures(sheet, row, d);
            sheet.Number(row, headers.Count, rank.TryGetValue(d.Territoire, out var r) ? r : null, AnnexStyle.Integer);
        }
        sheet.Table("Departements", header, sheet.Row - 1, 1, headers.Count);
        var national = sheet.Row++;
        sheet.Label(national, 1, 2, NationalLabel);
        Figures(sheet, national, result.Total);
        sheet.Grid(national, 1, national, headers.Count, bands: false);
        sheet.Emphasize(national, 1, headers.Count);
        sheet.FreezeBelow(header, 2);
        sheet.RepeatOnEachPage(header);
        sheet.Skip();
        if (result.Departements.Any(d => d.Secret) || result.Total.Secret)
            sheet.Note($"s : secret statistique — département de moins de {seuil} promeneurs, ou second plus petit département masqué pour que les totaux ne révèlent pas le premier.");
        sheet.Note("Les totaux nationaux incluent tous les départements, y compris ceux soumis au secret. Rang : 1 pour le plus grand nombre d'heures par promeneur parmi les départements publiés.");
        sheet.Note("Moyennes par promeneur : total du département divisé par son nombre de promeneurs ; aucun chiffre individuel n'est publié.");
        sheet.Skip();

        var published = result.Departements.Where(d => !d.Secret).OrderBy(d => rank[d.Territoire]).ThenBy(d => d.Territoire, StringComparer.Ordinal).ToList();
        if (published.Count > 0)
        {
            sheet.Section("Heures par promeneur des départements publiés");
            var average = IndicatorCatalog.Get("heures_par_promeneur");
            var top = sheet.Header(1, "Rang", "Département", average.Libelle);
            foreach (var d in published)
            {
                var row = sheet.Row++;
                sheet.Number(row, 1, rank[d.Territoire], AnnexStyle.Integer);
                sheet.Text(row, 2, Departements.Exists(d.Territoire) ? $"{Departements.Get(d.Territoire).Nom} ({d.Territoire})" : d.Territoire);
                sheet.Number(row, 3, d.Value(average), AnnexStyle.Decimal1);
            }
            var last = sheet.Row - 1;
            sheet.Grid(top, 1, last, 3);
            // Beside its table, one bar per row of the table.
            sheet.BarChart("Graphique_Heures", "Heures par promeneur, par département publié", sheet.Sheet.Cells[top + 1, 2, last, 2],
                [(sheet.Sheet.Cells[top + 1, 3, last, 3], average.Libelle)], horizontal: true, "#,##0", AnnexStyle.Decimal1,
                top, 5, 620, Math.Max(260, 80 + published.Count * 26));
        }

        var totals = book.AddSheet(NationalSheet);
        totals.Title($"France entière — {period}", subtitle);
        totals.Section("Indicateurs nationaux");
        var h = IndicatorBlocks.Table(totals, IndicatorBlocks.ScalarKeys, [new PeriodColumn(NationalLabel, result.Total)]);
        totals.RepeatOnEachPage(h);
        totals.Skip();
        foreach (var kind in DistributionSheet.All)
        {
            var definition = IndicatorCatalog.Get(kind.Key);
            totals.Section(definition.Libelle);
            var dh = totals.Header(1, kind.Column, "Nombre", "Part");
            var distribution = result.Total.Distribution(definition);
            var total = distribution?.Values.Sum();
            foreach (var category in IndicatorAmounts.Distributions[definition.Distribution!].Values)
            {
                var row = totals.Row++;
                totals.Text(row, 1, category);
                decimal? count = distribution?[category];
                totals.Number(row, 2, count, AnnexStyle.Integer);
                totals.Share(row, 3, count, total);
            }
            totals.Grid(dh, 1, totals.Row - 1, 3);
            totals.Skip();
        }
        if (result.Total.Secret)
            totals.Note($"s : secret statistique — la France entière compte moins de {seuil} promeneurs dans cette population.");

        book.Save(path);
        return result.Total.Promeneurs;
    }

    private static void Figures(SheetBuilder sheet, int row, IndicatorSet set)
    {
        for (var i = 0; i < Keys.Count; i++)
        {
            var definition = IndicatorCatalog.Get(Keys[i]);
            sheet.Figure(row, 3 + i, set, definition);
        }
    }

    /// <summary>Rank of each published département by hours per promeneur (1 = most; ties share a rank).</summary>
    private static Dictionary<string, decimal> Ranks(IReadOnlyList<IndicatorSet> departements)
    {
        var published = departements.Where(d => !d.Secret).Select(d => (d.Territoire, Value: d.Value("heures_par_promeneur")!.Value)).ToList();
        return published.ToDictionary(d => d.Territoire, d => (decimal)(1 + published.Count(o => o.Value > d.Value)), StringComparer.Ordinal);
    }
}

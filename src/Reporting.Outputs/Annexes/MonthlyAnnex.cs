using Reporting.Domain.Categories;
using Reporting.Domain.Periods;
using Reporting.Indicators.Computation;
using Reporting.Indicators.Definitions;
using Reporting.Outputs.Annexes.Layout;
using Reporting.Outputs.Annexes.Sections;
using Reporting.Outputs.Formatting;
using Reporting.Warehouse.Queries;

namespace Reporting.Outputs.Annexes;

/// <summary>
/// The monthly annex of a département: Synthèse (the month, the year to date and the same periods of
/// the previous year side by side; promeneurs by label), Promeneurs (the month, per promeneur), the
/// distributions with their charts (month and year to date), Regroupements and Qualité (year to date).
/// </summary>
internal sealed class MonthlyAnnex(IndicatorService indicators, AnnexQueries queries, TimeProvider clock, Scope scope, IReadOnlyList<FeedbackCandidate> feedback)
{
    public const string SynthesisSheet = "Synthèse";

    /// <summary>The warnings written on the first sheet (a period without data), for the console too.</summary>
    public List<string> Warnings { get; } = [];

    /// <summary>Writes the annex; returns the number of promeneurs of its population for the month.</summary>
    public decimal Write(string path)
    {
        var departement = scope.Departement!;
        var month = scope.Period;
        var year = month.FirstDay.Year;
        var yearToDate = Period.Months(year, 1, year, month.FirstDay.Month);
        var candidates = new[] { month, yearToDate, month.PreviousYear(), yearToDate.PreviousYear() };
        var computed = candidates.Select(p => indicators.Compute(scope with { Period = p }).Total).ToArray();
        // The previous year's columns only where the warehouse holds data of that year (never « Juin 2018 » of zeros).
        var kept = Enumerable.Range(0, candidates.Length).Where(i => i < 2 || DataWarnings.HasActivity(computed[i])).ToArray();
        var dropped = Enumerable.Range(0, candidates.Length).Except(kept).Select(i => AnnexText.Period(candidates[i])).ToList();
        var periods = kept.Select(i => candidates[i]).ToArray();
        var sets = kept.Select(i => computed[i]).ToArray();
        var headers = periods.Select(p => AnnexText.Capitalized(AnnexText.Period(p))).ToArray();
        var columns = periods.Select((_, i) => new PeriodColumn(headers[i], sets[i])).ToList();

        var place = AnnexText.Departement(departement);
        var title = $"Annexe mensuelle des Promeneurs du Net — {place} — {AnnexText.Period(month)}";
        string Subtitle(Period p) => $"{AnnexText.Capitalized(AnnexText.Period(p))} · {AnnexText.Label(scope.Label)} · {AnnexText.Population(scope.Population, p)} · édité le {FrenchFormat.Date(clock.GetLocalNow().DateTime)}";

        using var book = new AnnexBook(new AnnexProperties(title,
            $"Activité des Promeneurs du Net du département {place} en {AnnexText.Period(month)}",
            $"CAF — {place}", $"Promeneurs du Net; annexe mensuelle; {departement}; {month.Text}"), clock);

        var synthesis = book.AddSheet(SynthesisSheet);
        synthesis.Title(title, Subtitle(month));
        Warnings.AddRange(DataWarnings.For(sets[0], AnnexText.Period(month)).Concat(DataWarnings.For(sets[1], AnnexText.Period(yearToDate))).Distinct());
        foreach (var warning in Warnings) synthesis.Warning(warning);
        synthesis.Section(dropped.Count == 0 ? "Indicateurs du mois, depuis janvier et un an plus tôt" : "Indicateurs du mois et depuis janvier");
        var header = IndicatorBlocks.Table(synthesis, IndicatorBlocks.ScalarKeys, columns);
        synthesis.FreezeBelow(header, 1);
        synthesis.RepeatOnEachPage(header);
        synthesis.Skip();
        synthesis.Section("Promeneurs par label");
        ByLabel(synthesis, periods, headers);
        synthesis.Skip();
        if (dropped.Count > 0)
            synthesis.Note($"Pas de comparaison avec {string.Join(" ni avec ", dropped)} : aucune donnée de cette période dans l'entrepôt.");
        synthesis.Note("Mois attendus : mois où chaque promeneur était labellisé au moins un jour ; taux de transmission = mois transmis / mois attendus ; « – » : rien à diviser.");
        synthesis.Note("Moyennes par promeneur : total divisé par le nombre de promeneurs ; amis : valeur du dernier mois transmis de la période.");
        synthesis.Note("Valeurs arrondies à l'affichage, exactes dans les cellules. Détail dans les feuilles Promeneurs, Modalités, Thèmes, Âges, Interlocuteurs, Regroupements et Qualité.");

        var monthly = indicators.ComputeByPromeneur(scope);
        var identitiesYear = queries.Promeneurs(departement, yearToDate);
        PromeneurSheet.Write(book, $"Activité par promeneur — {AnnexText.Period(month)}", Subtitle(month), monthly, identitiesYear,
            ["heures_en_ligne", "heures_hors_ligne", "heures_total", "permanences", "publications", "sollicitations_recues",
             "sollicitations_initiees", "amis_public", "amis_professionnels", "nouveaux_participants"], monthSent: true);

        foreach (var kind in DistributionSheet.All)
            DistributionSheet.Write(book, kind, $"{kind.SheetName} — {AnnexText.Period(month)} et depuis janvier", Subtitle(month), [columns[0], columns[1]]);

        var ytdScope = scope with { Period = yearToDate };
        var cumulative = indicators.ComputeByPromeneur(ytdScope);
        RegroupementSheet.Write(book, $"Regroupements — {AnnexText.Period(yearToDate)}", Subtitle(yearToDate), cumulative,
            queries.Events(departement, yearToDate, scope.Label), queries.Attendance(departement, yearToDate, scope.Label), identitiesYear);
        NetworkSheets.Reseau(book, $"Vie du réseau — {AnnexText.Period(month)} et depuis janvier", Subtitle(month), [columns[0], columns[1]]);
        var allLabels = scope with { Label = null };
        NetworkSheets.Groupes(book, $"Groupes locaux — {AnnexText.Period(month)} et depuis janvier", $"{AnnexText.Departement(departement)} · tous labels, tous promeneurs conviés",
        [
            (headers[0], indicators.Compute(allLabels).Total, month),
            (headers[1], indicators.Compute(allLabels with { Period = yearToDate }).Total, yearToDate),
        ]);
        QualitySheet.Write(book, $"Qualité des données — {AnnexText.Period(yearToDate)}", Subtitle(yearToDate), cumulative,
            queries.MissingMonths(departement, yearToDate), identitiesYear, feedback, year);

        book.Save(path);
        return sets[0].Promeneurs;
    }

    /// <summary>Promeneurs of each label (the indicator <c>promeneurs</c> of the scope restricted to the label).</summary>
    private void ByLabel(SheetBuilder sheet, Period[] periods, string[] headers)
    {
        var labels = scope.Label is null ? Lists.Label.Values : [scope.Label];
        var header = sheet.Header(1, ["Label", .. headers]);
        foreach (var label in labels)
        {
            var row = sheet.Row++;
            sheet.Text(row, 1, $"PdN {label}");
            for (var i = 0; i < periods.Length; i++)
                sheet.Number(row, 2 + i, indicators.Compute(scope with { Period = periods[i], Label = label }).Total.Value("promeneurs"), AnnexStyle.Integer);
        }
        sheet.Grid(header, 1, sheet.Row - 1, 1 + periods.Length);
    }
}

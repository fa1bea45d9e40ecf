using Reporting.Domain.Categories;
using Reporting.Indicators.Computation;
using Reporting.Indicators.Definitions;
using Reporting.Indicators.Questionnaires;
using Reporting.Outputs.Annexes.Layout;
using Reporting.Outputs.Annexes.Sections;
using Reporting.Outputs.Formatting;
using Reporting.Warehouse.Queries;

namespace Reporting.Outputs.Annexes;

/// <summary>
/// The annual bilan of a département in the shape of the seed's "Bilan quantitatif": averages per
/// promeneur (total, online, offline), contacts public/professional, solicitations received/initiated,
/// the distributions with charts, new participants, attendance; with the population choice; then the
/// promeneurs, regroupements, data quality and the questionnaires of that year and département.
/// </summary>
internal sealed class AnnualBilan(IndicatorService indicators, AnnexQueries queries, QuestionnaireService questionnaires, TimeProvider clock,
    Scope scope, IReadOnlyList<FeedbackCandidate> feedback)
{
    public const string BilanSheet = "Bilan";
    public const string RetainedLabel = "Promeneurs retenus pour le bilan";
    public const string ActiveLabel = "Promeneurs actifs au moins un jour de l'année";
    public const string FullYearLabel = "Promeneurs actifs toute l'année";

    /// <summary>The warnings written on the first sheet (a year without data), for the console too.</summary>
    public List<string> Warnings { get; } = [];

    /// <summary>Writes the bilan; returns the number of promeneurs of its population.</summary>
    public decimal Write(string path)
    {
        var departement = scope.Departement!;
        var period = scope.Period;
        var year = period.FirstDay.Year;
        var set = indicators.Compute(scope).Total;
        var actifs = indicators.Compute(scope with { Population = Population.Actifs }).Total;
        var complete = indicators.Compute(scope with { Population = Population.PeriodeComplete }).Total;

        var place = AnnexText.Departement(departement);
        var title = $"Bilan annuel {year} des Promeneurs du Net — {place}";
        var subtitle = $"Année {year} · {AnnexText.Label(scope.Label)} · {AnnexText.Population(scope.Population, period)} · édité le {FrenchFormat.Date(clock.GetLocalNow().DateTime)}";

        using var book = new AnnexBook(new AnnexProperties(title,
            $"Bilan quantitatif {year} des Promeneurs du Net du département {place}",
            $"CAF — {place}", $"Promeneurs du Net; bilan annuel; {departement}; {year}"), clock);

        var bilan = book.AddSheet(BilanSheet);
        bilan.Title(title, subtitle);
        Warnings.AddRange(DataWarnings.For(set, $"l'année {year}"));
        foreach (var warning in Warnings) bilan.Warning(warning, 3);
        bilan.Section("En bref");
        bilan.Paragraph(Summary(set, actifs, complete, year), 3);
        bilan.Skip();

        bilan.Section("Population");
        var population = bilan.Header(1, "Promeneurs", "Nombre");
        Count(bilan, RetainedLabel, set.Value("promeneurs"));
        Count(bilan, ActiveLabel, actifs.Value("promeneurs"));
        Count(bilan, FullYearLabel, complete.Value("promeneurs"));
        if (scope.Label is null)
            foreach (var label in Lists.Label.Values)
                Count(bilan, $"dont PdN {label}", indicators.Compute(scope with { Label = label }).Total.Value("promeneurs"));
        bilan.Grid(population, 1, bilan.Row - 1, 2);
        bilan.Emphasize(population + 1, 1, 2);
        bilan.Skip();
        bilan.Note(scope.Population == Population.PeriodeComplete
            ? "Le bilan ne compte que les promeneurs actifs toute l'année, comme l'évaluation de la Manche (les arrivées et départs en cours d'année sont écartés)."
            : "Le bilan compte tous les promeneurs actifs au moins un jour de l'année (--population periode-complete pour ne garder que ceux de toute l'année).");
        bilan.Skip();

        bilan.Section("Temps, contacts, sollicitations et nouveaux participants");
        var header = IndicatorBlocks.TotalsAndAverages(bilan, set,
        [
            ("heures_total", "heures_par_promeneur"),
            ("heures_en_ligne", "heures_en_ligne_par_promeneur"),
            ("heures_hors_ligne", "heures_hors_ligne_par_promeneur"),
            ("amis_public", "amis_public_par_promeneur"),
            ("amis_professionnels", "amis_professionnels_par_promeneur"),
            ("sollicitations_recues", "sollicitations_recues_par_promeneur"),
            ("sollicitations_initiees", "sollicitations_initiees_par_promeneur"),
            ("nouveaux_participants", "nouveaux_participants_par_promeneur"),
            ("permanences", null),
            ("publications", null),
        ]);
        bilan.RepeatOnEachPage(header);
        bilan.Skip();
        bilan.Note("Moyenne par promeneur : total divisé par le nombre de promeneurs retenus. Amis : valeur du dernier mois transmis de l'année.");
        bilan.Skip();

        bilan.Section("Transmission des tableaux et regroupements");
        IndicatorBlocks.Table(bilan, ["mois_attendus", "mois_transmis", "taux_transmission", "regroupements", "heures_regroupement", "taux_presence"],
            [new PeriodColumn("Valeur", set)]);
        bilan.Skip();
        bilan.Note("Répartitions des sollicitations (modalités, thèmes, âges, interlocuteurs) avec leurs graphiques, détail par promeneur, regroupements, vie du réseau, parcours de labellisation, groupes locaux, qualité et questionnaires dans les feuilles suivantes.");
        foreach (var g in set.GroupesLocaux(period)?.Where(g => g.EffectifDepasse) ?? [])
            bilan.Note($"Attention : le groupe local « {g.Groupe} » compte {g.Membres} membres en fin d'année (15 au plus).");

        var breakdown = indicators.ComputeByPromeneur(scope);
        var identities = queries.Promeneurs(departement, period);
        PromeneurSheet.Write(book, $"Activité par promeneur — {year}", subtitle, breakdown, identities,
            ["mois_attendus", "mois_transmis", "taux_transmission", "heures_total", "heures_en_ligne", "heures_hors_ligne", "sollicitations_recues",
             "sollicitations_initiees", "amis_public", "amis_professionnels", "nouveaux_participants", "taux_presence"], monthSent: false);
        foreach (var kind in DistributionSheet.All)
            DistributionSheet.Write(book, kind, $"{kind.SheetName} — {year}", subtitle, [new PeriodColumn($"{year}", set)]);
        RegroupementSheet.Write(book, $"Regroupements — {year}", subtitle, breakdown,
            queries.Events(departement, period, scope.Label), queries.Attendance(departement, period, scope.Label), identities);
        NetworkSheets.Reseau(book, $"Vie du réseau — {year}", subtitle, [new PeriodColumn($"{year}", set)]);
        NetworkSheets.Parcours(book, $"Parcours de labellisation — {year}", subtitle, set, period, identities);
        NetworkSheets.Groupes(book, $"Groupes locaux — {year}", $"{year} · {AnnexText.Departement(departement)} · tous labels, tous promeneurs conviés",
            [($"{year}", indicators.Compute(scope with { Label = null }).Total, period)]);
        QualitySheet.Write(book, $"Qualité des données — {year}", subtitle, breakdown, queries.MissingMonths(departement, period), identities, feedback, year);

        foreach (var summary in questionnaires.List().Where(q => q.SurveyYear == year && q.DepartementCode == departement))
        {
            var result = questionnaires.Compute(summary.Code, citations: true);
            if (result is null) continue;
            QuestionnaireSheet.Write(book, result,
                $"{result.Annee} · {AnnexText.Departement(result.Departement)} · tous types de répondants · édité le {FrenchFormat.Date(clock.GetLocalNow().DateTime)}");
        }

        book.Save(path);
        return set.Promeneurs;
    }

    private static void Count(SheetBuilder sheet, string label, decimal? value)
    {
        var row = sheet.Row++;
        sheet.Text(row, 1, label);
        sheet.Number(row, 2, value, AnnexStyle.Integer);
    }

    /// <summary>The seed's opening sentences, from the same figures as the tables (rounded as the seed rounds).</summary>
    private string Summary(IndicatorSet set, IndicatorSet actifs, IndicatorSet complete, int year)
    {
        static string N(decimal? v) => FrenchFormat.Integer(v ?? 0);
        var who = scope.Label is null ? "promeneurs du Net" : $"promeneurs du Net {scope.Label}";
        var promeneurs = set.Value("promeneurs") ?? 0;
        if (promeneurs == 0) return $"Aucun promeneur dans la population retenue en {year}.";
        var text = $"Les {N(promeneurs)} {who} retenus ont passé en moyenne {N(set.Value("heures_par_promeneur"))} h sur l'année en présence éducative sur Internet, "
                   + $"dont {N(set.Value("heures_en_ligne_par_promeneur"))} h en ligne et {N(set.Value("heures_hors_ligne_par_promeneur"))} h hors ligne. "
                   + $"En fin d'année, ils comptaient {N(set.Value("amis_public"))} « amis » du public et {N(set.Value("amis_professionnels"))} professionnels, "
                   + $"soit en moyenne {N(set.Value("amis_public_par_promeneur"))} et {N(set.Value("amis_professionnels_par_promeneur"))} par promeneur. "
                   + $"Chacun a répondu en moyenne à {N(set.Value("sollicitations_recues_par_promeneur"))} sollicitations et a été à l'initiative de {N(set.Value("sollicitations_initiees_par_promeneur"))}. "
                   + $"Ils ont amené {N(set.Value("nouveaux_participants"))} nouveaux participants dans leurs structures (en moyenne {FrenchFormat.Number(set.Value("nouveaux_participants_par_promeneur") ?? 0, 1)} par promeneur).";
        var others = (actifs.Value("promeneurs") ?? 0) - (complete.Value("promeneurs") ?? 0);
        if (scope.Population == Population.PeriodeComplete && others > 0)
            text += others == 1
                ? " Un autre promeneur a été actif une partie de l'année seulement : il n'est pas compté ici."
                : $" {N(others)} autres promeneurs ont été actifs une partie de l'année seulement : ils ne sont pas comptés ici.";
        return text;
    }
}

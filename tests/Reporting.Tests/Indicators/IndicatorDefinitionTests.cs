using Reporting.Domain.Categories;
using Reporting.Domain.Periods;
using Reporting.Indicators.Definitions;
using Reporting.Tests.Support;

namespace Reporting.Tests.Indicators;

/// <summary>
/// Every indicator of INDICATORS.md on the hand-computed data of <see cref="HandComputedDepartement"/>
/// (read its comment for the inputs), on a year, a month and a range of months.
/// </summary>
public sealed class IndicatorDefinitionTests : IDisposable
{
    private readonly TestWarehouse _w = HandComputedDepartement.Load();

    public void Dispose() => _w.Dispose();

    private IndicatorSet Compute(Period period, string? label = null, Population population = Population.Actifs, string departement = "50") =>
        _w.Indicators(new Scope(departement, period, label, population)).Total;

    private static IReadOnlyDictionary<string, decimal> Distribution(IndicatorSet set, string key) =>
        set.Distribution(IndicatorCatalog.Get(key))!;

    [Fact]
    public void Year_2019_every_scalar_indicator()
    {
        var s = Compute(Period.Year(2019));

        // P1, P2, P3 (arrivé le 15/03), P4 (parti le 10/06) ; P5 a fini en 2018 ; Q1 est du 14.
        Assert.Equal(4m, s.Value("promeneurs"));
        // P1 12 + P2 12 + P3 10 (mars…déc.) + P4 6 (janv.…juin) = 40
        Assert.Equal(40m, s.Value("mois_attendus"));
        // P1 janv., févr., avr. (mars vide) = 3 ; P2 janv., juin, déc. = 3 ; P3 mars, avr. = 2 ; P4 janv., mai = 2 → 10
        Assert.Equal(10m, s.Value("mois_transmis"));
        Assert.Equal(0.25m, s.Value("taux_transmission")); // 10 / 40
        // P1 10 + 8,5 + 12 = 30,5 ; P2 5 + 20 + 7,25 = 32,25 ; P3 3 + 6 = 9 ; P4 4 + 2 = 6 → 77,75
        Assert.Equal(77.75m, s.Value("heures_en_ligne"));
        // P1 4 + 2 + 0 (vide) = 6 ; P2 5 + 0 + 1,75 = 6,75 ; P3 1 + 2 = 3 ; P4 4 + 1 = 5 → 20,75
        Assert.Equal(20.75m, s.Value("heures_hors_ligne"));
        Assert.Equal(98.5m, s.Value("heures_total")); // 77,75 + 20,75
        Assert.Equal(24.625m, s.Value("heures_par_promeneur")); // 98,5 / 4
        Assert.Equal(19.4375m, s.Value("heures_en_ligne_par_promeneur")); // 77,75 / 4
        Assert.Equal(5.1875m, s.Value("heures_hors_ligne_par_promeneur")); // 20,75 / 4
        // P1 2 + 1 + 3 = 6 ; P2 1 + 4 + 1 = 6 ; P3 0 + 1 = 1 ; P4 1 + 0 = 1 → 14
        Assert.Equal(14m, s.Value("permanences"));
        // P1 5 + 3 + 4 = 12 ; P2 2 + 6 + 1 = 9 ; P3 1 + 2 = 3 ; P4 1 + 0 = 1 → 25
        Assert.Equal(25m, s.Value("publications"));
        // dernier mois transmis : P1 avril 120, P2 décembre 70, P3 avril 15, P4 mai 35 → 240
        Assert.Equal(240m, s.Value("amis_public"));
        // P1 25, P2 15, P3 4, P4 6 → 50
        Assert.Equal(50m, s.Value("amis_professionnels"));
        Assert.Equal(60m, s.Value("amis_public_par_promeneur")); // 240 / 4
        Assert.Equal(12.5m, s.Value("amis_professionnels_par_promeneur")); // 50 / 4
        // reçues s1 s3 s4 s6 s7 s9 = 6 ; initiées s2 s5 s8 = 3 (q1 est du 14)
        Assert.Equal(6m, s.Value("sollicitations_recues"));
        Assert.Equal(3m, s.Value("sollicitations_initiees"));
        Assert.Equal(1.5m, s.Value("sollicitations_recues_par_promeneur")); // 6 / 4
        Assert.Equal(0.75m, s.Value("sollicitations_initiees_par_promeneur")); // 3 / 4
        // Oui : s1 s4 s6 s8 = 4 (s3 vide = Non)
        Assert.Equal(4m, s.Value("nouveaux_participants"));
        Assert.Equal(1m, s.Value("nouveaux_participants_par_promeneur")); // 4 / 4
    }

    [Fact]
    public void Year_2019_the_four_distributions_count_both_directions_with_every_label()
    {
        var s = Compute(Period.Year(2019));

        var modalites = Distribution(s, "modalites");
        Assert.Equal(Lists.Modalite.Values, modalites.Keys);
        Assert.Equal(2m, modalites["Message privé"]); // s1 s4
        Assert.Equal(1m, modalites["Commentaire ou publication"]); // s8
        Assert.Equal(1m, modalites["Rendez-vous en face à face"]); // s3
        Assert.Equal(1m, modalites["Action collective"]); // s2
        Assert.Equal(1m, modalites["Appel téléphonique"]); // s6
        Assert.Equal(1m, modalites["Visioconférence"]); // s7
        Assert.Equal(1m, modalites["Orientation vers un partenaire"]); // s5
        Assert.Equal(1m, modalites["Autre"]); // s9

        var themes = Distribution(s, "themes");
        Assert.Equal(Lists.Theme.Values, themes.Keys);
        Assert.Equal(
            [1m /* Information s8 */, 1m /* Activités s9 */, 1m /* Parentalité s4 */, 1m /* Scolarité s1 */, 1m /* Santé s3 */,
             1m /* Loisirs s2 */, 1m /* Accès aux droits s5 */, 1m /* Vie quotidienne s7 */, 1m /* Numérique s6 */, 0m /* Autre */],
            themes.Values);

        var ages = Distribution(s, "tranches_age");
        Assert.Equal(Lists.TrancheAge.Values, ages.Keys);
        // 0-3 s3 ; 3-6 s4 ; 6-11 s1 s8 ; 11-15 s6 ; 15-18 s2 s9 ; 18-25 s5 ; Non précisé s7
        Assert.Equal([1m, 1m, 2m, 1m, 2m, 1m, 1m], ages.Values);

        var interlocuteurs = Distribution(s, "interlocuteurs");
        Assert.Equal(Lists.Interlocuteur.Values, interlocuteurs.Keys);
        // Parent s1 s4 s8 ; Futur parent s3 ; Jeune s2 s6 s9 ; Professionnel s5 ; Autre s7
        Assert.Equal([3m, 1m, 3m, 1m, 1m], interlocuteurs.Values);

        // Each distribution sums to every solicitation of the period: 6 reçues + 3 initiées.
        foreach (var key in new[] { "modalites", "themes", "tranches_age", "interlocuteurs" })
            Assert.Equal(9m, Distribution(s, key).Values.Sum());
    }

    [Fact]
    public void Month_april_2019()
    {
        var s = Compute(Period.Month(2019, 4));

        // P1, P2, P3 (depuis le 15/03), P4 (jusqu'au 10/06) sont actifs en avril.
        Assert.Equal(4m, s.Value("promeneurs"));
        Assert.Equal(4m, s.Value("mois_attendus")); // 1 mois chacun
        Assert.Equal(2m, s.Value("mois_transmis")); // P1 et P3 ont rempli avril ; P2, P4 non
        Assert.Equal(0.5m, s.Value("taux_transmission")); // 2 / 4
        Assert.Equal(18m, s.Value("heures_en_ligne")); // P1 12 + P3 6
        Assert.Equal(2m, s.Value("heures_hors_ligne")); // P1 0 (vide) + P3 2
        Assert.Equal(20m, s.Value("heures_total"));
        Assert.Equal(5m, s.Value("heures_par_promeneur")); // 20 / 4
        Assert.Equal(4m, s.Value("permanences")); // 3 + 1
        Assert.Equal(6m, s.Value("publications")); // 4 + 2
        // P2 et P4 n'ont aucun mois transmis en avril : ils n'apportent rien au stock.
        Assert.Equal(135m, s.Value("amis_public")); // P1 120 + P3 15
        Assert.Equal(29m, s.Value("amis_professionnels")); // P1 25 + P3 4
        Assert.Equal(33.75m, s.Value("amis_public_par_promeneur")); // 135 / 4
        Assert.Equal(1m, s.Value("sollicitations_recues")); // s3 (20/04)
        Assert.Equal(1m, s.Value("sollicitations_initiees")); // s8 (02/04)
        Assert.Equal(1m, s.Value("nouveaux_participants")); // s8
        Assert.Equal(0.25m, s.Value("nouveaux_participants_par_promeneur")); // 1 / 4

        var modalites = Distribution(s, "modalites");
        Assert.Equal(Lists.Modalite.Values, modalites.Keys); // every label present, 0 when none
        Assert.Equal(1m, modalites["Rendez-vous en face à face"]);
        Assert.Equal(1m, modalites["Commentaire ou publication"]);
        Assert.Equal(0m, modalites["Message privé"]);
        Assert.Equal(2m, modalites.Values.Sum());
        Assert.Equal(Lists.Theme.Values, Distribution(s, "themes").Keys);
        Assert.Equal(0m, Distribution(s, "themes")["Autre"]);
        Assert.Equal(Lists.TrancheAge.Values, Distribution(s, "tranches_age").Keys);
        Assert.Equal(2m, Distribution(s, "tranches_age")["0-3 ans"] + Distribution(s, "tranches_age")["6-11 ans"]); // s3 + s8
        Assert.Equal(Lists.Interlocuteur.Values, Distribution(s, "interlocuteurs").Keys);
        Assert.Equal(0m, Distribution(s, "interlocuteurs")["Jeune"]);
    }

    [Fact]
    public void Month_july_2019_after_P4_left_and_with_nothing_sent()
    {
        var s = Compute(Period.Month(2019, 7));

        Assert.Equal(3m, s.Value("promeneurs")); // P1, P2, P3 ; P4 parti le 10/06
        Assert.Equal(3m, s.Value("mois_attendus"));
        Assert.Equal(0m, s.Value("mois_transmis"));
        Assert.Equal(0m, s.Value("taux_transmission")); // 0 / 3
        Assert.Equal(0m, s.Value("heures_total"));
        Assert.Equal(0m, s.Value("amis_public")); // aucun mois transmis dans la période
        Assert.Equal(Lists.Modalite.Values, Distribution(s, "modalites").Keys);
        Assert.All(Distribution(s, "modalites").Values, v => Assert.Equal(0m, v));
    }

    [Fact]
    public void Range_march_to_june_2019()
    {
        var s = Compute(Period.Months(2019, 3, 2019, 6));

        Assert.Equal(4m, s.Value("promeneurs"));
        // mars…juin = 4 mois pour chacun : P3 actif dès le 15/03, P4 jusqu'au 10/06 → 16
        Assert.Equal(16m, s.Value("mois_attendus"));
        // P1 avril (mars vide) 1 ; P2 juin 1 ; P3 mars, avril 2 ; P4 mai 1 → 5
        Assert.Equal(5m, s.Value("mois_transmis"));
        Assert.Equal(0.3125m, s.Value("taux_transmission")); // 5 / 16
        Assert.Equal(43m, s.Value("heures_en_ligne")); // P1 12 + P2 20 + P3 (3 + 6) + P4 2
        Assert.Equal(4m, s.Value("heures_hors_ligne")); // P1 0 + P2 0 + P3 (1 + 2) + P4 1
        Assert.Equal(11.75m, s.Value("heures_par_promeneur")); // 47 / 4
        Assert.Equal(8m, s.Value("permanences")); // 3 + 4 + (0 + 1) + 0
        Assert.Equal(13m, s.Value("publications")); // 4 + 6 + (1 + 2) + 0
        // dernier mois transmis dans la plage : P1 avril 120, P2 juin 60, P3 avril 15, P4 mai 35
        Assert.Equal(230m, s.Value("amis_public"));
        Assert.Equal(47m, s.Value("amis_professionnels")); // 25 + 12 + 4 + 6
        Assert.Equal(4m, s.Value("sollicitations_recues")); // s3 s6 s7 s9
        Assert.Equal(1m, s.Value("sollicitations_initiees")); // s8
        Assert.Equal(2m, s.Value("nouveaux_participants")); // s6 s8
        Assert.Equal(0.5m, s.Value("nouveaux_participants_par_promeneur")); // 2 / 4
    }

    [Fact]
    public void Periode_complete_keeps_only_promeneurs_active_every_day_of_the_period()
    {
        var year = Compute(Period.Year(2019), population: Population.PeriodeComplete);
        Assert.Equal(2m, year.Value("promeneurs")); // P1, P2 (P3 arrivé le 15/03, P4 parti le 10/06)
        Assert.Equal(24m, year.Value("mois_attendus")); // 2 × 12
        Assert.Equal(6m, year.Value("mois_transmis")); // 3 + 3
        Assert.Equal(0.25m, year.Value("taux_transmission")); // 6 / 24
        Assert.Equal(62.75m, year.Value("heures_en_ligne")); // 30,5 + 32,25
        Assert.Equal(190m, year.Value("amis_public")); // 120 + 70
        Assert.Equal(5m, year.Value("sollicitations_recues")); // P1 s1 s3 s4 + P2 s6 s7
        Assert.Equal(2m, year.Value("sollicitations_initiees")); // P1 s2 + P2 s5
    }

    [Fact]
    public void Periode_complete_on_a_range()
    {
        var s = Compute(Period.Months(2019, 3, 2019, 6), population: Population.PeriodeComplete);
        Assert.Equal(2m, s.Value("promeneurs")); // P1, P2 ; P3 absent le 01/03, P4 absent le 30/06
        Assert.Equal(8m, s.Value("mois_attendus")); // 2 × 4
        Assert.Equal(2m, s.Value("mois_transmis")); // P1 avril, P2 juin
        Assert.Equal(32m, s.Value("heures_en_ligne")); // 12 + 20

        var april = Compute(Period.Month(2019, 4), population: Population.PeriodeComplete);
        Assert.Equal(4m, april.Value("promeneurs")); // everyone is active the whole of April
    }

    [Fact]
    public void Label_filter_splits_the_population_and_the_labels_add_up_to_all()
    {
        var all = Compute(Period.Year(2019));
        var parentalite = Compute(Period.Year(2019), "Parentalité");
        var jeunesse = Compute(Period.Year(2019), "Jeunesse");

        Assert.Equal(2m, parentalite.Value("promeneurs")); // P1, P3
        Assert.Equal(22m, parentalite.Value("mois_attendus")); // 12 + 10
        Assert.Equal(5m, parentalite.Value("mois_transmis")); // 3 + 2
        Assert.Equal(39.5m, parentalite.Value("heures_en_ligne")); // 30,5 + 9
        Assert.Equal(3m, parentalite.Value("sollicitations_recues")); // s1 s3 s4
        Assert.Equal(2m, parentalite.Value("sollicitations_initiees")); // s2 s8
        Assert.Equal(135m, parentalite.Value("amis_public")); // 120 + 15

        Assert.Equal(2m, jeunesse.Value("promeneurs")); // P2, P4
        Assert.Equal(18m, jeunesse.Value("mois_attendus")); // 12 + 6
        Assert.Equal(5m, jeunesse.Value("mois_transmis")); // 3 + 2
        Assert.Equal(38.25m, jeunesse.Value("heures_en_ligne")); // 32,25 + 6
        Assert.Equal(3m, jeunesse.Value("sollicitations_recues")); // s6 s7 s9
        Assert.Equal(1m, jeunesse.Value("sollicitations_initiees")); // s5
        Assert.Equal(105m, jeunesse.Value("amis_public")); // 70 + 35

        foreach (var d in IndicatorCatalog.All.Where(d => d.Kind is IndicatorKind.Count or IndicatorKind.Hours))
            Assert.Equal(all.Value(d), parentalite.Value(d) + jeunesse.Value(d));
    }

    [Fact]
    public void Nothing_expected_gives_zero_rates_and_averages()
    {
        // Nobody of département 50 was labelled in 2012 (P2, the earliest, from 2015).
        var s = Compute(Period.Year(2012));
        Assert.Equal(0m, s.Value("promeneurs"));
        Assert.Equal(0m, s.Value("mois_attendus"));
        Assert.Equal(0m, s.Value("taux_transmission"));
        Assert.Equal(0m, s.Value("heures_par_promeneur"));
        Assert.Equal(0m, s.Value("amis_public_par_promeneur"));
        Assert.Equal(0m, s.Value("sollicitations_recues_par_promeneur"));
        Assert.Equal(Lists.Theme.Values, Distribution(s, "themes").Keys);

        // A département with no promeneur at all.
        var empty = Compute(Period.Year(2019), departement: "61");
        Assert.Equal(0m, empty.Value("promeneurs"));
        Assert.Equal(0m, empty.Value("taux_transmission"));
    }

    [Fact]
    public void Another_departement_is_computed_alone()
    {
        var s = Compute(Period.Year(2019), departement: "14");
        Assert.Equal(1m, s.Value("promeneurs")); // Q1
        Assert.Equal(12m, s.Value("mois_attendus"));
        Assert.Equal(1m, s.Value("mois_transmis"));
        Assert.Equal(100m, s.Value("heures_en_ligne"));
        Assert.Equal(999m, s.Value("amis_public"));
        Assert.Equal(1m, s.Value("sollicitations_recues"));
    }
}

using Reporting.Domain.Periods;
using Reporting.Indicators.Definitions;
using Reporting.Tests.Indicators;
using Reporting.Tests.Support;
using Reporting.Warehouse.Loading;

namespace Reporting.Tests.Events;

/// <summary>
/// Regroupements, heures de regroupement and taux de présence on the hand-computed département 50
/// (see <see cref="HandComputedDepartement"/>: P1 Parentalité all year, P2 Jeunesse all year, P3
/// Parentalité from 15/03, P4 Jeunesse until 10/06; Q1 is in département 14).
/// <code>
/// E1 AP-50-1  12/02/2019 50 3 h   Parentalité  P1 Présent, P3 Absent
/// E2 JD-50    08/10/2019 50 6 h   Commun       P1 Présent, P2 Excusé, P3 Présent, P4 Présent
/// E3 GL-50    09/05/2019 50 2,5 h Jeunesse     P2 Présent, P4 Absent
/// E4 JD-14    04/06/2019 14 6 h   Commun       Q1 Présent
/// E5 AP-50-0  20/11/2018 50 3 h   Parentalité  P1 Présent   (another year)
/// </code>
/// </summary>
public sealed class RegroupementIndicatorTests
{
    private static TestWarehouse Loaded()
    {
        var w = new TestWarehouse();
        HandComputedDepartement.WriteInto(w.Depot);
        ReferenceFiles.Csv(w.InDepot("regroupements.csv"),
        [
            "Code;Date;Type;Intitulé;Département;Durée (heures);Public",
            "AP-50-1;12/02/2019;Analyse des pratiques;Analyse des pratiques n°1;50;3;Parentalité",
            "JD-50;2019-10-08;Journée départementale;Journée des promeneurs;50;6;commun",
            "GL-50;09/05/2019;groupe local;Groupe local Cotentin;50;2,5;Jeunesse",
            "JD-14;04/06/2019;Journée départementale;Rencontre du Calvados;14;6;Commun",
            "AP-50-0;20/11/2018;Analyse des pratiques;Analyse 2018;50;3;Parentalité",
        ], ReferenceFiles.Windows1252);
        ReferenceFiles.Csv(w.InDepot("emargement.csv"),
        [
            "Code regroupement;Identifiant PdN;Statut",
            "AP-50-1;PDN-50-0001;Présent",
            "AP-50-1;PDN-50-0003;absent",
            "JD-50;PDN-50-0001;Présent",
            "JD-50;PDN-50-0002;Excuse",
            "JD-50;PDN-50-0003;PRESENT",
            "JD-50;PDN-50-0004;Présent",
            "GL-50;PDN-50-0002;Présent",
            "GL-50;PDN-50-0004;Absent",
            "JD-14;PDN-14-0001;Présent",
            "AP-50-0;PDN-50-0001;Présent",
        ], ReferenceFiles.Utf8, separator: ',');
        var report = w.Load();
        Assert.All(report.Files, f => Assert.Equal(FileStatus.Loaded, f.Status));
        return w;
    }

    private static (decimal? Count, decimal? Hours, decimal? Rate) Figures(TestWarehouse w, string? departement, Period period, string? label = null, Population population = Population.Actifs)
    {
        var set = w.Indicators(new Scope(departement, period, label, population)).Total;
        return (set.Value("regroupements"), set.Value("heures_regroupement"), set.Value("taux_presence"));
    }

    [Fact]
    public void A_year_of_a_departement_counts_its_events_their_hours_and_the_share_present()
    {
        using var w = Loaded();
        // E1 + E2 + E3 = 3 events, 3 + 6 + 2,5 = 11,5 h; rows 2 + 4 + 2 = 8, present 1 + 3 + 1 = 5.
        Assert.Equal((3m, 11.5m, 5m / 8m), Figures(w, "50", Period.Year(2019)));
    }

    [Fact]
    public void A_label_keeps_its_own_events_and_the_common_ones()
    {
        using var w = Loaded();
        // Parentalité: E1 + E2, 9 h; P1 and P3: E1 (P, A) + E2 (P, P) → 3 / 4.
        Assert.Equal((2m, 9m, 3m / 4m), Figures(w, "50", Period.Year(2019), "Parentalité"));
        // Jeunesse: E3 + E2, 8,5 h; P2 and P4: E2 (E, P) + E3 (P, A) → 2 / 4.
        Assert.Equal((2m, 8.5m, 2m / 4m), Figures(w, "50", Period.Year(2019), "Jeunesse"));
    }

    [Fact]
    public void The_population_restricts_the_attendance_not_the_events()
    {
        using var w = Loaded();
        // Période complète 2019: P1 and P2 only → E1 (P1 P) + E2 (P1 P, P2 E) + E3 (P2 P) → 3 / 4.
        Assert.Equal((3m, 11.5m, 3m / 4m), Figures(w, "50", Period.Year(2019), population: Population.PeriodeComplete));
        // October: E2 only; P4 left in June → P1 P, P2 E, P3 P → 2 / 3.
        Assert.Equal((1m, 6m, 2m / 3m), Figures(w, "50", Period.Month(2019, 10)));
    }

    [Fact]
    public void Nationally_every_departement_adds_up()
    {
        using var w = Loaded();
        // 50: 3 events, 11,5 h, 5 / 8; 14: E4, 6 h, 1 / 1 → 4 events, 17,5 h, 6 / 9.
        Assert.Equal((4m, 17.5m, 6m / 9m), Figures(w, null, Period.Year(2019)));
    }

    [Fact]
    public void A_month_without_any_event_gives_zeros()
    {
        using var w = Loaded();
        Assert.Equal((0m, 0m, 0m), Figures(w, "50", Period.Month(2019, 1)));
    }

    [Fact]
    public void A_resent_attendance_sheet_replaces_only_its_event()
    {
        using var w = Loaded();
        ReferenceFiles.Csv(w.InDepot("emargement_JD-50_corrige.csv"),
        [
            "Code regroupement;Identifiant PdN;Statut",
            "JD-50;PDN-50-0001;Absent",
            "JD-50;PDN-50-0002;Présent",
        ]);
        w.Load();
        // E1 (P, A) + E2 now (A, P) + E3 (P, A) → 3 / 6; the events themselves are unchanged.
        Assert.Equal((3m, 11.5m, 3m / 6m), Figures(w, "50", Period.Year(2019)));
        Assert.Equal((4m, 17.5m, 4m / 7m), Figures(w, null, Period.Year(2019)));
    }

    [Fact]
    public void A_resent_list_of_regroupements_updates_the_events()
    {
        using var w = Loaded();
        ReferenceFiles.Csv(w.InDepot("regroupements_v2.csv"),
        [
            "Code;Date;Type;Intitulé;Département;Durée (heures);Public",
            "GL-50;09/05/2019;Groupe local;Groupe local Cotentin;50;4;Jeunesse",
        ]);
        w.Load();
        // GL-50 lasts 4 h instead of 2,5 h: 3 + 6 + 4 = 13 h; its attendance is kept.
        Assert.Equal((3m, 13m, 5m / 8m), Figures(w, "50", Period.Year(2019)));
    }

    [Fact]
    public void Reloading_the_same_files_changes_nothing()
    {
        using var w = Loaded();
        var before = Figures(w, null, Period.Year(2019));
        foreach (var file in Directory.EnumerateFiles(w.Archives, "*.csv", SearchOption.AllDirectories))
            File.Copy(file, w.InDepot(Path.GetFileName(file)));
        var report = w.Load();
        Assert.All(report.Files, f => Assert.Equal(FileStatus.Duplicate, f.Status));
        Assert.Equal(before, Figures(w, null, Period.Year(2019)));
    }
}

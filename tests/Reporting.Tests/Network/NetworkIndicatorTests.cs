using System.Text.Json;
using Reporting.Domain.Periods;
using Reporting.Indicators.Computation;
using Reporting.Indicators.Definitions;
using Reporting.Outputs.Console;
using Reporting.Tests.Indicators;
using Reporting.Tests.Support;
using Reporting.Warehouse.Loading;

namespace Reporting.Tests.Network;

/// <summary>
/// <c>reseau</c>, <c>parcours</c>, <c>parcours_incomplets</c> and <c>groupes_locaux</c> computed by hand on the département 50 of
/// <see cref="HandComputedDepartement"/> (P1 Parentalité, P2 Jeunesse, P3 Parentalité from 15/03, P4 Jeunesse until 10/06;
/// Q1 in département 14). First submitted months: P1 01/2019, P2 01/2019, P3 03/2019, P4 01/2019.
/// <code>
/// Vie du réseau (docs, photos, posts = org + vie + ressources, membres promeneurs, autres)
///   50 2019-01 Parentalité 2 10 10 = 5+1+4  10 3
///   50 2019-01 Commun      1  4  6 = 3+1+2   4 1
///   50 2019-03 Jeunesse    3  0  4 = 0+0+4   8 2
///   50 2019-06 Commun      1  2  0           5 1     ← last month with a row in 2019
///   14 2019-02 Commun      9  9  9 = 9+0+0   9 9
///   50 2020-01 Parentalité 100 …                      (another year)
/// Parcours (entretien → charte, compte, fiche; délais en jours depuis l'entretien)
///   P1 entretien 10/09/2018, charte 20/09/2018, compte 01/10/2018, fiche 15/01/2019 (127) · 1er mois 01/01/2019 (113)
///   P2 demande 20/11/2018, entretien 05/12/2018, charte 15/12/2018, compte 04/01/2019 (30), fiche 03/02/2019 (60) · 1er mois (27)
///   P3 demande 15/01/2019, entretien 01/02/2019, charte 11/02/2019 (10), compte 03/03/2019 (30), pas de fiche · 1er mois 01/03/2019 (28)
///   P4 entretien 01/11/2018, charte 21/11/2018, compte 10/01/2019 (70), fiche 01/02/2020 (après 2019) · 1er mois (61)
///   Q1 entretien 01/01/2019, charte 11/01/2019 (10)
/// Groupes locaux
///   Sud-Manche (50): P1 dès 01/01/2019, P2 01/01 → 30/06/2019, P3 dès 15/03/2019
///     GL-1 12/02 2 h (P1 Présent, P2 Présent, P3 Absent) · GL-2 12/02 1,5 h (P1 Présent, P2 Excusé)
///     GL-3 14/05 3 h (P1 Présent, P2 Absent, P3 Présent) · GL-6 20/11 2 h (P1 Présent, P3 Présent) · GL-5 15/01/2020
///   Nord-Manche (50): P4 dès 01/01/2019 · GL-4 10/10 2 h (P4 Présent)
///   Bessin (14): Q1
/// </code>
/// </summary>
public sealed class NetworkIndicatorTests
{
    internal static TestWarehouse Loaded()
    {
        var w = new TestWarehouse();
        HandComputedDepartement.WriteInto(w.Depot);
        ReferenceFiles.Csv(w.InDepot("reseau.csv"),
        [
            "Département;Mois;Label;Documents;Photos;Posts;Posts organisation;Posts vie du réseau;Posts ressources;Membres promeneurs;Membres autres",
            "50;2019-01;Parentalité;2;10;10;5;1;4;10;3",
            "50;01/2019;Commun;1;4;6;3;1;2;4;1",
            "50;15/03/2019;Jeunesse;3;0;4;0;0;4;8;2",
            "50;2019-06;commun;1;2;0;0;0;0;5;1",
            "14;2019-02;Commun;9;9;9;9;0;0;9;9",
            "50;2020-01;Parentalité;100;100;0;0;0;0;100;100",
        ]);
        ReferenceFiles.Csv(w.InDepot("parcours.csv"),
        [
            "Identifiant PdN;Étape;Date",
            "PDN-50-0001;Entretien préalable;10/09/2018", "PDN-50-0001;Signature de la charte;20/09/2018",
            "PDN-50-0001;Création du compte professionnel;01/10/2018", "PDN-50-0001;Fiche annuaire national;15/01/2019",
            "PDN-50-0002;Demande de l'employeur;20/11/2018", "PDN-50-0002;Entretien préalable;05/12/2018", "PDN-50-0002;Signature de la charte;15/12/2018",
            "PDN-50-0002;Création du compte professionnel;04/01/2019", "PDN-50-0002;Fiche annuaire national;03/02/2019",
            "PDN-50-0003;Demande de l'employeur;15/01/2019", "PDN-50-0003;Entretien préalable;01/02/2019",
            "PDN-50-0003;Signature de la charte;11/02/2019", "PDN-50-0003;Création du compte professionnel;03/03/2019",
            "PDN-50-0004;Entretien préalable;01/11/2018", "PDN-50-0004;Signature de la charte;21/11/2018",
            "PDN-50-0004;Création du compte professionnel;10/01/2019", "PDN-50-0004;Fiche annuaire national;01/02/2020",
            "PDN-14-0001;Entretien préalable;01/01/2019", "PDN-14-0001;Signature de la charte;11/01/2019",
        ]);
        ReferenceFiles.Csv(w.InDepot("groupes.csv"),
        [
            "Groupe;Département;Identifiant PdN;Date d'entrée;Date de sortie",
            "Groupe local Sud-Manche;50;PDN-50-0001;01/01/2019;",
            "Groupe local Sud-Manche;50;PDN-50-0002;01/01/2019;30/06/2019",
            "Groupe local Sud-Manche;50;PDN-50-0003;15/03/2019;",
            "Groupe local Nord-Manche;50;PDN-50-0004;01/01/2019;",
            "Groupe local Bessin;14;PDN-14-0001;01/01/2019;",
        ]);
        ReferenceFiles.Csv(w.InDepot("regroupements.csv"),
        [
            "Code;Date;Type;Intitulé;Département;Durée (heures);Public;Groupe",
            "GL-1;12/02/2019;Groupe local;Rencontre 1;50;2;Commun;Groupe local Sud-Manche",
            "GL-2;12/02/2019;Groupe local;Rencontre 1 bis;50;1,5;Commun;Groupe local Sud-Manche",
            "GL-3;14/05/2019;Groupe local;Rencontre 2;50;3;Parentalité;groupe local sud manche",
            "GL-4;10/10/2019;Groupe local;Rencontre Nord;50;2;Jeunesse;Groupe local Nord-Manche",
            "GL-5;15/01/2020;Groupe local;Rencontre 2020;50;2;Commun;Groupe local Sud-Manche",
            "GL-6;20/11/2019;Groupe local;Rencontre 3;50;2;Commun;Groupe local Sud-Manche",
            "AP-1;20/11/2019;Analyse des pratiques;Analyse;50;2;Commun;",
        ]);
        ReferenceFiles.Csv(w.InDepot("emargement.csv"),
        [
            "Code regroupement;Identifiant PdN;Statut",
            "GL-1;PDN-50-0001;Présent", "GL-1;PDN-50-0002;Présent", "GL-1;PDN-50-0003;Absent",
            "GL-2;PDN-50-0001;Présent", "GL-2;PDN-50-0002;Excusé",
            "GL-3;PDN-50-0001;Présent", "GL-3;PDN-50-0002;Absent", "GL-3;PDN-50-0003;Présent",
            "GL-6;PDN-50-0001;Présent", "GL-6;PDN-50-0003;Présent",
            "GL-4;PDN-50-0004;Présent",
            "AP-1;PDN-50-0001;Absent",
        ]);
        var report = w.Load();
        Assert.All(report.Files, f => Assert.True(f.Status == FileStatus.Loaded && f.Rejections.Count == 0, $"{f.Path}: {f.Status} {f.Message} {string.Join(" | ", f.Rejections.Select(r => r.Message))}"));
        return w;
    }

    private static IndicatorSet Set(TestWarehouse w, string? departement, Period period, string? label = null) =>
        w.Indicators(new Scope(departement, period, label, Population.Actifs)).Total;

    [Fact]
    public void Reseau_sums_the_flows_and_takes_the_stocks_of_the_last_month_with_a_row()
    {
        using var w = Loaded();
        var all = Set(w, "50", Period.Year(2019)).Reseau()!;
        Assert.Equal((7m, 16m, 20m, 5m, 1m), (all.Documents, all.Photos, all.Posts, all.MembresPromeneurs, all.MembresAutres));
        Assert.Equal([("organisation", 0.4m), ("vie du réseau", 0.1m), ("ressources", 0.5m)], all.Sujets.Select(s => (s.Key, s.Value)));
    }

    [Fact]
    public void Commun_rows_count_under_each_label()
    {
        using var w = Loaded();
        var parentalite = Set(w, "50", Period.Year(2019), "Parentalité").Reseau()!;
        Assert.Equal((4m, 16m, 16m), (parentalite.Documents, parentalite.Photos, parentalite.Posts));
        Assert.Equal([0.5m, 0.125m, 0.375m], parentalite.Sujets.Values);
        var jeunesse = Set(w, "50", Period.Year(2019), "Jeunesse").Reseau()!;
        Assert.Equal((5m, 6m, 10m, 5m, 1m), (jeunesse.Documents, jeunesse.Photos, jeunesse.Posts, jeunesse.MembresPromeneurs, jeunesse.MembresAutres));
        // January: the Parentalité row and the Commun row are both kept, their stocks added.
        var january = Set(w, "50", Period.Month(2019, 1), "Parentalité").Reseau()!;
        Assert.Equal((14m, 4m), (january.MembresPromeneurs, january.MembresAutres));
        var nothing = Set(w, "50", Period.Month(2019, 2)).Reseau()!;
        Assert.Equal((0m, 0m, 0m, 0m), (nothing.Posts, nothing.Sujets["organisation"], nothing.MembresPromeneurs, nothing.MembresAutres));
    }

    [Fact]
    public void Parcours_counts_the_steps_of_the_period_and_their_median_delays()
    {
        using var w = Loaded();
        var set = Set(w, "50", Period.Year(2019));
        var steps = set.Parcours(Period.Year(2019))!.ToDictionary(s => s.Etape, s => (s.Promeneurs, s.DelaiMedianJours));
        Assert.Equal((1, (decimal?)null), steps["Demande de l'employeur"]);
        Assert.Equal((1, (decimal?)null), steps["Entretien préalable"]);
        Assert.Equal((1, (decimal?)10), steps["Signature de la charte"]);
        Assert.Equal((3, (decimal?)30), steps["Création du compte professionnel"]);
        Assert.Equal((2, (decimal?)93.5m), steps["Fiche annuaire national"]); // (60 + 127) / 2: an even count
        Assert.Equal((4, (decimal?)44.5m), steps["Premier mois transmis"]); // 27, 28, 61, 113
        Assert.Equal(2, set.ParcoursIncomplets(Period.Year(2019))); // P3 without a fiche, P4's fiche after 2019
    }

    [Fact]
    public void Parcours_follows_the_label_and_a_step_missing_leaves_it_out()
    {
        using var w = Loaded();
        var set = Set(w, "50", Period.Year(2019), "Parentalité");
        var steps = set.Parcours(Period.Year(2019))!.ToDictionary(s => s.Etape, s => (s.Promeneurs, s.DelaiMedianJours));
        Assert.Equal((1, (decimal?)127), steps["Fiche annuaire national"]);
        Assert.Equal((2, (decimal?)70.5m), steps["Premier mois transmis"]); // P1 113, P3 28
        Assert.Equal(1, set.ParcoursIncomplets(Period.Year(2019)));
        // At the end of 2020 P4's fiche is there, P3's is still missing; nobody reaches a step in 2020.
        var later = Set(w, "50", Period.Year(2020));
        Assert.Equal(1, later.ParcoursIncomplets(Period.Year(2020)));
        Assert.All(later.Parcours(Period.Year(2020))!.Where(s => s.Etape != "Fiche annuaire national"), s => Assert.Equal((0, (decimal?)null), (s.Promeneurs, s.DelaiMedianJours)));
    }

    [Fact]
    public void Groupes_locaux_count_members_on_the_last_day_meeting_days_hours_and_attendance()
    {
        using var w = Loaded();
        var groups = Set(w, "50", Period.Year(2019)).GroupesLocaux(Period.Year(2019))!;
        Assert.Equal(
        [
            new LocalGroupResult("Groupe local Nord-Manche", 1, 1, 2m, 1m, false, false),
            new LocalGroupResult("Groupe local Sud-Manche", 2, 3, 8.5m, 0.7m, false, true), // P2 left on 30/06; 12/02 counts once
        ], groups);
        var march = Set(w, "50", Period.Month(2019, 3), "Jeunesse").GroupesLocaux(Period.Month(2019, 3))!;
        Assert.Equal(new LocalGroupResult("Groupe local Sud-Manche", 3, 0, 0m, 0m, false, null), march[1]);
    }

    [Fact]
    public void The_json_carries_the_four_keys_and_the_national_result_follows_the_small_number_rules()
    {
        using var w = Loaded();
        var json = JsonDocument.Parse(IndicatorJsonWriter.Write(w.Indicators(new Scope("50", Period.Year(2019), null, Population.Actifs)))).RootElement;
        Assert.Equal(0.4m, json.GetProperty("reseau").GetProperty("sujets").GetProperty("organisation").GetDecimal());
        Assert.Equal(93.5m, json.GetProperty("parcours").GetProperty("Fiche annuaire national").GetProperty("delai_median_jours").GetDecimal());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("parcours").GetProperty("Entretien préalable").GetProperty("delai_median_jours").ValueKind);
        Assert.Equal(2, json.GetProperty("parcours_incomplets").GetInt32());
        Assert.Equal("Groupe local Nord-Manche", json.GetProperty("groupes_locaux")[0].GetProperty("groupe").GetString());
        Assert.True(json.GetProperty("groupes_locaux")[1].GetProperty("objectif_annuel_atteint").GetBoolean());

        var national = JsonDocument.Parse(IndicatorJsonWriter.Write(w.Indicators(new Scope(null, Period.Year(2019), null, Population.Actifs)))).RootElement;
        Assert.False(national.TryGetProperty("groupes_locaux", out _));
        Assert.Equal(16, national.GetProperty("reseau").GetProperty("documents").GetInt32());
        Assert.Equal(2, national.GetProperty("parcours").GetProperty("Signature de la charte").GetProperty("promeneurs").GetInt32()); // P3 and Q1
        Assert.All(national.GetProperty("departements").EnumerateArray(), d =>
        {
            Assert.True(d.GetProperty("secret").GetBoolean()); // 4 and 1 promeneurs, below 5
            Assert.Equal(JsonValueKind.Null, d.GetProperty("reseau").ValueKind);
            Assert.Equal(JsonValueKind.Null, d.GetProperty("parcours_incomplets").ValueKind);
            Assert.Equal(JsonValueKind.Null, d.GetProperty("groupes_locaux").ValueKind);
        });
        var shown = JsonDocument.Parse(IndicatorJsonWriter.Write(w.Indicators(new Scope(null, Period.Year(2019), null, Population.Actifs), seuil: 3))).RootElement;
        var d50 = shown.GetProperty("departements").EnumerateArray().Single(d => d.GetProperty("territoire").GetString() == "50");
        // With a threshold of 3 only 14 is under it; 50 is then masked as the smallest other (secondary secrecy).
        Assert.Equal(JsonValueKind.Null, d50.GetProperty("groupes_locaux").ValueKind);
    }
}

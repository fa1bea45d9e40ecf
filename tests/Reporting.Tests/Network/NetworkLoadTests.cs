using Dapper;
using Reporting.Cli;
using Reporting.Domain.Periods;
using Reporting.Indicators.Definitions;
using Reporting.Tests.Cli;
using Reporting.Tests.Support;
using Reporting.Warehouse.Loading;

namespace Reporting.Tests.Network;

/// <summary>Loading the version 2 inputs into the warehouse: replacement rules, nothing lost, the over-15 warning in the load summary.</summary>
public sealed class NetworkLoadTests
{
    private const string Reseau = "Département;Mois;Label;Documents;Photos;Posts;Posts organisation;Posts vie du réseau;Posts ressources;Membres promeneurs;Membres autres";

    private static TestWarehouse WithPromeneurs()
    {
        var w = new TestWarehouse();
        ReferenceFiles.Promeneurs(w.InDepot("promeneurs.csv"),
            [.. Enumerable.Range(1, 17).Select(i => $"PDN-50-{i:0000};NOM{i};Prénom;CS-50-001;50;Parentalité;;01/01/2018;")]);
        w.Load();
        return w;
    }

    [Fact]
    public void A_network_row_sent_again_replaces_the_loaded_one_and_rejected_rows_are_recorded()
    {
        using var w = WithPromeneurs();
        ReferenceFiles.Csv(w.InDepot("reseau_1.csv"), [Reseau, "50;2019-03;Commun;1;2;3;1;1;1;20;5", "50;2019-04;Commun;1;1;1;1;0;0;20;5"]);
        w.Load();
        ReferenceFiles.Csv(w.InDepot("reseau_2.xlsx.csv"), [Reseau, "50;03/2019;commun;4;4;4;4;0;0;21;6", "50;2019-05;Commun;1;1;2;1;0;0;22;6"]);
        var report = w.Load();

        var file = Assert.Single(report.Files);
        Assert.Equal((FileStatus.Loaded, 1, 1), (file.Status, file.RowsLoaded, file.RowsRejected));
        var reseau = w.Indicators(new Scope("50", Period.Months(2019, 3, 2019, 5), null, Population.Actifs)).Total.Reseau()!;
        Assert.Equal((5m, 5m, 20m, 5m), (reseau.Documents, reseau.Posts, reseau.MembresPromeneurs, reseau.MembresAutres)); // March replaced (4), April (1); May rejected
        using var session = w.Open();
        Assert.Equal(1L, session.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM etl.rejected_row WHERE column_name = 'Posts'"));
    }

    [Fact]
    public void A_later_date_of_a_step_replaces_the_loaded_one()
    {
        using var w = WithPromeneurs();
        ReferenceFiles.Csv(w.InDepot("parcours.csv"), ["Identifiant PdN;Étape;Date", "PDN-50-0001;Entretien préalable;01/02/2019", "PDN-50-0001;Signature de la charte;11/02/2019"]);
        w.Load();
        ReferenceFiles.Csv(w.InDepot("parcours_corrige.csv"), ["Identifiant PdN;Étape;Date", "PDN-50-0001;Signature de la charte;21/02/2019", "PDN-50-0001;Fiche annuaire national;15/01/2019"]);
        var report = w.Load();

        // The fiche dated before the loaded interview is rejected; the charter's new date replaces the old one.
        Assert.Equal("La date 15/01/2019 est antérieure à l'entretien préalable du 01/02/2019 : « Fiche annuaire national » ne peut pas le précéder.",
            Assert.Single(Assert.Single(report.Files).Rejections).Message);
        var steps = w.Indicators(new Scope("50", Period.Year(2019), null, Population.Actifs)).Total.Parcours(Period.Year(2019))!;
        Assert.Equal((1, (decimal?)20), steps.Where(s => s.Etape == "Signature de la charte").Select(s => (s.Promeneurs, s.DelaiMedianJours)).Single());
    }

    [Fact]
    public void A_membership_file_replaces_the_members_of_the_groups_it_names_and_a_sixteenth_member_is_a_warning()
    {
        using var w = WithPromeneurs();
        ReferenceFiles.Csv(w.InDepot("groupes.csv"), ["Groupe;Département;Identifiant PdN;Date d'entrée;Date de sortie", "Nord;50;PDN-50-0017;01/01/2019;", "Sud;50;PDN-50-0001;01/01/2019;"]);
        w.Load();
        ReferenceFiles.Csv(w.InDepot("groupes_2.csv"),
            ["Groupe;Département;Identifiant PdN;Date d'entrée;Date de sortie", .. Enumerable.Range(1, 16).Select(i => $"sud;50;PDN-50-{i:0000};{(i == 16 ? "01/06/2019" : "01/01/2019")};")]);
        var cli = new CliHarness(now: w.Clock.GetUtcNow());
        Assert.Equal(ExitCodes.Success, cli.Run("--entrepot", w.DatabasePath, "charger", "--depot", w.Depot));
        Assert.Contains("Avertissements", cli.Console);
        var console = string.Join(' ', cli.Console.Split((char[])[' ', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("groupes_2.csv : Le groupe local « Sud » (département 50) compte 16 membres le 01/06/2019 : un groupe local compte au plus 15 membres.", console);

        var groups = w.Indicators(new Scope("50", Period.Year(2019), null, Population.Actifs)).Total.GroupesLocaux(Period.Year(2019))!;
        Assert.Equal([("Nord", 1, false), ("Sud", 16, true)], groups.Select(g => (g.Groupe, g.Membres, g.EffectifDepasse)));
    }
}

using Reporting.Tests.Indicators;
using Reporting.Tests.Support;
using Reporting.Warehouse.Loading;

namespace Reporting.Tests.Pipeline;

/// <summary>
/// A new version of a tracking workbook that has less than the loaded one (issue 8, point 3): an empty one never wipes
/// the promeneur's year (quarantined, with what the loaded version holds and what to send); one without months already
/// submitted loads, and the summary lists the months that disappeared.
/// </summary>
public sealed class VersionShrinkTests
{
    private static readonly DateTime January = new(2019, 2, 1, 8, 0, 0, DateTimeKind.Utc);

    private static void First(TestWarehouse w)
    {
        NationalData.WritePromeneurs(w.Depot, ("50", 1));
        new TrackingWorkbookBuilder("PDN-50-0001", "50", "Parentalité", 2019)
            .Month("Janvier", 3, 0, 1, 10, 1, 1)
            .Month("Février", 2, 0, 1, 10, 1, 1)
            .Month("Mars", 4, 0, 1, 10, 1, 1)
            .Solicitation(new DateTime(2019, 1, 15), "Reçue", "Parent", "Message privé", "Scolarité", "6-11 ans", "Oui")
            .Save(w.InDepot("suivi.xlsx"), January);
        Assert.Equal(2, w.Load().Count(FileStatus.Loaded));
    }

    private static decimal OnlineHours(TestWarehouse w) =>
        WarehouseRows.Query<decimal>(w, "SELECT COALESCE(SUM(online_hours), 0) FROM fact.monthly_activity").Single();

    [Fact]
    public void An_empty_version_replacing_one_with_data_is_quarantined_and_the_year_is_kept()
    {
        using var w = new TestWarehouse();
        First(w);
        var empty = new TrackingWorkbookBuilder("PDN-50-0001", "50", "Parentalité", 2019).Save(w.InDepot("suivi vide.xlsx"), January.AddDays(30));

        var report = w.Load();

        var file = Assert.Single(report.Files);
        Assert.Equal(FileStatus.Quarantined, file.Status);
        Assert.Equal(
            "Tableau de suivi vide : aucun mois transmis et aucune sollicitation pour PDN-50-0001 en 2019, alors que la version déjà chargée " +
            "(« suivi.xlsx ») compte 3 mois transmis (janvier, février et mars) et 1 sollicitation. Il n'est pas chargé : il effacerait l'année du promeneur. " +
            "Envoyez à la place le tableau de suivi complet de l'année (les mois déjà transmis et les nouveaux, avec leurs sollicitations).",
            file.Message);
        Assert.False(File.Exists(empty));
        Assert.Equal(9m, OnlineHours(w));
        Assert.Equal(1, WarehouseRows.Count(w, "SELECT COUNT(*) FROM etl.source_file WHERE status = 'Chargé' AND file_name = 'suivi.xlsx'"));
    }

    [Fact]
    public void A_version_without_months_already_submitted_loads_with_a_warning_naming_them()
    {
        using var w = new TestWarehouse();
        First(w);
        new TrackingWorkbookBuilder("PDN-50-0001", "50", "Parentalité", 2019)
            .Month("Février", 2, 0, 1, 10, 1, 1)
            .Month("Avril", 1, 0, 1, 10, 1, 1)
            .Save(w.InDepot("suivi v2.xlsx"), January.AddDays(60));

        var report = w.Load();

        var file = Assert.Single(report.Files);
        Assert.Equal(FileStatus.Loaded, file.Status);
        Assert.Equal(
            ["cette version remplace « suivi.xlsx » sans les mois janvier et mars, transmis dans la version précédente : ils ne sont plus comptés pour PDN-50-0001 en 2019. " +
             "Si c'est une erreur, renvoyez le tableau avec ces mois."],
            file.Warnings);
        Assert.Equal(3m, OnlineHours(w));
    }

    [Fact]
    public void The_summary_of_charger_shows_the_warning()
    {
        using var w = new TestWarehouse();
        First(w);
        new TrackingWorkbookBuilder("PDN-50-0001", "50", "Parentalité", 2019)
            .Month("Janvier", 3, 0, 1, 10, 1, 1)
            .Month("Mars", 4, 0, 1, 10, 1, 1)
            .Save(w.InDepot("suivi v2.xlsx"), January.AddDays(60));

        var cli = new Reporting.Tests.Cli.CliHarness();
        Assert.Equal(0, cli.Run("--entrepot", w.DatabasePath, "charger", "--depot", w.Depot));

        var console = System.Text.RegularExpressions.Regex.Replace(cli.Console, @"\s*\n\s*", " ");
        Assert.Contains("Avertissements (fichiers chargés) : suivi v2.xlsx : cette version remplace « suivi.xlsx » sans le mois février, " +
            "transmis dans la version précédente : il n'est plus compté pour PDN-50-0001 en 2019.", console, StringComparison.Ordinal);
    }
}

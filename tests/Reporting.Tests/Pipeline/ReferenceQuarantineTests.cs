using Reporting.Domain.Periods;
using Reporting.Indicators.Definitions;
using Reporting.Tests.Support;
using Reporting.Warehouse.Loading;

namespace Reporting.Tests.Pipeline;

/// <summary>
/// INPUTS.md §1: a workbook whose promeneur is unknown, or whose Département or Label disagrees with
/// the reference data, is quarantined with a message saying what to fix; nothing is ever deleted.
/// </summary>
public sealed class ReferenceQuarantineTests
{
    private const string Today = "2020-02-15"; // the fake clock of TestWarehouse

    private static TestWarehouse WithBadWorkbooks()
    {
        var w = new TestWarehouse();
        ReferenceFiles.Promeneurs(w.InDepot("promeneurs.csv"),
            "PDN-50-0001;MARTIN;Alice;CS-50-001;50;Parentalité;Référent famille;01/01/2018;",
            "PDN-50-0002;BERNARD;Bruno;CS-50-002;50;Jeunesse;Animateur;01/01/2018;");
        new TrackingWorkbookBuilder("PDN-50-0001", "50", "Parentalité", 2019)
            .Month("Janvier", 10, 2, 1, 10, 1, 1)
            .Save(w.InDepot("bon.xlsx"));
        new TrackingWorkbookBuilder("PDN-50-0002", "50", "Parentalité", 2019) // reference: Jeunesse
            .Month("Janvier", 99, 0, 0, 0, 0, 0)
            .Save(w.InDepot("mauvais_label.xlsx"));
        new TrackingWorkbookBuilder("PDN-50-0099", "50", "Parentalité", 2019) // not in the list
            .Month("Janvier", 99, 0, 0, 0, 0, 0)
            .Save(w.InDepot("inconnu.xlsx"));
        new TrackingWorkbookBuilder("PDN-50-0001", "14", "Parentalité", 2019) // reference: 50
            .Month("Janvier", 99, 0, 0, 0, 0, 0)
            .Save(w.InDepot("sous-dossier", "mauvais_departement.xlsx"));
        return w;
    }

    [Fact]
    public void Disagreeing_workbooks_are_quarantined_with_a_reason_beside_them()
    {
        using var w = WithBadWorkbooks();
        var report = w.Load();

        Assert.Equal(2, report.Count(FileStatus.Loaded)); // promeneurs.csv and bon.xlsx
        Assert.Equal(3, report.Count(FileStatus.Quarantined));

        Assert.Equal(
        [
            $"{Today}/inconnu.xlsx",
            $"{Today}/inconnu.xlsx.erreur.txt",
            $"{Today}/mauvais_label.xlsx",
            $"{Today}/mauvais_label.xlsx.erreur.txt",
            $"{Today}/sous-dossier/mauvais_departement.xlsx",
            $"{Today}/sous-dossier/mauvais_departement.xlsx.erreur.txt",
        ], WarehouseRows.FilesUnder(w.Quarantine));

        string Reason(string file) => File.ReadAllText(Path.Combine(w.Quarantine, Today, file + ".erreur.txt"));
        Assert.Contains("Promeneur PDN-50-0099 inconnu de la liste des promeneurs : ajoutez-le à la liste de référence", Reason("inconnu.xlsx"));
        Assert.Contains("Le tableau de suivi indique le label « Parentalité », mais la liste des promeneurs donne « Jeunesse » pour PDN-50-0002 en 2019", Reason("mauvais_label.xlsx"));
        Assert.Contains("Le tableau de suivi indique le département 14, mais la liste des promeneurs rattache PDN-50-0001 au département 50", Reason("sous-dossier/mauvais_departement.xlsx"));
        Assert.All(new[] { "inconnu.xlsx", "mauvais_label.xlsx", "sous-dossier/mauvais_departement.xlsx" }, f =>
        {
            Assert.Contains("Motif :", Reason(f));
            Assert.Contains("déposez à nouveau le fichier", Reason(f));
        });
    }

    [Fact]
    public void Nothing_is_deleted_processed_files_are_archived_and_the_depot_is_emptied()
    {
        using var w = WithBadWorkbooks();
        var before = WarehouseRows.FilesUnder(w.Depot).Select(f => Sha(Path.Combine(w.Depot, f))).Order().ToList();

        w.Load();

        Assert.Empty(WarehouseRows.FilesUnder(w.Depot));
        Assert.Equal([$"{Today}/bon.xlsx", $"{Today}/promeneurs.csv"], WarehouseRows.FilesUnder(w.Archives));
        var after = WarehouseRows.FilesUnder(w.Archives).Select(f => Path.Combine(w.Archives, f))
            .Concat(WarehouseRows.FilesUnder(w.Quarantine).Where(f => !f.EndsWith(".erreur.txt", StringComparison.Ordinal)).Select(f => Path.Combine(w.Quarantine, f)))
            .Select(Sha).Order().ToList();
        Assert.Equal(before, after); // the same bytes, every one of them
    }

    [Fact]
    public void Quarantined_workbooks_load_nothing_and_are_recorded_with_their_reason()
    {
        using var w = WithBadWorkbooks();
        w.Load();

        // Only bon.xlsx counts: janvier 10 h en ligne (each refused workbook said 99).
        var s = w.Indicators(new Scope("50", Period.Year(2019), null, Population.Actifs)).Total;
        Assert.Equal(10m, s.Value("heures_en_ligne"));
        Assert.Equal(1, WarehouseRows.Count(w, "SELECT COUNT(*) FROM fact.monthly_activity"));

        var files = WarehouseRows.Query<SourceFileRow>(w, Sql.SourceFiles).ToDictionary(f => f.FileName);
        Assert.Equal(FileStatus.Quarantined, files["inconnu.xlsx"].Status);
        Assert.Equal("PDN-50-0099", files["inconnu.xlsx"].PromeneurId);
        Assert.Contains("inconnu de la liste des promeneurs", files["inconnu.xlsx"].Message);
        Assert.Equal(Path.Combine(w.Quarantine, Today, "inconnu.xlsx"), files["inconnu.xlsx"].StoredPath);
        Assert.Equal(FileStatus.Quarantined, files["mauvais_label.xlsx"].Status);
        Assert.Equal(FileStatus.Quarantined, files["mauvais_departement.xlsx"].Status);
        Assert.Equal(0, files["mauvais_departement.xlsx"].RowsLoaded);
        Assert.Equal(FileStatus.Loaded, files["bon.xlsx"].Status);
        Assert.Equal(Path.Combine(w.Archives, Today, "bon.xlsx"), files["bon.xlsx"].StoredPath);
    }

    [Fact]
    public void A_quarantined_workbook_loads_once_the_reference_list_knows_the_promeneur()
    {
        using var w = new TestWarehouse();
        ReferenceFiles.Promeneurs(w.InDepot("promeneurs.csv"), "PDN-50-0001;MARTIN;Alice;CS-50-001;50;Parentalité;;01/01/2018;");
        var workbook = new TrackingWorkbookBuilder("PDN-50-0002", "50", "Parentalité", 2019).Month("Janvier", 7, 0, 0, 0, 0, 0);
        workbook.Save(w.InDepot("suivi.xlsx"));
        Assert.Equal(FileStatus.Quarantined, w.Load().Files.Single(f => f.Path.EndsWith("suivi.xlsx", StringComparison.Ordinal)).Status);

        // The coordinator adds the promeneur and drops the same file again.
        ReferenceFiles.Promeneurs(w.InDepot("promeneurs.csv"),
            "PDN-50-0001;MARTIN;Alice;CS-50-001;50;Parentalité;;01/01/2018;",
            "PDN-50-0002;BERNARD;Bruno;CS-50-001;50;Parentalité;;01/01/2018;");
        File.Copy(Path.Combine(w.Quarantine, Today, "suivi.xlsx"), w.InDepot("suivi.xlsx"));
        var second = w.Load();

        Assert.Equal(FileStatus.Loaded, second.Files.Single(f => f.Path.EndsWith("suivi.xlsx", StringComparison.Ordinal)).Status);
        Assert.Equal(7m, w.Indicators(new Scope("50", Period.Year(2019), null, Population.Actifs)).Total.Value("heures_en_ligne"));
    }

    private static string Sha(string path) => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(path)));
}

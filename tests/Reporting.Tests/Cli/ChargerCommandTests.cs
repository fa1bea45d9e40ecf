using Reporting.Cli;
using Reporting.Tests.Pipeline;
using Reporting.Tests.Support;

namespace Reporting.Tests.Cli;

/// <summary><c>reporting charger</c>: exit codes and what the coordinator reads.</summary>
public sealed class ChargerCommandTests
{
    [Fact]
    public void A_missing_depot_is_an_error_and_creates_no_warehouse()
    {
        using var folder = new TempFolder();
        var depot = folder.Combine("pas-de-depot");
        var warehouse = folder.Combine("entrepot.duckdb");
        var cli = new CliHarness();

        var code = cli.Run("--entrepot", warehouse, "charger", "--depot", depot);

        Assert.Equal(ExitCodes.CannotProceed, code);
        Assert.Equal($"Erreur : Dossier de dépôt introuvable : {depot}", cli.Error.Trim());
        Assert.False(File.Exists(warehouse));
    }

    [Fact]
    public void A_load_with_rejections_and_quarantine_still_succeeds_and_says_what_to_fix()
    {
        using var folder = new TempFolder();
        var depot = folder.Combine("depot");
        var warehouse = folder.Combine("donnees", "entrepot.duckdb");
        ReferenceFiles.Promeneurs(Path.Combine(depot, "promeneurs.csv"), "PDN-50-0001;MARTIN;Alice;CS-50-001;50;Parentalité;Référent famille;01/01/2018;");
        new TrackingWorkbookBuilder("PDN-50-0001", "50", "Parentalité", 2019)
            .Month("Janvier", 10, 0, 1, 10, 1, 1)
            .Month("Février", "dix", 0, 1, 10, 1, 1) // rejected: B3
            .Save(Path.Combine(depot, "suivi.xlsx"));
        new TrackingWorkbookBuilder("PDN-50-0099", "50", "Parentalité", 2019)
            .Month("Janvier", 10, 0, 1, 10, 1, 1)
            .Save(Path.Combine(depot, "inconnu.xlsx"));
        var cli = new CliHarness();

        var code = cli.Run("--entrepot", warehouse, "charger", "--depot", depot);

        Assert.True(code == ExitCodes.Success, cli.ToString());
        Assert.Equal("", cli.Error);
        Assert.Contains("2 chargés", cli.Console);
        Assert.Contains("1 en quarantaine", cli.Console);
        Assert.Contains("1 rejetée", cli.Console);
        Assert.Contains("feuille « Temps », ligne 3, colonne « Heures en ligne » (B3) : « dix » n'est pas un nombre d'heures", cli.Console);
        Assert.Contains("inconnu.xlsx : Promeneur PDN-50-0099 inconnu de la liste des promeneurs", cli.Console);

        // Archive and quarantine default to folders beside the warehouse file.
        var today = "2020-02-15"; // the harness's fake clock
        Assert.Equal([$"{today}/promeneurs.csv", $"{today}/suivi.xlsx"], WarehouseRows.FilesUnder(folder.Combine("donnees", "archives")));
        Assert.Equal([$"{today}/inconnu.xlsx", $"{today}/inconnu.xlsx.erreur.txt"], WarehouseRows.FilesUnder(folder.Combine("donnees", "quarantaine")));

        // The loaded month is there for indicateurs.
        var after = new CliHarness();
        Assert.Equal(ExitCodes.Success, after.Run("--entrepot", warehouse, "indicateurs", "--departement", "50", "--periode", "2019", "--format", "json"));
        Assert.Contains("\"heures_en_ligne\": 10,", after.Out);
        Assert.Contains("\"mois_transmis\": 1,", after.Out);
    }

    [Fact]
    public void A_file_that_could_not_be_processed_makes_charger_exit_with_1_and_waits_in_the_depot_for_the_next_run()
    {
        using var folder = new TempFolder();
        var depot = folder.Combine("depot");
        var warehouse = folder.Combine("entrepot.duckdb");
        ReferenceFiles.Promeneurs(Path.Combine(depot, "promeneurs.csv"), "PDN-50-0001;MARTIN;Alice;CS-50-001;50;Parentalité;;01/01/2018;");
        var suivi = new TrackingWorkbookBuilder("PDN-50-0001", "50", "Parentalité", 2019)
            .Month("Janvier", 10, 0, 1, 10, 1, 1)
            .Month("Février", "dix", 0, 1, 10, 1, 1) // a rejected cell: its load writes etl.rejected_row
            .Save(Path.Combine(depot, "suivi.xlsx"));
        Assert.Equal(ExitCodes.Success, new CliHarness().Run("--entrepot", warehouse, "base", "initialiser"));
        Rename(warehouse, "etl.rejected_row", "rejected_row_indisponible"); // the warehouse fails that file's load, not the file

        var cli = new CliHarness();
        var code = cli.Run("--entrepot", warehouse, "charger", "--depot", depot);

        Assert.True(code == ExitCodes.CannotProceed, cli.ToString());
        Assert.Contains("1 chargé ·", cli.Console);
        Assert.Contains("1 en erreur", cli.Console);
        Assert.Contains("Erreur sur suivi.xlsx (laissé dans le dépôt)", cli.Console);
        Assert.True(File.Exists(suivi));

        Rename(warehouse, "etl.rejected_row_indisponible", "rejected_row");
        var next = new CliHarness();
        Assert.True(next.Run("--entrepot", warehouse, "charger", "--depot", depot) == ExitCodes.Success, next.ToString());
        Assert.False(File.Exists(suivi));
    }

    [Fact]
    public void Quarantined_and_skipped_files_are_designed_outcomes_exit_code_0()
    {
        using var folder = new TempFolder();
        var depot = folder.Combine("depot");
        var warehouse = folder.Combine("entrepot.duckdb");
        ReferenceFiles.Promeneurs(Path.Combine(depot, "promeneurs.csv"), "PDN-50-0001;MARTIN;Alice;CS-50-001;50;Parentalité;;01/01/2018;");
        File.WriteAllText(Path.Combine(depot, "notes.txt"), "rien à voir");
        Assert.Equal(ExitCodes.Success, new CliHarness().Run("--entrepot", warehouse, "charger", "--depot", depot));
        ReferenceFiles.Promeneurs(Path.Combine(depot, "copie.csv"), "PDN-50-0001;MARTIN;Alice;CS-50-001;50;Parentalité;;01/01/2018;");

        var cli = new CliHarness();
        Assert.Equal(ExitCodes.Success, cli.Run("--entrepot", warehouse, "charger", "--depot", depot));
        // French plural: 0 and 1 take the singular.
        Assert.Contains("0 chargé · 1 déjà chargé (identique) · 0 version antérieure ignorée ·", cli.Console);
    }

    private static void Rename(string warehouse, string table, string newName)
    {
        using var session = Reporting.Warehouse.Engine.WarehouseSession.Open(Reporting.Warehouse.Engine.WarehouseLocation.Parse(warehouse), create: false);
        session.ExecuteDdl($"ALTER TABLE {table} RENAME TO {newName}");
    }

    [Fact]
    public void Archive_and_quarantine_folders_can_be_chosen()
    {
        using var folder = new TempFolder();
        var depot = folder.Combine("depot");
        ReferenceFiles.Promeneurs(Path.Combine(depot, "promeneurs.csv"), "PDN-50-0001;MARTIN;Alice;CS-50-001;50;Parentalité;;01/01/2018;");
        File.WriteAllText(Path.Combine(depot, "notes.txt"), "rien à voir");
        var cli = new CliHarness();

        var code = cli.Run("--entrepot", folder.Combine("e.duckdb"), "charger", "--depot", depot,
            "--archives", folder.Combine("A"), "--quarantaine", folder.Combine("Q"));

        Assert.True(code == ExitCodes.Success, cli.ToString());
        Assert.Equal(["2020-02-15/promeneurs.csv"], WarehouseRows.FilesUnder(folder.Combine("A")));
        Assert.Equal(["2020-02-15/notes.txt", "2020-02-15/notes.txt.erreur.txt"], WarehouseRows.FilesUnder(folder.Combine("Q")));
        Assert.Contains("Fichier non reconnu", File.ReadAllText(folder.Combine("Q", "2020-02-15", "notes.txt.erreur.txt")));
    }

    [Fact]
    public void An_archive_inside_the_depot_is_never_read_again()
    {
        using var folder = new TempFolder();
        var depot = folder.Combine("depot");
        var warehouse = folder.Combine("e.duckdb");
        ReferenceFiles.Promeneurs(Path.Combine(depot, "promeneurs.csv"), "PDN-50-0001;MARTIN;Alice;CS-50-001;50;Parentalité;;01/01/2018;");
        string[] args = ["--entrepot", warehouse, "charger", "--depot", depot, "--archives", Path.Combine(depot, "archives"), "--quarantaine", Path.Combine(depot, "quarantaine")];
        Assert.Equal(ExitCodes.Success, new CliHarness().Run(args));

        var second = new CliHarness();
        Assert.Equal(ExitCodes.Success, second.Run(args));

        Assert.Contains("0 lu ·", second.Console);
        Assert.Equal(["archives/2020-02-15/promeneurs.csv"], WarehouseRows.FilesUnder(depot));
    }
}

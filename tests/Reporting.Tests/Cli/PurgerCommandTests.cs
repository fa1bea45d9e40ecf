using System.Security.Cryptography;
using Reporting.Tests.Pipeline;
using Reporting.Tests.Support;
using Reporting.Tests.Warehouse.SqlServer;
using Reporting.Warehouse.Engine;
using Reporting.Warehouse.Retention;

namespace Reporting.Tests.Cli;

/// <summary>
/// <c>reporting purger</c>, retention (RGPD): a dry run by default that changes nothing; with <c>--appliquer</c>, the
/// promeneurs whose labellisation ended more than N years ago lose their names (identifiers and every figure stay),
/// the raw files kept more than N years ago are deleted — and nothing else — and each purge is recorded in
/// <c>etl.purge</c>.
/// </summary>
public sealed class PurgerCommandTests : IDisposable
{
    private static readonly DateTimeOffset Today = new(2026, 12, 2, 9, 0, 0, TimeSpan.Zero); // 5 years kept: cut-off 02/12/2021

    private readonly TestWarehouse _w = new(new DateTimeOffset(2020, 2, 15, 10, 0, 0, TimeSpan.Zero));

    public void Dispose() => _w.Dispose();

    private sealed record Name(string PromeneurId, string LastName, string FirstName);

    public PurgerCommandTests()
    {
        // Loaded in February 2020: a promeneur gone at the end of 2019, one gone at the end of 2023, one still labelled.
        ReferenceFiles.Promeneurs(_w.InDepot("promeneurs.csv"),
            "PDN-50-0001;MARTIN;Alice;CS-50-001;50;Parentalité;;01/01/2018;31/12/2019",
            "PDN-50-0002;DURAND;Paul;CS-50-001;50;Jeunesse;;01/01/2018;31/12/2023",
            "PDN-50-0003;PETIT;Zoé;CS-50-001;50;Parentalité;;01/01/2018;");
        new TrackingWorkbookBuilder("PDN-50-0001", "50", "Parentalité", 2019).Month("Janvier", 10, 2, 1, 10, 1, 1).Save(_w.InDepot("suivi_P1.xlsx"));
        new TrackingWorkbookBuilder("PDN-50-0002", "50", "Jeunesse", 2019).Month("Janvier", 5, 1, 1, 10, 1, 1).Save(_w.InDepot("suivi_P2.xlsx"));
        File.WriteAllText(_w.InDepot("notes.txt"), "rien à voir"); // quarantined in 2020
        _w.Load();
        // Loaded in March 2024: kept.
        _w.Clock.SetUtcNow(new DateTimeOffset(2024, 3, 1, 10, 0, 0, TimeSpan.Zero));
        new TrackingWorkbookBuilder("PDN-50-0003", "50", "Parentalité", 2023).Month("Mars", 7, 1, 1, 10, 1, 1).Save(_w.InDepot("suivi_P3.xlsx"));
        _w.Load();
    }

    private (int ExitCode, CliHarness Cli) Purger(params string[] args)
    {
        var cli = new CliHarness(now: Today);
        return (cli.Run(["--entrepot", _w.DatabasePath, "purger", "--archives", _w.Archives, "--quarantaine", _w.Quarantine, .. args]), cli);
    }

    private string Indicators()
    {
        var cli = new CliHarness(now: Today);
        Assert.Equal(0, cli.Run("--entrepot", _w.DatabasePath, "indicateurs", "--departement", "50", "--periode", "2019", "--format", "json"));
        return cli.Out;
    }

    private List<Name> Names() => WarehouseRows.Query<Name>(_w, "SELECT DISTINCT promeneur_id, last_name, first_name FROM dim.promeneur ORDER BY promeneur_id");

    [Fact]
    public void A_dry_run_says_what_it_would_do_and_changes_nothing()
    {
        var before = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(_w.DatabasePath)));
        var kept = WarehouseRows.FilesUnder(_w.Root);

        var (exitCode, cli) = Purger();

        Assert.True(exitCode == 0, cli.ToString());
        Assert.Contains("Conservation : 5 ans ; sont concernées les données antérieures au 02/12/2021.", cli.Console);
        Assert.Contains("Promeneurs dont la labellisation a pris fin avant le 02/12/2021 : 1 — nom et prénom remplacés par « (pseudonymisé) », identifiant et chiffres conservés.", cli.Console);
        Assert.Contains("  PDN-50-0001 (fin de labellisation le 31/12/2019)", cli.Console);
        Assert.Contains("Fichiers reçus conservés avant le 02/12/2021 : 5 (", cli.Console); // 3 archived, 1 quarantined and its note
        Assert.Contains("  15/02/2020 : 5 fichiers", cli.Console);
        Assert.Contains("Simulation : rien n'a été modifié. Relancez avec --appliquer pour faire la purge.", cli.Console);
        Assert.Equal(before, Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(_w.DatabasePath))));
        Assert.Equal(kept, WarehouseRows.FilesUnder(_w.Root));
    }

    [Fact]
    public void Applied_it_pseudonymises_deletes_the_old_raw_files_only_keeps_every_figure_and_is_recorded()
    {
        var figures = Indicators();
        // Never touched: a file of the archive outside a dated folder, a folder that is not a date, a link to a file elsewhere.
        File.WriteAllText(Path.Combine(_w.Archives, "LISEZMOI.txt"), "à garder");
        Directory.CreateDirectory(Path.Combine(_w.Archives, "anciens"));
        File.WriteAllText(Path.Combine(_w.Archives, "anciens", "2010.xlsx"), "à garder");
        var elsewhere = Path.Combine(_w.Root, "ailleurs.txt");
        File.WriteAllText(elsewhere, "à garder");
        File.CreateSymbolicLink(Path.Combine(_w.Archives, "2020-02-15", "lien.txt"), elsewhere);

        var (exitCode, cli) = Purger("--appliquer");

        Assert.True(exitCode == 0, cli.ToString());
        Assert.Contains("Purge faite : 1 promeneur pseudonymisé, 5 fichiers supprimés", cli.Console);
        Assert.Equal(
            [new Name("PDN-50-0001", RetentionStatements.Pseudonym, ""), new Name("PDN-50-0002", "DURAND", "Paul"), new Name("PDN-50-0003", "PETIT", "Zoé")],
            Names());
        Assert.Equal(figures, Indicators()); // every aggregate kept, the identifier too
        Assert.Equal(new[] { "2024-03-01/suivi_P3.xlsx", "2020-02-15/lien.txt", "LISEZMOI.txt", "anciens/2010.xlsx" }.Order(StringComparer.Ordinal).ToList(), WarehouseRows.FilesUnder(_w.Archives));
        Assert.Empty(WarehouseRows.FilesUnder(_w.Quarantine));
        Assert.True(File.Exists(elsewhere));
        Assert.Equal(0, WarehouseRows.Count(_w, "SELECT COUNT(*) FROM etl.source_file WHERE stored_path LIKE '%2020-02-15%'"));
        Assert.Equal(1, WarehouseRows.Count(_w, "SELECT COUNT(*) FROM etl.source_file WHERE stored_path LIKE '%2024-03-01%'"));
        var record = WarehouseRows.Query<(int Years, DateOnly Cutoff, int Promeneurs, int Files)>(_w,
            "SELECT retention_years, cutoff_date, promeneurs_pseudonymised, files_deleted FROM etl.purge").Single();
        Assert.Equal((5, new DateOnly(2021, 12, 2), 1, 5), record);

        // Again: nothing left to do, and that purge is recorded too.
        var (again, second) = Purger("--appliquer");
        Assert.Equal(0, again);
        Assert.Contains("Purge faite : 0 promeneur pseudonymisé, 0 fichier supprimé", second.Console);
        Assert.Equal(2, WarehouseRows.Count(_w, "SELECT COUNT(*) FROM etl.purge"));
    }

    [Fact]
    public void Fewer_years_reach_further_and_the_configuration_gives_the_default()
    {
        var cli = new CliHarness(new Dictionary<string, string?> { ["Conservation:Annees"] = "2" }, Today);

        var exitCode = cli.Run("--entrepot", _w.DatabasePath, "purger", "--archives", _w.Archives, "--quarantaine", _w.Quarantine);

        Assert.Equal(0, exitCode);
        Assert.Contains("Conservation : 2 ans ; sont concernées les données antérieures au 02/12/2024.", cli.Console);
        Assert.Contains("Promeneurs dont la labellisation a pris fin avant le 02/12/2024 : 2", cli.Console);
        Assert.Contains("  01/03/2024 : 1 fichier", cli.Console);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    public void Less_than_a_year_is_refused(string years)
    {
        var (exitCode, cli) = Purger("--annees", years, "--appliquer");

        Assert.Equal(2, exitCode);
        Assert.Contains($"Conservation de {years} an(s) refusée : au moins 1 an est conservé.", cli.Error);
        Assert.Equal("MARTIN", Names()[0].LastName);
    }

    [Fact]
    public void On_SQL_Server_the_purge_is_one_transaction_pseudonymisation_forgotten_paths_and_audit_row()
    {
        using var fake = new FakeSqlServer();

        new RetentionStatements(fake.Session).Apply(
            new PurgeRecord(new DateTime(2026, 12, 2, 9, 0, 0), 5, new DateOnly(2021, 12, 2), 1, 2, 2048, "/archives ; /quarantaine"),
            ["/archives/2020-02-15/a.xlsx", "/archives/2020-02-15/b.csv"]);

        Assert.Equal(["sqlserver/load/purge_pseudonymise.sql", "sqlserver/load/source_file_forget_stored.sql", "sqlserver/load/source_file_forget_stored.sql", "sqlserver/load/purge_record.sql"],
            fake.Scripts);
        Assert.Equal(1, fake.Connection.Commits);
        var pseudonymise = fake.Connection.Commands[0];
        Assert.Equal(new DateTime(2021, 12, 2), pseudonymise["cutoff"]);
        Assert.Equal(RetentionStatements.Pseudonym, pseudonymise["pseudonym"]);
        Assert.Equal((short)5, fake.Connection.Commands[3]["retention_years"]);
    }
}

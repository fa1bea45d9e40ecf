using System.Security.Cryptography;
using Dapper;
using DuckDB.NET.Data;
using Reporting.Demo;
using Reporting.Tests.Support;
using Reporting.Warehouse.Engine;

namespace Reporting.Tests.Cli;

/// <summary>
/// Reading commands never write: <c>indicateurs</c>, <c>questionnaire</c>, <c>annexes</c> and <c>modeles</c> open the
/// DuckDB file read-only — no migration, no view re-created, no checkpoint — so a warehouse on a read-only share is
/// read as it is and the file is left byte for byte as it was. Only <c>charger</c> and <c>base initialiser</c> migrate:
/// a schema (or reporting views) older than the program is refused with a French message naming the command that
/// upgrades it.
/// </summary>
public sealed class ReadOnlyWarehouseTests : IDisposable
{
    private readonly TestWarehouse _w = new();

    public void Dispose()
    {
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(_w.Root, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        _w.Dispose();
    }

    private (int ExitCode, CliHarness Cli) Run(params string[] args)
    {
        var cli = new CliHarness();
        return (cli.Run(["--entrepot", _w.DatabasePath, .. args]), cli);
    }

    private string Fingerprint() => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(_w.DatabasePath)));

    private string[] WarehouseFiles() => Directory.EnumerateFiles(_w.Root, "entrepot.duckdb*").Select(Path.GetFileName).Order().ToArray()!;

    [Fact]
    public void Reading_commands_read_a_read_only_warehouse_and_leave_its_file_as_it_was()
    {
        DemoDataset.Generate(_w.Depot);
        _w.Load();
        var before = Fingerprint();
        var written = Path.Combine(Path.GetTempPath(), "reporting-tests", Guid.NewGuid().ToString("N"));
        // A read-only share: the file and its folder cannot be written (as root, the check below still holds).
        if (OperatingSystem.IsWindows()) File.SetAttributes(_w.DatabasePath, FileAttributes.ReadOnly);
        else
        {
            File.SetUnixFileMode(_w.DatabasePath, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            File.SetUnixFileMode(_w.Root, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        }
        var modified = File.GetLastWriteTimeUtc(_w.DatabasePath);
        try
        {
            string[][] commands =
            [
                ["indicateurs", "--departement", "50", "--periode", "2019"],
                ["indicateurs", "--national", "--periode", "2019", "--format", "json"],
                ["questionnaire", "--code", "QQ-2019"],
                ["annexes", "--departement", "50", "--mois", "2019-06", "--sortie", written],
                ["modeles", "--departement", "50", "--annee", "2020", "--sortie", written],
            ];
            foreach (var command in commands)
            {
                var (exitCode, cli) = Run(command);
                Assert.True(exitCode == 0, $"{string.Join(' ', command)}: {cli}");
            }

            Assert.Equal(before, Fingerprint());
            Assert.Equal(modified, File.GetLastWriteTimeUtc(_w.DatabasePath));
            Assert.Equal(["entrepot.duckdb"], WarehouseFiles()); // no WAL either
        }
        finally
        {
            if (OperatingSystem.IsWindows()) File.SetAttributes(_w.DatabasePath, FileAttributes.Normal);
            else File.SetUnixFileMode(_w.DatabasePath, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            if (Directory.Exists(written)) Directory.Delete(written, recursive: true);
        }
    }

    [Fact]
    public void An_older_schema_is_refused_by_reading_commands_and_upgraded_by_base_initialiser()
    {
        var previous = OlderWarehouse();
        var before = Fingerprint();

        var (refused, cli) = Run("indicateurs", "--departement", "50", "--periode", "2019");

        Assert.Equal(1, refused);
        Assert.Equal($"Erreur : Le schéma de l'entrepôt {_w.DatabasePath} est en version {previous}, ce programme attend la version {SchemaVersion.Current} : " +
                     "mettez-le à jour avec « reporting base initialiser » (« reporting charger » le met aussi à jour avant de charger).", cli.Error.Trim());
        Assert.Equal(before, Fingerprint()); // refused without a write

        var (upgraded, init) = Run("base", "initialiser");
        Assert.True(upgraded == 0, init.ToString());
        Assert.Contains($"mis à jour : schéma en version {SchemaVersion.Current}.", init.Console);

        var (after, read) = Run("indicateurs", "--departement", "50", "--periode", "2019");
        Assert.Equal(1, after);
        Assert.Contains("est vide : aucun promeneur n'y est chargé", read.Error); // past the schema check
    }

    [Fact]
    public void Reporting_views_of_another_version_are_refused_until_they_are_re_created()
    {
        ReferenceFiles.Promeneurs(_w.InDepot("promeneurs.csv"), "PDN-50-0001;MARTIN;Alice;CS-50-001;50;Parentalité;;01/01/2018;");
        _w.Load();
        using (var session = _w.Open())
            session.ExecuteDdl("COMMENT ON VIEW rpt.activity_month IS 'une version précédente'");

        var (refused, cli) = Run("indicateurs", "--departement", "50", "--periode", "2019");

        Assert.Equal(1, refused);
        Assert.Equal($"Erreur : Les vues de restitution de l'entrepôt {_w.DatabasePath} ne sont pas celles de ce programme (il a été mis à jour depuis) : " +
                     "mettez-les à jour avec « reporting base initialiser » (« reporting charger » le fait aussi).", cli.Error.Trim());
        Assert.Equal(0, Run("base", "initialiser").ExitCode);
        Assert.Equal(0, Run("indicateurs", "--departement", "50", "--periode", "2019").ExitCode);
    }

    [Fact]
    public void A_newer_schema_is_refused_by_every_command_including_the_ones_that_migrate()
    {
        Assert.Equal(0, Run("base", "initialiser").ExitCode);
        using (var connection = new DuckDBConnection($"Data Source={_w.DatabasePath}"))
        {
            connection.Open();
            connection.Execute("INSERT INTO etl.schema_version VALUES ($v, 'un programme plus récent', TIMESTAMP '2030-01-01 00:00:00')", new { v = SchemaVersion.Current + 1 });
        }
        var expected = $"Le schéma de l'entrepôt {_w.DatabasePath} est en version {SchemaVersion.Current + 1}, plus récente que celle de ce programme ({SchemaVersion.Current}) : utilisez une version à jour de « reporting ».";

        var (read, reader) = Run("indicateurs", "--departement", "50", "--periode", "2019");
        var (init, initialiser) = Run("base", "initialiser");

        Assert.Equal((1, "Erreur : " + expected), (read, reader.Error.Trim()));
        Assert.Equal((1, "Erreur : " + expected), (init, initialiser.Error.Trim()));
    }

    /// <summary>A warehouse as the previous version of the program left it: every migration but the last.</summary>
    private int OlderWarehouse()
    {
        var migrations = SqlScripts.Under("duckdb/schema");
        using var connection = new DuckDBConnection($"Data Source={_w.DatabasePath}");
        connection.Open();
        var version = 0;
        foreach (var script in migrations.Take(migrations.Count - 1))
        {
            connection.Execute(SqlScripts.Get(script));
            version++;
            connection.Execute("INSERT INTO etl.schema_version VALUES ($v, $s, TIMESTAMP '2019-01-01 00:00:00')", new { v = version, s = script });
        }
        Assert.Equal(SchemaVersion.Current - 1, version);
        return version;
    }
}

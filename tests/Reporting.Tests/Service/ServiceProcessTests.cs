using Dapper;
using Reporting.Demo;
using Reporting.Domain.Periods;
using Reporting.Indicators.Computation;
using Reporting.Indicators.Definitions;
using Reporting.Outputs.Console;
using Reporting.Pipeline.Ingestion;
using Reporting.Service.State;
using Reporting.Tests.Pipeline;
using Reporting.Tests.Support;
using Reporting.Warehouse.Engine;
using Reporting.Warehouse.Schema;

namespace Reporting.Tests.Service;

/// <summary>
/// <c>reporting service</c> as operations run it: a real process, stopped by SIGTERM or killed by SIGKILL, two of
/// them on one depot and one warehouse. (Signals are POSIX: these tests run on Linux, CI included.)
/// </summary>
public sealed class ServiceProcessTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [SkippableFact]
    public void With_the_defaults_it_loads_the_demo_data_and_stops_cleanly_on_SIGTERM()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "Signaux POSIX : test sous Linux.");
        using var folder = new TempFolder();
        // A fresh clone: the appsettings.json beside the program, paths relative to the working folder.
        var depot = folder.Combine("donnees", "depot");
        DemoDataset.Generate(depot, 2019);
        var dropped = WarehouseRows.FilesUnder(depot);
        var archives = folder.Combine("donnees", "archives");

        using var service = new ServiceProcess(folder.Path);
        Assert.True(service.WaitUntil(() => WarehouseRows.FilesUnder(archives).Count > 0, Patience), service.Output);
        service.Terminate(); // in the middle of the load, most likely: the current file finishes, the rest waits
        Assert.True(service.WaitForExit(TimeSpan.FromSeconds(35)), "not stopped within 35 s\n" + service.Output);

        Assert.True(service.ExitCode == 0, service.Output);
        Assert.Contains("Service PdN Reporting démarré", service.Output);
        Assert.Contains("Arrêt demandé : le fichier en cours de chargement se termine", service.Output);
        Assert.EndsWith("Service PdN Reporting arrêté.", service.Output.TrimEnd());
        var state = StateFile.Read(folder.Combine("donnees", "service", "etat.json"))!;
        Assert.Equal(ServiceState.Stopped, state.Status);
        var log = Directory.EnumerateFiles(folder.Combine("donnees", "service", "journaux"), "reporting-*.log").Single();
        Assert.Contains("Service PdN Reporting arrêté.", File.ReadAllText(log));

        // Nothing half done: every file is either still in the depot, untouched, or recorded once and moved.
        var left = WarehouseRows.FilesUnder(depot);
        var moved = WarehouseRows.FilesUnder(archives).Count + WarehouseRows.FilesUnder(folder.Combine("donnees", "quarantaine")).Count(f => !f.EndsWith(".erreur.txt", StringComparison.Ordinal));
        Assert.Equal(dropped.Count, left.Count + moved);
        using var session = WarehouseSession.Open(WarehouseLocation.Parse(folder.Combine("donnees", "entrepot.duckdb")), create: false);
        Assert.Equal(moved, session.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM etl.source_file"));
        Assert.All(left, f => Assert.Equal(0L, session.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM etl.source_file WHERE file_name = $name", new { name = Path.GetFileName(f) })));
    }

    [SkippableFact]
    public void Killed_during_a_load_and_restarted_it_holds_each_file_whole_and_the_figures_of_a_clean_load()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "Signaux POSIX : test sous Linux.");
        using var folder = new TempFolder();
        var source = folder.Combine("source");
        DemoDataset.GenerateScale(source, departements: 1, perDepartement: 60);
        var depot = folder.Combine("depot");
        CopyTree(source, depot);
        var settings = Settings(folder, "00:00:01");

        using (var first = new ServiceProcess(folder.Path, settings))
        {
            var archives = folder.Combine("archives");
            Assert.True(first.WaitUntil(() => WarehouseRows.FilesUnder(archives).Count >= 3, Patience), first.Output);
            first.Kill();
            first.WaitForExit(TimeSpan.FromSeconds(10));
        }
        var leftAtKill = WarehouseRows.FilesUnder(depot).Count;
        Assert.True(leftAtKill > 0, "the load had finished before the kill: nothing was interrupted");

        using (var second = new ServiceProcess(folder.Path, settings))
        {
            Assert.True(second.WaitUntil(() => WarehouseRows.FilesUnder(depot).Count == 0 && Ingested(folder) , Patience), second.Output);
            second.Terminate();
            Assert.True(second.WaitForExit(TimeSpan.FromSeconds(35)), second.Output);
            Assert.Equal(0, second.ExitCode);
        }

        using var clean = new TestWarehouse();
        CopyTree(source, clean.Depot);
        clean.Load();
        using var killed = WarehouseSession.Open(WarehouseLocation.Parse(folder.Combine("entrepot.duckdb")), create: false);
        using var expected = clean.Open();
        Assert.Equal(Figures(expected), Figures(killed));
        // Each file's rows loaded once: no content hash is recorded as loaded twice.
        Assert.Equal(0L, killed.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM (SELECT sha256 FROM etl.source_file WHERE status = 'Chargé' GROUP BY sha256 HAVING COUNT(*) > 1)"));
        Assert.Equal(WarehouseRows.FilesUnder(source).Count, killed.Connection.ExecuteScalar<long>("SELECT COUNT(DISTINCT sha256) FROM etl.source_file WHERE status = 'Chargé'"));
    }

    [SkippableFact]
    public void Two_services_on_one_depot_and_one_warehouse_never_load_a_file_twice()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "Signaux POSIX : test sous Linux.");
        using var folder = new TempFolder();
        var source = folder.Combine("source");
        var manifest = DemoDataset.Generate(source, 2019);
        var files = WarehouseRows.FilesUnder(source);
        var depot = folder.Combine("depot");
        Directory.CreateDirectory(depot);

        using var a = new ServiceProcess(folder.Path, [.. Settings(folder, "00:00:01"), $"--Service:Dossier={folder.Combine("service-a")}"]);
        using var b = new ServiceProcess(folder.Path, [.. Settings(folder, "00:00:01"), $"--Service:Dossier={folder.Combine("service-b")}"]);
        // Files arrive in three batches while both services tick every second.
        foreach (var batch in files.Chunk((files.Count + 2) / 3))
        {
            foreach (var file in batch)
            {
                var target = Path.Combine(depot, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(source, file), target);
            }
            Thread.Sleep(700);
        }
        Assert.True(a.WaitUntil(() => WarehouseRows.FilesUnder(depot).Count == 0, Patience), a.Output + b.Output);
        Thread.Sleep(1500); // a last tick each
        a.Terminate();
        b.Terminate();
        Assert.True(a.WaitForExit(TimeSpan.FromSeconds(35)) && b.WaitForExit(TimeSpan.FromSeconds(35)));
        Assert.Equal(0, a.ExitCode);
        Assert.Equal(0, b.ExitCode);

        using var session = WarehouseSession.Open(WarehouseLocation.Parse(folder.Combine("entrepot.duckdb")), create: false);
        // One audit row per file dropped, one archived or quarantined copy each, and no rows loaded twice.
        var audited = session.Connection.Query<string>("SELECT original_path FROM etl.source_file").ToList();
        Assert.Equal(files.Count, audited.Count);
        Assert.Equal(files.Count, audited.Distinct().Count());
        var kept = WarehouseRows.FilesUnder(folder.Combine("archives")).Concat(WarehouseRows.FilesUnder(folder.Combine("quarantaine")).Where(f => !f.EndsWith(".erreur.txt", StringComparison.Ordinal))).ToList();
        Assert.Equal(files.Count, kept.Count);
        Assert.DoesNotContain(kept, f => f.Contains(" (2)", StringComparison.Ordinal));
        using var clean = new TestWarehouse();
        CopyTree(source, clean.Depot);
        clean.Load();
        using var expected = clean.Open();
        Assert.Equal(Figures(expected), Figures(session));
        Assert.NotEmpty(manifest.Departements);
    }

    /// <summary>The service's folders under <paramref name="folder"/>, a fast tick and a short settle delay.</summary>
    private static string[] Settings(TempFolder folder, string interval) =>
    [
        $"--Entrepot={folder.Combine("entrepot.duckdb")}",
        $"--Depot={folder.Combine("depot")}",
        $"--Archives={folder.Combine("archives")}",
        $"--Quarantaine={folder.Combine("quarantaine")}",
        $"--Annexes:Sortie={folder.Combine("annexes")}",
        $"--Service:Dossier={folder.Combine("service")}",
        $"--Service:IntervalleChargement={interval}",
        "--Service:DelaiStabilite=00:00:00.2",
        "--Service:Rattrapage=1",
    ];

    /// <summary>True once the service recorded an ingest that left nothing in the depot.</summary>
    private static bool Ingested(TempFolder folder) =>
        StateFile.Read(folder.Combine("service", "etat.json")) is { LastIngest: not null } state
        && state.Jobs.All(j => j.Outcome != JobState.Running);

    /// <summary>What a load leaves in the warehouse, as text: the indicators of the year (national and per département) and the row counts.</summary>
    private static string Figures(WarehouseSession session)
    {
        var indicators = new IndicatorService(session);
        var national = IndicatorJsonWriter.Write(indicators.Compute(new Scope(null, Period.Year(2019), null, Population.Actifs), StatisticalSecrecy.DefaultThreshold));
        var departements = session.Connection.Query<string>("SELECT DISTINCT departement_code FROM dim.promeneur ORDER BY 1").ToList();
        var each = departements.Select(d => IndicatorJsonWriter.Write(indicators.Compute(new Scope(d, Period.Year(2019), null, Population.Actifs), StatisticalSecrecy.DefaultThreshold)));
        var counts = new[] { "fact.monthly_activity", "fact.solicitation", "fact.attendance", "fact.response", "dim.promeneur", "dim.structure", "dim.event", "etl.rejected_row" }
            .Select(t => $"{t}={session.Connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM {t}")}");
        return string.Join('\n', [national, .. each, .. counts]);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in WarehouseRows.FilesUnder(from))
        {
            var target = Path.Combine(to, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(Path.Combine(from, file), target);
            File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(Path.Combine(from, file)));
        }
    }
}

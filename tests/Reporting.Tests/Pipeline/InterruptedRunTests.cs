using System.Diagnostics;
using Reporting.Tests.Cli;
using Reporting.Tests.Support;

namespace Reporting.Tests.Pipeline;

/// <summary>
/// A load killed mid-way (kill -9, a machine restarted) leaves its audit row « En cours » in <c>etl.run</c>: the next
/// load, which holds the warehouse alone, marks it « Interrompu ». The kill is real: the program is made to stop inside
/// its run on a named pipe dropped in the depot (reading it blocks until someone writes), then killed.
/// </summary>
public sealed class InterruptedRunTests : IDisposable
{
    private readonly TestWarehouse _w = new();

    public void Dispose() => _w.Dispose();

    private sealed record RunRow(int RunKey, string Status, DateTime? FinishedAt, int FilesLoaded);

    [SkippableFact]
    public async Task A_run_killed_mid_way_is_marked_interrupted_by_the_next_one()
    {
        Skip.If(OperatingSystem.IsWindows(), "Named pipes in a folder (mkfifo) need a Unix system.");
        ReferenceFiles.Promeneurs(_w.InDepot("promeneurs.csv"), "PDN-50-0001;MARTIN;Alice;CS-50-001;50;Parentalité;;01/01/2018;");
        _w.Load();
        var pipe = _w.InDepot("bloquant.csv");
        MakeFifo(pipe);
        ReferenceFiles.Promeneurs(_w.InDepot("promeneurs-2.csv"), "PDN-50-0002;DURAND;Paul;CS-50-001;50;Jeunesse;;01/01/2018;");

        var loader = ReportingProcess.Start(_w.Root, ["--entrepot", _w.DatabasePath, "charger", "--depot", _w.Depot, "--archives", _w.Archives, "--quarantaine", _w.Quarantine]);
        // Opening the pipe for writing returns once the loader opens it to read: the loader is inside its run.
        var writer = await Task.Run(() => new FileStream(pipe, FileMode.Open, FileAccess.Write)).WaitAsync(TimeSpan.FromSeconds(60));
        loader.Kill();
        await writer.DisposeAsync();
        File.Delete(pipe);

        var next = new CliHarness();
        Assert.True(next.Run("--entrepot", _w.DatabasePath, "charger", "--depot", _w.Depot, "--archives", _w.Archives, "--quarantaine", _w.Quarantine) == 0, next.ToString());

        var runs = WarehouseRows.Query<RunRow>(_w, "SELECT run_key, status, finished_at, files_loaded FROM etl.run ORDER BY run_key");
        Assert.Equal(["Terminé", "Interrompu", "Terminé"], runs.Select(r => r.Status));
        Assert.Null(runs[1].FinishedAt); // nobody knows when it died
        Assert.Equal(1, runs[2].FilesLoaded);
        Assert.Equal(2, WarehouseRows.Count(_w, "SELECT COUNT(DISTINCT promeneur_id) FROM dim.promeneur"));
    }

    [Fact]
    public void A_run_that_finished_is_never_marked_interrupted()
    {
        ReferenceFiles.Promeneurs(_w.InDepot("promeneurs.csv"), "PDN-50-0001;MARTIN;Alice;CS-50-001;50;Parentalité;;01/01/2018;");
        _w.Load();
        _w.Load();

        Assert.Equal(["Terminé", "Terminé"], WarehouseRows.Query<string>(_w, "SELECT status FROM etl.run ORDER BY run_key"));
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }
}

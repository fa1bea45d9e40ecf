using Reporting.Pipeline.Ingestion;
using Reporting.Tests.Pipeline;
using Reporting.Tests.Support;
using Reporting.Warehouse.Loading;

namespace Reporting.Tests.Service;

/// <summary>
/// What the service needs of an ingestion run: it stops between two files when the service stops (the file being
/// loaded finishes, the next ones stay in the depot), and it takes only the files the service found stable.
/// </summary>
public sealed class IngestionCancellationTests
{
    private sealed class CancelAfterFirst(CancellationTokenSource stop) : IIngestionProgress
    {
        public void Started(int files)
        {
        }

        public void Processed(string path) => stop.Cancel();
    }

    private static void ThreeLists(TestWarehouse w)
    {
        ReferenceFiles.Structures(w.InDepot("a_structures.csv"), "CS-50-001;Centre social A;Centre social;Saint-Lô;50");
        ReferenceFiles.Promeneurs(w.InDepot("b_promeneurs.csv"), "PDN-50-0001;MARTIN;Alice;CS-50-001;50;Parentalité;Référent famille;01/01/2018;");
        ReferenceFiles.Promeneurs(w.InDepot("c_promeneurs.csv"), "PDN-50-0002;BERNARD;Bruno;CS-50-001;50;Parentalité;Référent famille;01/01/2018;");
    }

    [Fact]
    public void A_run_cancelled_stops_after_the_file_it_is_loading_and_leaves_the_others_in_the_depot()
    {
        using var w = new TestWarehouse();
        ThreeLists(w);
        using var stop = new CancellationTokenSource();

        IngestionReport report;
        using (var session = w.Open())
            report = new Ingestion(session, w.Clock, w.Options, new CancelAfterFirst(stop)).Run(stop.Token);

        var loaded = Assert.Single(report.Files);
        Assert.Equal(FileStatus.Loaded, loaded.Status);
        Assert.Equal(2, WarehouseRows.FilesUnder(w.Depot).Count);
        Assert.Equal(["Interrompu"], WarehouseRows.Query<string>(w, "SELECT status FROM etl.run"));
        Assert.Equal(1L, WarehouseRows.Count(w, "SELECT COUNT(*) FROM etl.source_file"));
    }

    [Fact]
    public void A_run_takes_only_the_files_it_is_told_to_accept()
    {
        using var w = new TestWarehouse();
        ThreeLists(w);

        IngestionReport report;
        using (var session = w.Open())
            report = new Ingestion(session, w.Clock, w.Options with { Accept = p => !p.EndsWith("c_promeneurs.csv", StringComparison.Ordinal) }).Run();

        Assert.Equal(2, report.Count(FileStatus.Loaded));
        Assert.Equal(["c_promeneurs.csv"], WarehouseRows.FilesUnder(w.Depot));
    }
}

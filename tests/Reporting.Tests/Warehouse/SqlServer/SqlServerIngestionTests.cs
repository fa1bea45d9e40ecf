using Reporting.Pipeline.Ingestion;
using Reporting.Tests.Support;
using Reporting.Tests.Support.SqlServerFake;
using Reporting.Warehouse.Loading;

namespace Reporting.Tests.Warehouse.SqlServer;

/// <summary>A whole <c>charger</c> run with the SQL Server writer, on the recording connection.</summary>
public sealed class SqlServerIngestionTests
{
    [Fact]
    public void A_run_holds_the_load_lock_from_its_first_statement_to_its_last_and_loads_each_file_in_its_own_transaction()
    {
        using var folder = new TempFolder();
        var depot = folder.Combine("depot");
        ReferenceFiles.Structures(Path.Combine(depot, "structures.csv"), "CS-50-001;Centre social du Bocage;Centre social;Saint-Lô;50");
        ReferenceFiles.Promeneurs(Path.Combine(depot, "promeneurs.csv"), "PDN-50-0001;Martin;Léa;CS-50-001;50;Jeunesse;Animatrice;01/01/2018;", "PDN-50-0002;Durand;Paul;CS-50-001;50;Parentalité;;01/03/2019;");
        using var fake = new FakeSqlServer();
        var options = new IngestOptions(depot, folder.Combine("archives"), folder.Combine("quarantaine"));

        var report = new Ingestion(fake.Writer, fake.Clock, options).Run();

        Assert.Equal(2, report.Count(FileStatus.Loaded));
        var scripts = fake.Scripts;
        Assert.Equal("sqlserver/load/applock_acquire.sql", scripts[0]);
        Assert.Equal("sqlserver/load/run_mark_interrupted.sql", scripts[1]);
        Assert.Equal("sqlserver/load/run_insert.sql", scripts[2]);
        Assert.Equal("sqlserver/load/run_finish.sql", scripts[^2]);
        Assert.Equal("sqlserver/load/applock_release.sql", scripts[^1]);
        Assert.Equal(2, fake.Connection.Commits);
        Assert.Equal(["sqlserver/load/structure_upsert.sql", "sqlserver/load/promeneur_upsert.sql"],
            scripts.Where(s => s.EndsWith("_upsert.sql", StringComparison.Ordinal)));
        Assert.Equal(["stage.structure", "stage.promeneur"], fake.Connection.Batches.Select(b => b.Table));
        Assert.DoesNotContain(scripts, s => s.StartsWith("NOT A FILE", StringComparison.Ordinal));
    }

    [Fact]
    public void A_run_reads_what_it_needs_of_the_warehouse_once_not_once_per_file()
    {
        using var folder = new TempFolder();
        var depot = folder.Combine("depot");
        ReferenceFiles.Structures(Path.Combine(depot, "structures.csv"), "CS-50-001;Centre social du Bocage;Centre social;Saint-Lô;50");
        ReferenceFiles.Promeneurs(Path.Combine(depot, "promeneurs.csv"), "PDN-50-0001;Martin;Léa;CS-50-001;50;Jeunesse;Animatrice;01/01/2018;");
        for (var i = 1; i <= 3; i++)
            new TrackingWorkbookBuilder($"PDN-50-000{i}").Month("Janvier", i, 1, 1, 1, 1, 1).Save(Path.Combine(depot, $"suivi{i}.xlsx"));
        using var fake = new FakeSqlServer();

        var report = new Ingestion(fake.Writer, fake.Clock, new IngestOptions(depot, folder.Combine("archives"), folder.Combine("quarantaine"))).Run();

        Assert.Equal(5, report.Files.Count);
        int Count(string script) => fake.Scripts.Count(s => s == "sqlserver/load/" + script);
        Assert.Equal(1, Count("source_file_known.sql"));
        Assert.Equal(1, Count("source_file_current_all.sql"));
        Assert.Equal(1, Count("promeneur_all_versions.sql")); // read again only after a promeneur list loads
        Assert.Equal(0, Count("source_file_find_by_hash.sql"));
        Assert.Equal(0, Count("source_file_current_tracking.sql"));
        Assert.Equal(0, Count("promeneur_versions_of.sql"));
    }

    [Fact]
    public void A_run_that_cannot_take_the_lock_loads_nothing_and_leaves_the_depot_as_it_is()
    {
        using var folder = new TempFolder();
        var depot = folder.Combine("depot");
        var file = ReferenceFiles.Structures(Path.Combine(depot, "structures.csv"), "S1;Centre social;Centre social;Saint-Lô;50");
        using var fake = new FakeSqlServer();
        fake.Connection.On("sqlserver/load/applock_acquire.sql", _ => -1);

        Assert.Throws<Reporting.Warehouse.Engine.WarehouseBusyException>(() =>
            new Ingestion(fake.Writer, fake.Clock, new IngestOptions(depot, folder.Combine("archives"), folder.Combine("quarantaine"))).Run());

        Assert.True(File.Exists(file));
        Assert.Equal(["sqlserver/load/applock_acquire.sql", "sqlserver/load/applock_acquire.sql"], fake.Scripts); // at once, then waiting
    }
}

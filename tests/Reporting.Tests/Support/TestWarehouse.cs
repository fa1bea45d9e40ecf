using Microsoft.Extensions.Time.Testing;
using Reporting.Indicators.Computation;
using Reporting.Indicators.Definitions;
using Reporting.Pipeline.Ingestion;
using Reporting.Warehouse.Engine;
using Reporting.Warehouse.Schema;

namespace Reporting.Tests.Support;

/// <summary>
/// A fresh embedded warehouse in a temp folder, with a depot, archive and quarantine beside it and
/// a fake clock: the whole pipeline, for real, on DuckDB.
/// </summary>
public sealed class TestWarehouse : IDisposable
{
    private readonly TempFolder _folder = new();

    public TestWarehouse(DateTimeOffset? now = null)
    {
        Clock = new FakeTimeProvider(now ?? new DateTimeOffset(2020, 2, 15, 10, 0, 0, TimeSpan.Zero));
        Directory.CreateDirectory(Depot);
    }

    public FakeTimeProvider Clock { get; }

    public string Root => _folder.Path;

    public string Depot => _folder.Combine("depot");

    public string DatabasePath => _folder.Combine("entrepot.duckdb");

    public string Archives => _folder.Combine("archives");

    public string Quarantine => _folder.Combine("quarantaine");

    public WarehouseLocation Location => WarehouseLocation.Parse(DatabasePath);

    public IngestOptions Options => new(Depot, Archives, Quarantine);

    /// <summary>A path inside the depot.</summary>
    public string InDepot(params string[] parts) => Path.Combine([Depot, .. parts]);

    public WarehouseSession Open()
    {
        var session = WarehouseSession.Open(Location, create: true);
        SchemaManager.Initialize(session, Clock);
        return session;
    }

    /// <summary>Runs <c>charger</c> on the depot.</summary>
    public IngestionReport Load()
    {
        using var session = Open();
        return new Ingestion(session, Clock, Options).Run();
    }

    public IndicatorResult Indicators(Scope scope, int seuil = StatisticalSecrecy.DefaultThreshold)
    {
        using var session = Open();
        return new IndicatorService(session).Compute(scope, seuil);
    }

    public void Dispose() => _folder.Dispose();
}

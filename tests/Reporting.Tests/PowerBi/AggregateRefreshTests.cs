using Dapper;
using Reporting.Tests.Cli;
using Reporting.Tests.Indicators;
using Reporting.Tests.Support;
using Reporting.Warehouse.Engine;

namespace Reporting.Tests.PowerBi;

/// <summary>When the indicator aggregate is rebuilt: after a load that loaded a file, and by « reporting powerbi preparer ».</summary>
public sealed class AggregateRefreshTests
{
    private static (long Scopes, DateTime? ComputedAt) Aggregate(string database)
    {
        using var session = WarehouseSession.Open(WarehouseLocation.Parse(database), create: false);
        return session.Connection.QuerySingle<(long, DateTime?)>("SELECT COUNT(*), MAX(computed_at) FROM rpt.indicator_scope");
    }

    [Fact]
    public void Charger_rebuilds_the_aggregate_when_it_loads_a_file_and_keeps_it_when_nothing_changed()
    {
        using var folder = new TempFolder();
        var depot = folder.Combine("depot");
        Directory.CreateDirectory(depot);
        NationalData.WritePromeneurs(depot, ("50", 2));
        NationalData.WriteWorkbook(depot, "50", 1, ["Janvier", 3, 0, 1, 10, 1, 1]);
        var database = folder.Combine("e.duckdb");
        var cli = new CliHarness(now: new DateTimeOffset(2019, 3, 20, 8, 0, 0, TimeSpan.Zero));

        Assert.Equal(0, cli.Run("--entrepot", database, "charger", "--depot", depot));

        // 2019 up to March: 3 months, the year, 3 cumuls, 3 twelve-month periods = 10 periods × 3 labels × 2 populations.
        Assert.Contains("Agrégat Power BI recalculé : 60 périmètres (10 périodes × labels × populations, année 2019)", cli.Console, StringComparison.Ordinal);
        var first = Aggregate(database);
        Assert.Equal(60, first.Scopes);

        // The files were archived: a second run finds nothing to load.
        var again = new CliHarness(now: new DateTimeOffset(2019, 3, 21, 8, 0, 0, TimeSpan.Zero));
        Assert.Equal(0, again.Run("--entrepot", database, "charger", "--depot", depot));
        Assert.DoesNotContain("Agrégat Power BI", again.Console, StringComparison.Ordinal);
        Assert.Equal(first, Aggregate(database));
    }

    [Fact]
    public void Powerbi_preparer_rebuilds_it_on_demand_and_refuses_an_empty_warehouse()
    {
        using var w = NationalData.ThreeDepartements();
        var cli = new CliHarness(now: new DateTimeOffset(2019, 2, 10, 8, 0, 0, TimeSpan.Zero));

        Assert.Equal(0, cli.Run("--entrepot", w.DatabasePath, "powerbi", "preparer"));
        Assert.Contains("Agrégat Power BI recalculé : 42 périmètres (7 périodes × labels × populations, année 2019)", cli.Console, StringComparison.Ordinal);
        Assert.Equal(42, Aggregate(w.DatabasePath).Scopes);

        using var empty = new TestWarehouse();
        using (empty.Open()) { }
        var refused = new CliHarness();
        Assert.Equal(1, refused.Run("--entrepot", empty.DatabasePath, "powerbi", "preparer"));
        Assert.Contains("est vide : aucun promeneur n'y est chargé", refused.Error, StringComparison.Ordinal);
    }
}

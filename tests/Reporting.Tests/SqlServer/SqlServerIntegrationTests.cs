using Dapper;
using Microsoft.Extensions.Time.Testing;
using Reporting.Demo;
using Reporting.Domain.Periods;
using Reporting.Indicators.Computation;
using Reporting.Indicators.Definitions;
using Reporting.Indicators.Questionnaires;
using Reporting.Outputs.Console;
using Reporting.Pipeline.Ingestion;
using Reporting.Tests.Cli;
using Reporting.Tests.Support;
using Reporting.Warehouse.Engine;
using Reporting.Warehouse.Loading;
using Reporting.Warehouse.Loading.SqlServer;
using Reporting.Warehouse.Queries;
using Reporting.Warehouse.Schema;

namespace Reporting.Tests.SqlServer;

/// <summary>
/// The whole pipeline against a real SQL Server, when <c>REPORTING_TEST_SQLSERVER</c> holds a connection string
/// (skipped otherwise, with the reason): publish the dacpac to a fresh database and seed it, load the demo
/// depot, and compare the indicators, questionnaire results and template identities with the ones DuckDB gives
/// for the same depot; load again (nothing changes); a second loader waits for the load lock and gives up.
/// </summary>
[Collection(nameof(SqlServerIntegrationTests))]
public sealed class SqlServerIntegrationTests : IClassFixture<SqlServerDatabase>
{
    private static readonly DateTimeOffset Now = new(2020, 2, 15, 10, 0, 0, TimeSpan.Zero);

    private readonly SqlServerDatabase _database;

    public SqlServerIntegrationTests(SqlServerDatabase database) => _database = database;

    private void RequireServer() => Skip.IfNot(_database.Available, SqlServerDatabase.SkipReason);

    [SkippableFact]
    public void The_deployed_schema_is_at_the_current_version_and_seeded_like_DuckDB()
    {
        RequireServer();
        using var session = _database.Open();
        using var duckDb = new TestWarehouse(Now);
        using var duck = duckDb.Open();

        Assert.Equal(SchemaVersion.Current, SqlServerSchema.CurrentVersion(session));
        foreach (var table in new[] { "dim.departement", "dim.label", "dim.direction", "dim.interlocutor", "dim.contact_mode", "dim.theme", "dim.age_band", "dim.attendance_status", "dim.calendar", "dim.calendar_month", "dim.structure" })
            Assert.Equal(duck.Connection.ExecuteScalar<long>($"SELECT COUNT(*) FROM {table}"), session.Connection.ExecuteScalar<long>($"SELECT COUNT_BIG(*) FROM {table}"));
        Assert.Equal(0, session.Connection.ExecuteScalar<int>("SELECT structure_key FROM dim.structure WHERE code = N'?'"));
    }

    [SkippableFact]
    public void The_demo_depot_gives_the_same_indicators_questionnaires_and_templates_as_DuckDB_and_loads_once()
    {
        RequireServer();
        using var folder = new TempFolder();
        var clock = new FakeTimeProvider(Now);
        using var duckDb = new TestWarehouse(Now);
        var manifest = DemoDataset.Generate(duckDb.Depot);
        var duckReport = duckDb.Load();

        var depot = folder.Combine("depot");
        DemoDataset.Generate(depot);
        var options = new IngestOptions(depot, folder.Combine("archives"), folder.Combine("quarantaine"));
        IngestionReport sqlReport;
        using (var session = _database.Open())
            sqlReport = new Ingestion(session, clock, options).Run();

        Assert.Equal(Summary(duckReport), Summary(sqlReport));
        using (var session = _database.Open())
        using (var duck = duckDb.Open())
        {
            foreach (var scope in new[]
            {
                new Scope("50", Period.Year(manifest.Year), null, Population.Actifs),
                new Scope("50", Period.Year(manifest.Year), "Parentalité", Population.PeriodeComplete),
                new Scope(null, Period.Year(manifest.Year), null, Population.Actifs),
                new Scope(null, Period.TryParse($"{manifest.Year}-01..{manifest.Year}-06", out _)!, "Jeunesse", Population.Actifs),
            })
                Assert.Equal(IndicatorJsonWriter.Write(new IndicatorService(duck).Compute(scope)), IndicatorJsonWriter.Write(new IndicatorService(session).Compute(scope)));
            foreach (var code in new[] { DemoQuestionnaires.QualitativeCode(manifest.Year), DemoQuestionnaires.FlashCode(manifest.Year) })
            {
                var onDuckDb = new QuestionnaireService(duck).Compute(code, null, citations: true);
                var onSqlServer = new QuestionnaireService(session).Compute(code, null, citations: true);
                Assert.NotNull(onDuckDb);
                Assert.Equal(QuestionnaireJsonWriter.Write(onDuckDb), QuestionnaireJsonWriter.Write(onSqlServer!));
            }
            Assert.Equal(new ReferenceQueries(duck).TemplateIdentities("50", manifest.Year + 1), new ReferenceQueries(session).TemplateIdentities("50", manifest.Year + 1));
            Assert.Equal(0, session.Connection.ExecuteScalar<int>("SELECT COUNT(*) FROM stage.promeneur") + session.Connection.ExecuteScalar<int>("SELECT COUNT(*) FROM stage.solicitation"));
        }

        // The same files again: every one is recognised as already loaded, nothing changes.
        var again = folder.Combine("again");
        DemoDataset.Generate(again);
        IngestionReport second;
        using (var session = _database.Open())
            second = new Ingestion(session, clock, options with { Depot = again }).Run();
        Assert.Equal(0, second.Count(FileStatus.Loaded));
        Assert.Equal(0, second.RowsLoaded);
    }

    [SkippableFact]
    public void The_CLI_reads_SQL_Server_through_the_same_commands()
    {
        RequireServer();
        var (exitCode, cli) = CliHarness.Execute("--entrepot", _database.ConnectionString!, "questionnaire", "--code", "QQ-1900");

        // The demo may or may not be loaded yet (test order): either way the command reached the warehouse and answered in French.
        Assert.True(exitCode is 1 or 2, cli.ToString());
        Assert.StartsWith("Erreur : ", cli.Error);
        Assert.DoesNotContain("Password", cli.Error, StringComparison.OrdinalIgnoreCase);
    }

    [SkippableFact]
    public void A_second_loader_waits_for_the_load_lock_then_gives_up_in_french()
    {
        RequireServer();
        using var first = _database.Open();
        using var second = _database.Open();
        var options = new SqlServerWriterOptions { LockTimeout = TimeSpan.FromSeconds(1), MaxRetries = 0 };
        var holder = new SqlServerWarehouseWriter(first, new SqlServerBulkCopier(), options, TimeProvider.System);
        var waiter = new SqlServerWarehouseWriter(second, new SqlServerBulkCopier(), options, TimeProvider.System);

        using (holder.LockForLoading())
        {
            var error = Assert.Throws<WarehouseBusyException>(() => waiter.LockForLoading());
            Assert.Contains("Un autre chargement est en cours", error.Message);
        }
        using (waiter.LockForLoading())
        {
            // Released by the first: the second takes it.
        }
    }

    private static string Summary(IngestionReport r) =>
        $"{r.Count(FileStatus.Loaded)} chargés, {r.Count(FileStatus.Duplicate)} doublons, {r.Count(FileStatus.Older)} anciens, {r.Count(FileStatus.Quarantined)} en quarantaine, {r.RowsLoaded} lignes, {r.RowsRejected} rejetées, {r.Errors.Count} erreurs";
}

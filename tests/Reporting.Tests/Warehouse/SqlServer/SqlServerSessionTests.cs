using System.Data;
using Reporting.Domain.Periods;
using Reporting.Indicators.Computation;
using Reporting.Indicators.Definitions;
using Reporting.Indicators.Questionnaires;
using Reporting.Tests.Support;
using Reporting.Tests.Support.SqlServerFake;
using Reporting.Warehouse.Engine;
using Reporting.Warehouse.Loading.SqlServer;
using Reporting.Warehouse.Queries;
using Reporting.Warehouse.Schema;

namespace Reporting.Tests.Warehouse.SqlServer;

/// <summary>
/// <c>indicateurs</c>, <c>questionnaire</c> and <c>modeles</c> read SQL Server through the same shared queries as
/// DuckDB: the text sent is the file's, unchanged (@name parameters), DateOnly parameters go as <c>date</c>, and
/// rows typed as SqlClient types them (a <c>date</c> is a DateTime there) fill the same records.
/// </summary>
public sealed class SqlServerSessionTests
{
    private static (RecordingConnection Connection, WarehouseSession Session) Fake()
    {
        var connection = new RecordingConnection();
        connection.Open();
        return (connection, WarehouseSession.Attach(WarehouseLocation.Parse("Server=fake;Database=Reporting"), connection));
    }

    [Fact]
    public void Indicators_run_the_shared_query_with_typed_parameters()
    {
        var (connection, session) = Fake();
        using var _ = session;
        connection.On("queries/indicators.sql", _ =>
            new FakeResult([("departement_code", "nvarchar"), ("promeneur_id", "varchar"), ("indicator", "varchar"), ("category", "varchar"), ("amount", "decimal")],
            [["50", "", "promeneurs", "", 6m], ["50", "", "heures_en_ligne", "", 120.5m], ["50", "", "themes", "Scolarité", 4m]]));

        var result = new IndicatorService(session).Compute(new Scope("50", Period.Year(2019), null, Population.Actifs));

        Assert.Equal(6m, result.Total.Promeneurs);
        var sent = Assert.Single(connection.Commands);
        Assert.Equal("queries/indicators.sql", sent.Script);
        Assert.Equal(SqlScripts.Get("queries/indicators.sql"), session.Sql("queries/indicators.sql")); // no rewriting for SQL Server
        var firstDay = sent.Parameters.Single(p => p.Name == "first_day");
        Assert.Equal((DbType.Date, (object?)new DateTime(2019, 1, 1)), (firstDay.Type, firstDay.Value));
        Assert.Equal(DbType.String, sent.Parameters.Single(p => p.Name == "departement").Type);
        Assert.Equal(DbType.Int32, sent.Parameters.Single(p => p.Name == "full_period").Type);
    }

    [Fact]
    public void Questionnaire_results_are_read_into_the_same_records()
    {
        var (connection, session) = Fake();
        using var _ = session;
        connection
            .On("queries/questionnaire_questions.sql", _ => new FakeResult(
                [("questionnaire_code", "nvarchar"), ("questionnaire_title", "nvarchar"), ("survey_year", "smallint"), ("departement_code", "nvarchar"),
                 ("question_number", "smallint"), ("question_code", "nvarchar"), ("question_label", "nvarchar"), ("question_type", "nvarchar"),
                 ("scale_min", "smallint"), ("scale_max", "smallint"), ("option_number", "smallint"), ("option_label", "nvarchar")],
                [["QQ-2019", "Questionnaire", (short)2019, "50", (short)1, "Q1", "Satisfaction", "échelle", (short)1, (short)3, null, null]]))
            .On("queries/questionnaire_results.sql", _ => new FakeResult(
                [("question_code", "nvarchar"), ("measure", "varchar"), ("option_label", "nvarchar"), ("numeric_value", "decimal"), ("amount", "decimal")],
                [["", "repondants", "", null, 2m], ["Q1", "repondants", "", null, 2m], ["Q1", "valeurs", "", null, 2m], ["Q1", "somme", "", null, 5m],
                 ["Q1", "minimum", "", null, 2m], ["Q1", "maximum", "", null, 3m], ["Q1", "repartition", "", 2m, 1m], ["Q1", "repartition", "", 3m, 1m]]));

        var result = new QuestionnaireService(session).Compute("qq-2019");

        Assert.NotNull(result);
        Assert.Equal(2, result.Reponses);
        var q = Assert.Single(result.Questions);
        Assert.Equal(2.5m, q.Moyenne);
        Assert.Equal([(1, 0), (2, 1), (3, 1)], q.Repartition!);
        Assert.Equal("QQ-2019", connection.Commands[0]["code"]);
    }

    [Fact]
    public void Template_identities_and_the_promeneur_count_read_SQL_Server_rows()
    {
        var (connection, session) = Fake();
        using var _ = session;
        connection
            .On("queries/template_promeneurs.sql", _ => new FakeResult(
                [("promeneur_id", "nvarchar"), ("last_name", "nvarchar"), ("first_name", "nvarchar"), ("structure_code", "nvarchar"), ("departement_code", "nvarchar"), ("label", "nvarchar")],
                [["P001", "Martin", "Léa", "S1", "50", "Jeunesse"]]))
            .On("queries/promeneur_count.sql", _ => 1L);
        var queries = new ReferenceQueries(session);

        Assert.Equal(1L, queries.PromeneurCount());
        var identity = Assert.Single(queries.TemplateIdentities("50", 2020));
        Assert.Equal("Jeunesse", identity.Label);
        var sent = connection.Commands.Single(c => c.Script == "queries/template_promeneurs.sql");
        Assert.Equal(new DateTime(2020, 12, 31), sent["last_day"]);
    }

    [Fact]
    public void A_date_column_is_read_as_DateOnly_and_a_datetime2_column_as_DateTime()
    {
        var (connection, session) = Fake();
        using var _ = session;
        connection.On("sqlserver/load/questionnaire_files.sql", _ => FakeResult.Row(("file_key", "int", 3), ("file_name", "nvarchar", "QQ.xlsx"), ("status", "nvarchar", "Chargé"), ("processed_at", "datetime2", new DateTime(2020, 1, 2, 3, 4, 5))));
        connection.On("sqlserver/load/promeneur_versions_of.sql", _ => FakeResult.Row(
            ("promeneur_key", "int", 1), ("promeneur_id", "nvarchar", "P1"), ("last_name", "nvarchar", "A"), ("first_name", "nvarchar", "B"),
            ("structure_code", "nvarchar", "S"), ("structure_key", "int", 0), ("departement_code", "nvarchar", "50"), ("label", "nvarchar", "Jeunesse"),
            ("job", "nvarchar", null), ("labelled_from", "date", new DateOnly(2018, 1, 1)), ("labelled_to", "date", null),
            ("valid_from", "date", new DateOnly(1900, 1, 1)), ("valid_to", "date", new DateOnly(9999, 12, 31)), ("is_current", "smallint", (short)1)));

        var files = session.Query<Reporting.Warehouse.Loading.KnownFile>("sqlserver/load/questionnaire_files.sql", new { code = "QQ" }).ToList();
        var versions = session.Query<Reporting.Warehouse.Loading.PromeneurVersion>("sqlserver/load/promeneur_versions_of.sql", new { promeneur_id = "P1" }).ToList();

        Assert.Equal(new DateTime(2020, 1, 2, 3, 4, 5), Assert.Single(files).ProcessedAt);
        Assert.Equal(new DateOnly(9999, 12, 31), Assert.Single(versions).ValidTo);
        Assert.Null(versions[0].LabelledTo);
    }

    [Fact]
    public void Both_engines_seed_the_same_built_in_rows()
    {
        var (connection, session) = Fake();
        using var _ = session;
        connection.On("sqlserver/load/seed_counts.sql", _ => new FakeResult(
            [("departements", "bigint"), ("labels", "bigint"), ("directions", "bigint"), ("days", "bigint"), ("months", "bigint"), ("unknown_structures", "bigint"), ("attendance_statuses", "bigint"), ("onboarding_steps", "bigint")],
            [[0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L]]));

        SqlServerSchema.Initialize(session, new RecordingBulkCopier(rowsShown: 0), TimeProvider.System);

        var sqlServer = connection.Commands.Where(c => c.Script.Contains("/seed_", StringComparison.Ordinal) && c.Script != "sqlserver/load/seed_counts.sql")
            .GroupBy(c => c.Script).ToDictionary(g => g.Key, g => g.Count());
        var days = connection.Batches.Where(b => b.Table == "stage.calendar").Sum(b => b.Rows.Count);
        using var warehouse = new TestWarehouse();
        using var duck = warehouse.Open();
        long Count(string table) => Dapper.SqlMapper.ExecuteScalar<long>(duck.Connection, $"SELECT COUNT(*) FROM {table}");

        Assert.Equal(Count("dim.departement"), sqlServer["sqlserver/load/seed_departement.sql"]);
        Assert.Equal(Count("dim.label"), sqlServer["sqlserver/load/seed_label.sql"]);
        foreach (var (table, _) in BuiltInDimensions.ListTables)
            Assert.Equal(Count("dim." + table), sqlServer[$"sqlserver/load/seed_{table}.sql"]);
        Assert.Equal(Count("dim.attendance_status"), sqlServer["sqlserver/load/seed_attendance_status.sql"]);
        Assert.Equal(Count("dim.calendar_month"), sqlServer["sqlserver/load/seed_calendar_month.sql"]);
        Assert.Equal(6, Count("dim.onboarding_step"));
        Assert.Equal(Count("dim.onboarding_step"), connection.Commands.Count(c => c.Script == "network/onboarding_step_seed.sql"));
        Assert.Equal(Count("dim.calendar"), days);
        Assert.Equal(11_323, days); // 2010-01-01 … 2040-12-31
        Assert.Equal(Count("dim.structure WHERE structure_key = 0"), sqlServer["sqlserver/load/seed_unknown_structure.sql"]);
        Assert.Equal(1, sqlServer["sqlserver/load/seed_calendar_from_stage.sql"]);
        var version = connection.Commands.Single(c => c.Script == "sqlserver/load/schema_version_record.sql");
        Assert.Equal(SchemaVersion.Current, version["version"]);
        Assert.Equal(1, connection.Commits);
    }

    [Fact]
    public void A_warehouse_already_seeded_is_not_seeded_again_but_its_version_is_recorded()
    {
        var (connection, session) = Fake();
        using var _ = session;
        connection.On("sqlserver/load/seed_counts.sql", _ => new FakeResult(
            [("departements", "bigint"), ("labels", "bigint"), ("directions", "bigint"), ("days", "bigint"), ("months", "bigint"), ("unknown_structures", "bigint"), ("attendance_statuses", "bigint"), ("onboarding_steps", "bigint")],
            [[101L, 2L, 2L, 11_323L, 372L, 1L, 3L, 6L]]));

        SqlServerSchema.Initialize(session, new RecordingBulkCopier(), TimeProvider.System);

        Assert.Equal(["sqlserver/load/seed_counts.sql", "sqlserver/load/schema_version_record.sql"], connection.Commands.Select(c => c.Script));
        Assert.Empty(connection.Batches);
    }

    [Theory]
    [InlineData(0, "n'a pas de schéma : déployez-le d'abord avec « reporting base deployer »")]
    [InlineData(SchemaVersion.Current - 1, "est en version {older}, ce programme attend la version {current} : mettez-le à jour avec « reporting base deployer »")]
    [InlineData(SchemaVersion.Current + 1, "plus récente que celle de ce programme ({current})")]
    public void A_warehouse_whose_schema_is_not_this_program_s_is_refused_in_french(int version, string message)
    {
        message = message.Replace("{older}", $"{SchemaVersion.Current - 1}").Replace("{current}", $"{SchemaVersion.Current}");
        var (connection, session) = Fake();
        using var _ = session;
        connection.On("sqlserver/load/schema_version_current.sql", _ => version);

        var error = Assert.Throws<WarehouseUnavailableException>(() => SqlServerSchema.RequireCurrent(session));

        Assert.Contains(message, error.Message);
        Assert.Contains("SQL Server (Server=fake;Database=Reporting)", error.Message);
    }
}

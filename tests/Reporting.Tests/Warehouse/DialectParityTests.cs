using Reporting.Tests.Support;

namespace Reporting.Tests.Warehouse;

/// <summary>
/// The DuckDB warehouse (sql/duckdb/schema, as SchemaManager creates it) and the SQL Server model
/// (sql/sqlserver, through DacFx) have the same tables, columns, compatible types and nullability,
/// and the same reporting views with the same columns.
/// </summary>
public sealed class DialectParityTests
{
    private static readonly string[] TableSchemas = ["dim", "fact", "etl", "agg"];

    [Fact]
    public void Both_engines_have_the_same_tables_columns_types_and_nullability()
    {
        using var model = new SqlServerModel();
        using var warehouse = new TestWarehouse();
        using var session = warehouse.Open();

        var duckDb = SchemaParity.DuckDbTableColumns(session.Connection, TableSchemas);
        var sqlServer = SchemaParity.SqlServerTableColumns(model.Model, TableSchemas);

        Assert.NotEmpty(duckDb);
        Assert.NotEmpty(sqlServer);
        var differences = SchemaParity.Differences(duckDb, sqlServer);
        Assert.True(differences.Count == 0,
            $"{differences.Count} difference(s) between sql/duckdb/schema and sql/sqlserver:\n" + string.Join('\n', differences));
    }

    [Fact]
    public void Both_engines_have_the_same_reporting_views_with_the_same_columns()
    {
        using var model = new SqlServerModel();
        using var warehouse = new TestWarehouse();
        using var session = warehouse.Open();

        var duckDb = SchemaParity.DuckDbViewColumns(session.Connection, "rpt");
        var sqlServer = SchemaParity.SqlServerViewColumns(model.Model, "rpt");

        Assert.Equal(RepositoryFiles.SqlFiles("views").Count, duckDb.Count);
        Assert.Equal(duckDb.Keys.Order(StringComparer.Ordinal), sqlServer.Keys.Order(StringComparer.Ordinal));
        foreach (var (view, columns) in duckDb)
            Assert.True(columns.SequenceEqual(sqlServer[view], StringComparer.OrdinalIgnoreCase),
                $"{view}: DuckDB [{string.Join(", ", columns)}] vs SQL Server [{string.Join(", ", sqlServer[view])}]");
    }

    [Fact]
    public void The_comparison_reports_each_kind_of_difference()
    {
        ColumnShape[] sqlServer =
        [
            new("dim.theme", "theme_key", "SMALLINT", false),
            new("dim.theme", "label", "VARCHAR", false),
            new("fact.monthly_activity", "online_hours", "DECIMAL(18,6)", false),
            new("etl.run", "finished_at", "TIMESTAMP", true),
            new("etl.run", "status", "VARCHAR", false),
        ];
        ColumnShape[] duckDb =
        [
            new("dim.theme", "theme_key", "INTEGER", false),           // type
            new("dim.theme", "label", "VARCHAR", true),                // nullability
            new("fact.monthly_activity", "online_hours", "DECIMAL(18,3)", false), // scale
            new("etl.run", "finished_at", "TIMESTAMP", true),
            new("etl.run", "state", "VARCHAR", false),                 // name
            new("etl.extra", "x", "INTEGER", false),                   // table
        ];

        var differences = SchemaParity.Differences(duckDb, sqlServer);

        Assert.Equal(
            [
                "etl.extra: table in DuckDB only",
                "dim.theme.label: NULL in DuckDB, NOT NULL in SQL Server",
                "dim.theme.theme_key: type INTEGER in DuckDB, SMALLINT in SQL Server",
                "etl.run.state: column in DuckDB only",
                "etl.run.status: column in SQL Server only",
                "fact.monthly_activity.online_hours: type DECIMAL(18,3) in DuckDB, DECIMAL(18,6) in SQL Server",
            ],
            differences);
    }

    [Theory]
    [InlineData("INTEGER", "INTEGER")]
    [InlineData("SMALLINT", "SMALLINT")]
    [InlineData("BIGINT", "BIGINT")]
    [InlineData("DECIMAL(18,6)", "DECIMAL(18,6)")]
    [InlineData("VARCHAR", "VARCHAR")]
    [InlineData("DATE", "DATE")]
    [InlineData("TIMESTAMP", "TIMESTAMP")]
    [InlineData("TIMESTAMP WITH TIME ZONE", "TIMESTAMPWITHTIMEZONE")]
    public void DuckDB_types_are_spelled_in_the_common_form(string duckDbType, string expected) =>
        Assert.Equal(expected, SchemaParity.DuckDbType(duckDbType));

    [Fact]
    public void SQL_Server_types_are_mapped_to_their_DuckDB_counterpart()
    {
        using var model = new SqlServerModel([("scratch.sql", """
            CREATE TABLE dbo.types (
                i INT NOT NULL, s SMALLINT NOT NULL, b BIGINT NOT NULL, d DECIMAL(28, 6) NOT NULL, bare DECIMAL NOT NULL,
                nv NVARCHAR(20) NULL, v VARCHAR(MAX) NULL, dt DATE NULL, ts DATETIME2(3) NULL, dto DATETIMEOFFSET NULL);
            """)]);

        var columns = SchemaParity.SqlServerTableColumns(model.Model, "dbo");

        Assert.Equal(
            [
                "i INTEGER NOT NULL", "s SMALLINT NOT NULL", "b BIGINT NOT NULL", "d DECIMAL(28,6) NOT NULL",
                "bare DECIMAL(18,0) NOT NULL", "nv VARCHAR NULL", "v VARCHAR NULL", "dt DATE NULL", "ts TIMESTAMP NULL",
                "dto sqlserver:[datetimeoffset] NULL",
            ],
            columns.Select(c => $"{c.Column} {c.Type} {(c.Nullable ? "NULL" : "NOT NULL")}"));
    }
}

using Dapper;
using Reporting.Tests.Support;

namespace Reporting.Tests.Warehouse;

/// <summary>
/// Every shared report query runs on a fresh DuckDB warehouse through <c>WarehouseSession</c> (so
/// <c>SqlDialect</c> rewrites its parameters) and returns the columns SQL Server names for the same query.
/// </summary>
public sealed class ReportQueryDuckDbTests
{
    public static TheoryData<string> Queries => new(RepositoryFiles.SqlFiles("queries"));

    [Theory]
    [MemberData(nameof(Queries))]
    public void The_query_runs_on_DuckDB_and_returns_the_columns_SQL_Server_names(string name)
    {
        var query = ReportQuery.Load(name);
        var parameters = new DynamicParameters();
        foreach (var p in query.DocumentedParameters)
            parameters.Add(p.Name.TrimStart('@'), p.SampleValue);
        using var warehouse = new TestWarehouse();
        using var session = warehouse.Open();

        List<string> duckDbColumns;
        using (var reader = session.Connection.ExecuteReader(session.Sql(name), parameters))
        {
            duckDbColumns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            while (reader.Read())
            {
                // Read every row: an error in a late part of the plan surfaces while reading.
            }
        }
        var sqlServerColumns = QueryResolution.ResultColumns(query);

        Assert.NotEmpty(duckDbColumns);
        Assert.DoesNotContain("", sqlServerColumns);
        Assert.Equal(sqlServerColumns, duckDbColumns);
    }

    /// <summary>
    /// The records the application reads take the exact .NET type of each column (Dapper matches a record's
    /// constructor on them): each result column has the same .NET type on DuckDB as the SQL Server model gives it.
    /// </summary>
    [Theory]
    [MemberData(nameof(Queries))]
    public void Each_result_column_has_the_same_type_on_DuckDB_and_in_the_SQL_Server_model(string name)
    {
        var query = ReportQuery.Load(name);
        var parameters = new DynamicParameters();
        foreach (var p in query.DocumentedParameters)
            parameters.Add(p.Name.TrimStart('@'), p.SampleValue);
        using var warehouse = new TestWarehouse();
        using var session = warehouse.Open();

        List<(string Name, Type Type)> duckDb;
        using (var reader = session.Connection.ExecuteReader(session.Sql(name), parameters))
            duckDb = Enumerable.Range(0, reader.FieldCount).Select(i => (reader.GetName(i), reader.GetFieldType(i))).ToList();
        var sqlServer = QueryResolution.ResultColumnTypes(query);

        Assert.All(sqlServer, c => Assert.True(c.Type is not null, $"{name}: no type known for {c.Name} on SQL Server"));
        Assert.Equal(
            duckDb.Select(c => $"{c.Name} {c.Type.Name}"),
            sqlServer.Select(c => $"{c.Name} {c.Type!.Name}"));
    }

    [Fact]
    public void A_count_left_uncast_has_no_type_the_engines_share_and_the_check_says_so()
    {
        // COUNT(*) is BIGINT on DuckDB and INT on SQL Server: queries cast it; the check refuses a bare one.
        const string name = "queries/promeneur_count.sql";
        var text = RepositoryFiles.ReadSql(name);
        Assert.Contains("CAST(COUNT(*) AS BIGINT) AS promeneur_count", text);

        var bare = QueryResolution.ResultColumnTypes(ReportQuery.FromText(name, text.Replace("CAST(COUNT(*) AS BIGINT) AS promeneur_count", "COUNT(*) AS promeneur_count", StringComparison.Ordinal)));
        var cast = QueryResolution.ResultColumnTypes(ReportQuery.Load(name));

        Assert.Null(Assert.Single(bare).Type);
        Assert.Equal(typeof(long), Assert.Single(cast).Type);
    }
}

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
}

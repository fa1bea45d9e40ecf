using Reporting.Tests.Support;

namespace Reporting.Tests.Warehouse;

/// <summary>
/// Every file SQL Server would run parses with ScriptDom's T-SQL 160 parser (SQL Server 2022):
/// DDL, the shared views and the shared report queries. <c>sql/duckdb/**</c> is DuckDB-only and not T-SQL.
/// </summary>
public sealed class TSqlParseTests
{
    private static readonly string[] TSqlFolders = ["sqlserver", "views", "queries"];

    public static TheoryData<string> TSqlFiles => new(Files());

    [Fact]
    public void Each_T_SQL_folder_has_files_to_parse()
    {
        foreach (var folder in TSqlFolders)
            Assert.NotEmpty(RepositoryFiles.SqlFiles(folder));
    }

    private static IEnumerable<string> Files() => TSqlFolders.SelectMany(RepositoryFiles.SqlFiles);

    [Theory]
    [MemberData(nameof(TSqlFiles))]
    public void The_file_parses_as_T_SQL_160(string name)
    {
        var script = TSql.Parse(RepositoryFiles.ReadSql(name), out var errors);

        Assert.True(errors.Count == 0,
            $"{name}: {errors.Count} parse error(s):\n" + string.Join('\n', errors.Select(e => $"{name}({e.Line},{e.Column}): {e.Message}")));
        Assert.NotEmpty(script.Batches.SelectMany(b => b.Statements));
    }

    [Fact]
    public void The_DuckDB_schema_is_not_T_SQL_and_the_parser_says_so()
    {
        // Why sql/duckdb is excluded, and proof that the parser is strict enough for the test above to mean something.
        TSql.Parse(RepositoryFiles.ReadSql("duckdb/schema/001_star_schema.sql"), out var errors);

        Assert.NotEmpty(errors);
    }
}

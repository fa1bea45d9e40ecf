using Microsoft.Data.SqlClient;
using Reporting.Warehouse.Deployment;
using Reporting.Warehouse.Engine;
using Reporting.Warehouse.Loading.SqlServer;
using Reporting.Warehouse.Schema;

namespace Reporting.Tests.SqlServer;

/// <summary>
/// A fresh SQL Server database for the integration suite, on the server named by the environment variable
/// <see cref="Variable"/> (a connection string whose login may create and drop databases). The schema is
/// published from the dacpac and seeded exactly as « reporting base deployer » does; the database is dropped
/// at the end. Without the variable, nothing is done and every test of the suite is skipped with a reason.
/// </summary>
public sealed class SqlServerDatabase : IDisposable
{
    public const string Variable = "REPORTING_TEST_SQLSERVER";

    public const string SkipReason = $"Pas de SQL Server pour les tests d'intégration : la variable d'environnement {Variable} ne contient pas de chaîne de connexion (voir le README, « SQL Server : tests d'intégration »).";

    // Test cleanup only: the name is quoted by QUOTENAME on the server.
    private const string DropDatabase = """
        DECLARE @sql NVARCHAR(MAX) = N'ALTER DATABASE ' + QUOTENAME(@name) + N' SET SINGLE_USER WITH ROLLBACK IMMEDIATE; DROP DATABASE ' + QUOTENAME(@name) + N';';
        IF DB_ID(@name) IS NOT NULL EXEC (@sql);
        """;

    private readonly string? _server;

    public SqlServerDatabase()
    {
        _server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(_server)) return;
        Name = "PdnReportingTest_" + Guid.NewGuid().ToString("N")[..12];
        SqlServerPackage.Deploy(_server, Name, blockOnPossibleDataLoss: true);
        ConnectionString = new SqlConnectionStringBuilder(_server) { InitialCatalog = Name }.ConnectionString;
        using var session = Open();
        SqlServerSchema.Initialize(session, new SqlServerBulkCopier(), TimeProvider.System);
    }

    public bool Available => ConnectionString is not null;

    public string? Name { get; }

    public string? ConnectionString { get; }

    public WarehouseLocation Location => WarehouseLocation.Parse(ConnectionString);

    public WarehouseSession Open() => WarehouseSession.Open(Location, create: false);

    public void Dispose()
    {
        if (_server is null || Name is null) return;
        SqlConnection.ClearAllPools();
        using var connection = new SqlConnection(_server);
        connection.Open();
        using var command = new SqlCommand(DropDatabase, connection);
        command.Parameters.Add(new SqlParameter("@name", System.Data.SqlDbType.NVarChar, 128) { Value = Name });
        command.ExecuteNonQuery();
    }
}

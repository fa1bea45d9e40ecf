using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using Dapper;
using DuckDB.NET.Data;
using Microsoft.Data.SqlClient;

namespace Reporting.Warehouse.Engine;

/// <summary>
/// One open connection to the warehouse for one command or job (DuckDB allows one process per
/// file: open late, close early). Statements are named <c>.sql</c> resources, adapted to the
/// engine's parameter spelling by <see cref="SqlDialect"/>; parameters always go through Dapper.
/// On SQL Server, parameter values and <c>date</c> columns are adapted in one place (<see cref="SqlServerValues"/>).
/// </summary>
public sealed class WarehouseSession : IDisposable
{
    private static readonly ConcurrentDictionary<(string, string), string> Adapted = new();

    static WarehouseSession()
    {
        DefaultTypeMap.MatchNamesWithUnderscores = true;
    }

    private WarehouseSession(WarehouseLocation location, DbConnection connection, SqlDialect dialect)
    {
        Location = location;
        Connection = connection;
        Dialect = dialect;
    }

    public WarehouseLocation Location { get; }

    public DbConnection Connection { get; }

    public SqlDialect Dialect { get; }

    /// <summary>
    /// Opens the warehouse. With <paramref name="create"/> false, a missing DuckDB file is an error
    /// (commands that only read must not create an empty warehouse).
    /// </summary>
    public static WarehouseSession Open(WarehouseLocation location, bool create) =>
        location.Engine == WarehouseEngine.SqlServer ? OpenSqlServer(location) : OpenDuckDb(location, create);

    /// <summary>
    /// A session over a connection the caller made (tests: a recording connection that stands in for SQL
    /// Server). The session owns the connection from then on.
    /// </summary>
    public static WarehouseSession Attach(WarehouseLocation location, DbConnection connection) =>
        new(location, connection, location.Engine == WarehouseEngine.SqlServer ? SqlDialect.SqlServer : SqlDialect.DuckDb);

    private static WarehouseSession OpenDuckDb(WarehouseLocation location, bool create)
    {
        var path = location.Target;
        if (!create && !File.Exists(path))
            throw new WarehouseUnavailableException($"Entrepôt introuvable : {path}. Lancez d'abord « reporting charger --depot <dossier> » (ou « reporting demo »).");
        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        var connection = new DuckDBConnection($"Data Source={path}");
        try
        {
            connection.Open();
        }
        catch (DuckDBException ex)
        {
            connection.Dispose();
            if (ex.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
                throw new WarehouseUnavailableException($"L'entrepôt {path} est utilisé par un autre programme (un autre « reporting » est-il en cours ?). Réessayez lorsqu'il sera terminé.", ex);
            throw new WarehouseUnavailableException($"L'entrepôt {path} ne peut pas être ouvert : ce n'est pas un fichier DuckDB valide ou il est endommagé.", ex);
        }
        return new WarehouseSession(location, connection, SqlDialect.DuckDb);
    }

    /// <summary>Opens SQL Server. Messages name the server and the database only (<see cref="WarehouseLocation.Display"/>), never a secret.</summary>
    private static WarehouseSession OpenSqlServer(WarehouseLocation location)
    {
        SqlConnection connection;
        try
        {
            connection = new SqlConnection(location.Target);
        }
        catch (ArgumentException)
        {
            throw new WarehouseUnavailableException("La chaîne de connexion SQL Server est invalide (mot-clé inconnu ou valeur mal formée) : vérifiez --entrepot ou la clé « Entrepot » de la configuration.");
        }
        try
        {
            connection.Open();
        }
        catch (SqlException ex)
        {
            connection.Dispose();
            throw new WarehouseUnavailableException($"Connexion impossible à l'entrepôt {location.Display()} : {ex.Message}", ex);
        }
        catch (InvalidOperationException ex)
        {
            connection.Dispose();
            throw new WarehouseUnavailableException($"Connexion impossible à l'entrepôt {location.Display()} : {ex.Message}", ex);
        }
        return new WarehouseSession(location, connection, SqlDialect.SqlServer);
    }

    /// <summary>The text of a named statement for this engine.</summary>
    public string Sql(string name) => Adapted.GetOrAdd((Dialect.Name, name), key => Dialect.Adapt(SqlScripts.Get(key.Item2)));

    private bool IsSqlServer => Location.Engine == WarehouseEngine.SqlServer;

    public IEnumerable<T> Query<T>(string name, object? param = null, IDbTransaction? tx = null)
    {
        if (!IsSqlServer) return Connection.Query<T>(Sql(name), param, tx);
        using var reader = new DateOnlyReader((DbDataReader)Connection.ExecuteReader(Sql(name), SqlServerValues.Parameters(param), tx));
        return reader.Parse<T>().ToList();
    }

    public T? QuerySingleOrDefault<T>(string name, object? param = null, IDbTransaction? tx = null) =>
        IsSqlServer ? Query<T>(name, param, tx).SingleOrDefault() : Connection.QuerySingleOrDefault<T>(Sql(name), param, tx);

    public T ExecuteScalar<T>(string name, object? param = null, IDbTransaction? tx = null) =>
        Connection.ExecuteScalar<T>(Sql(name), IsSqlServer ? SqlServerValues.Parameters(param) : param, tx)!;

    public int Execute(string name, object? param = null, IDbTransaction? tx = null) =>
        Connection.Execute(Sql(name), IsSqlServer ? SqlServerValues.Parameters(param) : param, tx);

    /// <summary>Runs raw DDL text of the embedded DuckDB warehouse (schema scripts, views), never data. SQL Server's schema is a dacpac.</summary>
    public void ExecuteDdl(string text, IDbTransaction? tx = null)
    {
        if (IsSqlServer) throw new NotSupportedException("SQL Server's schema is deployed from the dacpac (reporting base deployer).");
        Connection.Execute(text, transaction: tx);
    }

    public DbTransaction Begin() => Connection.BeginTransaction();

    /// <summary>
    /// Appends rows to a table in bulk inside the current transaction (DuckDB's appender; SQL Server's
    /// writer stages rows with an <c>IBulkCopier</c>). Each row gives a value for every column, in the table's column order.
    /// </summary>
    public void BulkInsert(string schema, string table, IEnumerable<object?[]> rows) => Append(null, schema, table, rows);

    /// <summary>The same into a connection-local temporary table (DuckDB's "temp" catalog).</summary>
    public void BulkInsertTemp(string table, IEnumerable<object?[]> rows) => Append("temp", "main", table, rows);

    private void Append(string? catalog, string schema, string table, IEnumerable<object?[]> rows)
    {
        if (Connection is not DuckDBConnection duck) throw new NotSupportedException("Bulk insert is implemented for DuckDB only.");
        using var appender = duck.CreateAppender(catalog, schema, table);
        foreach (var values in rows)
        {
            var row = appender.CreateRow();
            foreach (var value in values)
            {
                _ = value switch
                {
                    null => row.AppendNullValue(),
                    int i => row.AppendValue(i),
                    short sh => row.AppendValue(sh),
                    long l => row.AppendValue(l),
                    decimal d => row.AppendValue(d),
                    string str => row.AppendValue(str),
                    DateOnly date => row.AppendValue((DateOnly?)date),
                    DateTime dt => row.AppendValue(dt),
                    bool b => row.AppendValue(b),
                    _ => throw new ArgumentException($"Unsupported type {value.GetType()} for bulk insert into {schema}.{table}"),
                };
            }
            row.EndRow();
        }
    }

    public void Dispose() => Connection.Dispose();
}

using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using Dapper;
using DuckDB.NET.Data;

namespace Reporting.Warehouse.Engine;

/// <summary>
/// One open connection to the warehouse for one command or job (DuckDB allows one process per
/// file: open late, close early). Statements are named <c>.sql</c> resources, adapted to the
/// engine's parameter spelling by <see cref="SqlDialect"/>; parameters always go through Dapper.
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
    public static WarehouseSession Open(WarehouseLocation location, bool create)
    {
        if (location.Engine != WarehouseEngine.DuckDb)
            throw new WarehouseUnavailableException("Cette version ne sait pas encore écrire dans un entrepôt SQL Server : indiquez un fichier DuckDB avec --entrepot.");
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

    /// <summary>The text of a named statement for this engine.</summary>
    public string Sql(string name) => Adapted.GetOrAdd((Dialect.Name, name), key => Dialect.Adapt(SqlScripts.Get(key.Item2)));

    public IEnumerable<T> Query<T>(string name, object? param = null, IDbTransaction? tx = null) =>
        Connection.Query<T>(Sql(name), param, tx);

    public T? QuerySingleOrDefault<T>(string name, object? param = null, IDbTransaction? tx = null) =>
        Connection.QuerySingleOrDefault<T>(Sql(name), param, tx);

    public T ExecuteScalar<T>(string name, object? param = null, IDbTransaction? tx = null) =>
        Connection.ExecuteScalar<T>(Sql(name), param, tx)!;

    public int Execute(string name, object? param = null, IDbTransaction? tx = null) =>
        Connection.Execute(Sql(name), param, tx);

    /// <summary>Runs raw DDL text (schema scripts, views), never data.</summary>
    public void ExecuteDdl(string text, IDbTransaction? tx = null) => Connection.Execute(text, transaction: tx);

    public DbTransaction Begin() => Connection.BeginTransaction();

    /// <summary>
    /// Appends rows to a table in bulk inside the current transaction (DuckDB's appender; SQL Server
    /// will use SqlBulkCopy). Each row gives a value for every column, in the table's column order.
    /// </summary>
    public void BulkInsert(string schema, string table, IEnumerable<object?[]> rows)
    {
        if (Connection is not DuckDBConnection duck) throw new NotSupportedException("Bulk insert is implemented for DuckDB only.");
        using var appender = duck.CreateAppender(schema, table);
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

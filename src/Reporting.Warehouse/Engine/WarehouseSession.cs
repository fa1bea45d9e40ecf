using System.Collections.Concurrent;
using System.Data;
using System.Data.Common;
using Dapper;
using DuckDB.NET.Data;
using Microsoft.Data.SqlClient;
using Polly;
using Polly.Retry;

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

    /// <summary>Whether this session only reads (DuckDB opened read-only) or may write and migrate.</summary>
    public WarehouseAccessMode Access { get; private init; } = WarehouseAccessMode.Write;

    /// <summary>How long a load waits for another one to release the warehouse (SQL Server's load lock).</summary>
    public TimeSpan LockWait { get; private init; } = WarehouseOpening.DefaultLockWait;

    /// <summary>Told, in French, when the session starts waiting for another program to release the warehouse.</summary>
    public Action<string>? Waiting { get; private init; }

    /// <summary>
    /// Opens the warehouse to write, without waiting for another program. With <paramref name="create"/> false, a
    /// missing DuckDB file is an error (commands that only read must not create an empty warehouse).
    /// </summary>
    public static WarehouseSession Open(WarehouseLocation location, bool create) =>
        Open(location, new WarehouseOpening { Access = WarehouseAccessMode.Write, Create = create }, waitForFile: false);

    /// <summary>
    /// Opens the warehouse as <paramref name="opening"/> says. A DuckDB file held by another program (a load, or a
    /// reader while this one loads) is tried again until <see cref="WarehouseOpening.LockWait"/> has passed, saying so
    /// once through <see cref="WarehouseOpening.Waiting"/>; then the session gives up with a French message.
    /// </summary>
    public static WarehouseSession Open(WarehouseLocation location, WarehouseOpening opening) => Open(location, opening, waitForFile: true);

    /// <param name="waitForFile">False: a held DuckDB file is refused at once (the SQL Server load lock still waits <see cref="WarehouseOpening.LockWait"/>).</param>
    private static WarehouseSession Open(WarehouseLocation location, WarehouseOpening opening, bool waitForFile)
    {
        var sqlServer = location.Engine == WarehouseEngine.SqlServer;
        var connection = sqlServer ? OpenSqlServer(location) : OpenDuckDbWaiting(location, waitForFile ? opening : opening with { LockWait = TimeSpan.Zero });
        return new WarehouseSession(location, connection, sqlServer ? SqlDialect.SqlServer : SqlDialect.DuckDb)
        {
            Access = opening.Access,
            LockWait = opening.LockWait,
            Waiting = opening.Waiting,
        };
    }

    /// <summary>
    /// A session over a connection the caller made (tests: a recording connection that stands in for SQL
    /// Server). The session owns the connection from then on.
    /// </summary>
    public static WarehouseSession Attach(WarehouseLocation location, DbConnection connection) =>
        new(location, connection, location.Engine == WarehouseEngine.SqlServer ? SqlDialect.SqlServer : SqlDialect.DuckDb);

    private sealed class HeldByAnotherProgram(DuckDBException inner) : Exception(inner.Message, inner);

    private static DbConnection OpenDuckDbWaiting(WarehouseLocation location, WarehouseOpening opening)
    {
        var path = location.Target;
        if (opening.LockWait <= TimeSpan.Zero)
        {
            try
            {
                return OpenDuckDb(location, opening);
            }
            catch (HeldByAnotherProgram ex)
            {
                throw new WarehouseBusyException($"L'entrepôt {path} est utilisé par un autre programme (un autre « reporting » est-il en cours ?). Réessayez lorsqu'il sera terminé.", ex.InnerException);
            }
        }
        var seconds = opening.LockWait.TotalSeconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture);
        var retry = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<HeldByAnotherProgram>(),
                MaxRetryAttempts = int.MaxValue,
                Delay = LockPollInterval,
                BackoffType = DelayBackoffType.Constant,
                UseJitter = false,
                OnRetry = args =>
                {
                    if (args.AttemptNumber == 0)
                        opening.Waiting?.Invoke($"L'entrepôt {path} est utilisé par un autre programme (un chargement en cours ?) : attente de sa libération, {seconds} s au plus…");
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
        using var deadline = new CancellationTokenSource(opening.LockWait);
        try
        {
            return retry.Execute(_ => OpenDuckDb(location, opening), deadline.Token);
        }
        catch (Exception ex) when (ex is HeldByAnotherProgram or OperationCanceledException)
        {
            throw new WarehouseBusyException(
                $"L'entrepôt {path} est toujours utilisé par un autre programme après {seconds} s d'attente (un chargement est-il en cours ?) : " +
                "réessayez lorsqu'il sera terminé (durée d'attente : option --attente-verrou ou clé de configuration AttenteVerrou).", ex);
        }
    }

    /// <summary>How often a held DuckDB file is tried again.</summary>
    private static readonly TimeSpan LockPollInterval = TimeSpan.FromMilliseconds(250);

    private static DbConnection OpenDuckDb(WarehouseLocation location, WarehouseOpening opening)
    {
        var path = location.Target;
        var readOnly = opening.Access == WarehouseAccessMode.Read;
        if ((readOnly || !opening.Create) && !File.Exists(path))
            throw new WarehouseUnavailableException($"Entrepôt introuvable : {path}. Lancez d'abord « reporting charger --depot <dossier> » (ou « reporting demo »).");
        var directory = Path.GetDirectoryName(path);
        if (!readOnly && !string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        // Read-only: nothing is written (no view re-created, no checkpoint), several readers may share the file, and a
        // warehouse on a read-only share or a full disk can still be read.
        var connection = new DuckDBConnection($"Data Source={path}" + (readOnly ? ";ACCESS_MODE=READ_ONLY" : string.Empty));
        try
        {
            connection.Open();
        }
        catch (DuckDBException ex)
        {
            connection.Dispose();
            if (ex.Message.Contains("lock", StringComparison.OrdinalIgnoreCase))
                throw new HeldByAnotherProgram(ex);
            if (StorageErrors.IsFull(ex))
                throw new WarehouseUnavailableException(StorageErrors.FullMessage(location), ex);
            throw new WarehouseUnavailableException($"L'entrepôt {path} ne peut pas être ouvert : ce n'est pas un fichier DuckDB valide ou il est endommagé.", ex);
        }
        return connection;
    }

    /// <summary>Opens SQL Server. Messages name the server and the database only (<see cref="WarehouseLocation.Display"/>), never a secret.</summary>
    private static SqlConnection OpenSqlServer(WarehouseLocation location)
    {
        SqlConnection connection;
        try
        {
            connection = new SqlConnection(location.Target);
        }
        catch (ArgumentException)
        {
            // Never the exception's text nor a value: the string may hold a password. Unknown keywords are only keywords.
            var unknown = location.UnknownKeywords;
            throw new WarehouseUnavailableException("La chaîne de connexion SQL Server est invalide (" +
                (unknown.Count > 0 ? $"mot-clé inconnu : {string.Join(", ", unknown.Select(k => $"« {k} »"))}" : "mot-clé inconnu ou valeur mal formée") +
                $") : vérifiez --entrepot ou la clé « Entrepot » de la configuration. Entrepôt indiqué : {location.Display()}.");
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
        return connection;
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

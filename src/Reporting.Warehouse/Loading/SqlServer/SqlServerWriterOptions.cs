using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace Reporting.Warehouse.Loading.SqlServer;

/// <summary>How the SQL Server writer batches, retries and locks.</summary>
public sealed record SqlServerWriterOptions
{
    /// <summary>Rows per bulk-copy batch into staging.</summary>
    public int BatchSize { get; init; } = 5_000;

    /// <summary>Retries of a read or of a whole file's load after a transient error (0: none).</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>Delay before the first retry; it doubles at each retry.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The application lock (<c>sp_getapplock</c>) every loading program takes.</summary>
    public string LockResource { get; init; } = "PdN.Reporting.Chargement";

    /// <summary>How long a load waits for another one to finish before giving up.</summary>
    public TimeSpan LockTimeout { get; init; } = Engine.WarehouseOpening.DefaultLockWait;

    /// <summary>Told once, in French, when the load starts waiting for another one to finish.</summary>
    public Action<string>? Waiting { get; init; }

    /// <summary>Which errors are worth retrying (default: <see cref="SqlServerTransientErrors.IsTransient"/>).</summary>
    public Func<Exception, bool> IsTransient { get; init; } = SqlServerTransientErrors.IsTransient;
}

/// <summary>
/// Errors after which the same work may succeed if tried again: deadlock victim, lock timeout, lost or
/// refused connections, Azure SQL's throttling and fail-over numbers (the list SqlClient's own
/// configurable retry logic starts from).
/// </summary>
public static class SqlServerTransientErrors
{
    public static readonly IReadOnlySet<int> Numbers = new HashSet<int>
    {
        -2,     // client timeout
        20,     // the instance does not support encryption / connection broken
        64,     // connection was successfully established, then an error occurred
        233,    // no process is on the other end of the pipe
        1205,   // deadlock victim
        1222,   // lock request time out
        4060,   // cannot open database (during fail-over)
        4221,   // login to read-secondary failed (replica not yet available)
        10053, 10054, 10060, // transport-level errors
        10928, 10929,        // resource limits reached
        40143, 40197, 40501, 40540, 40613, // Azure SQL: service busy, reconfiguration, database unavailable
        42108, 42109,        // serverless database paused / resuming
        49918, 49919, 49920, // cannot process request: too many operations
    };

    public static bool IsTransient(Exception ex) => ex switch
    {
        SqlException sql => sql.Errors.Cast<SqlError>().Any(e => Numbers.Contains(e.Number)),
        DbException db => db.IsTransient,
        TimeoutException => true,
        _ => false,
    };
}

using Reporting.Warehouse.Engine;
using Reporting.Warehouse.Loading;
using Reporting.Warehouse.Schema;

namespace Reporting.Service;

/// <summary>
/// The warehouse for one job: opened when the job needs it and closed when it ends (on DuckDB the file is free
/// between runs, so <c>indicateurs</c> and <c>annexes</c> work meanwhile), with the load lock held for the whole
/// job — <c>sp_getapplock</c> on SQL Server, the file itself on DuckDB — so two services never load at once.
/// </summary>
public sealed class WarehouseAccess : IDisposable
{
    private readonly IDisposable _lock;

    private WarehouseAccess(WarehouseSession session, IDisposable loadLock)
    {
        Session = session;
        _lock = loadLock;
    }

    public WarehouseSession Session { get; }

    /// <summary>
    /// Opens the warehouse and takes the load lock. DuckDB: creates or upgrades the schema. SQL Server: checks the
    /// schema version deployed by <c>reporting base deployer</c>. Throws <see cref="WarehouseUnavailableException"/>
    /// (French message) when it is busy or unusable.
    /// </summary>
    public static WarehouseAccess Open(WarehouseLocation location, TimeProvider clock)
    {
        var session = WarehouseSession.Open(location, create: true);
        try
        {
            if (location.Engine == WarehouseEngine.SqlServer) SqlServerSchema.RequireCurrent(session);
            else SchemaManager.Initialize(session, clock);
            return new WarehouseAccess(session, WarehouseWriters.For(session).LockForLoading());
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        _lock.Dispose();
        Session.Dispose();
    }
}

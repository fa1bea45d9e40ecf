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
    /// Opens the warehouse as « reporting charger » does (<see cref="WarehouseOpener"/>, write access: DuckDB created or
    /// upgraded, SQL Server's deployed schema checked) and takes the load lock, waiting <paramref name="lockWait"/> for
    /// another program that holds it. Throws <see cref="WarehouseBusyException"/> when it is still held (the job is
    /// postponed to the next tick) and <see cref="WarehouseUnavailableException"/> when it is unusable; messages in French.
    /// </summary>
    public static WarehouseAccess Open(WarehouseLocation location, TimeSpan lockWait, TimeProvider clock, Action<string>? waiting = null)
    {
        var session = WarehouseOpener.Open(location,
            new WarehouseOpening { Access = WarehouseAccessMode.Write, Create = true, LockWait = lockWait, Waiting = waiting }, clock);
        try
        {
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

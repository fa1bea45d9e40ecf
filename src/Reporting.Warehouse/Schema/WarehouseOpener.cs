using Reporting.Warehouse.Engine;

namespace Reporting.Warehouse.Schema;

/// <summary>
/// The one way a program opens the warehouse for its work, shared by the commands and the scheduled service: reading
/// opens DuckDB read-only and never migrates (a schema older than the program is refused with the command that
/// upgrades it); writing creates or upgrades the DuckDB schema; SQL Server is checked against the version
/// « reporting base deployer » recorded. A warehouse held by another program is waited for
/// (<see cref="WarehouseOpening.LockWait"/>), then refused with <see cref="WarehouseBusyException"/>.
/// </summary>
public static class WarehouseOpener
{
    public static WarehouseSession Open(WarehouseLocation location, WarehouseOpening opening, TimeProvider clock)
    {
        var session = WarehouseSession.Open(location, opening);
        try
        {
            if (location.Engine == WarehouseEngine.SqlServer) SqlServerSchema.RequireCurrent(session);
            else if (opening.Access == WarehouseAccessMode.Read) SchemaManager.RequireCurrent(session);
            else SchemaManager.Initialize(session, clock);
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }
}

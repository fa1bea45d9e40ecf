namespace Reporting.Warehouse.Engine;

/// <summary>The warehouse cannot be used (missing, locked by another process, empty); the message is French.</summary>
public class WarehouseUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// The warehouse is only busy: another program holds the DuckDB file or SQL Server's load lock past the wait. Trying
/// again later works (the scheduled service postpones its job to the next tick); callers tell it by this type, never
/// by the message.
/// </summary>
public sealed class WarehouseBusyException(string message, Exception? inner = null) : WarehouseUnavailableException(message, inner);

namespace Reporting.Warehouse.Engine;

/// <summary>The warehouse cannot be used (missing, locked by another process, empty); the message is French.</summary>
public sealed class WarehouseUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

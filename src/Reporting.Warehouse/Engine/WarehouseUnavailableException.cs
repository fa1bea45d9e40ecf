namespace Reporting.Warehouse.Engine;

/// <summary>The warehouse cannot be used (missing, locked by another process, empty); the message is French.</summary>
public sealed class WarehouseUnavailableException(string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The embedded warehouse's file does not exist (the command that fills it is the hint).</summary>
    public bool Missing { get; init; }
}

namespace Reporting.Warehouse.Engine;

/// <summary>What a command does with the warehouse.</summary>
public enum WarehouseAccessMode
{
    /// <summary>Reads only (indicateurs, questionnaire, annexes, modeles…): DuckDB is opened read-only and never migrated.</summary>
    Read,

    /// <summary>Loads or migrates (charger, base initialiser, the scheduled service).</summary>
    Write,
}

/// <summary>How a command opens the warehouse.</summary>
public sealed record WarehouseOpening
{
    /// <summary>How long a command waits for another program to release the warehouse, unless configured otherwise.</summary>
    public static readonly TimeSpan DefaultLockWait = TimeSpan.FromSeconds(30);

    public WarehouseAccessMode Access { get; init; } = WarehouseAccessMode.Read;

    /// <summary>Write access only: a missing DuckDB file is created (else it is an error).</summary>
    public bool Create { get; init; }

    /// <summary>How long to wait for another program holding the warehouse (DuckDB's file lock, SQL Server's load lock).</summary>
    public TimeSpan LockWait { get; init; } = DefaultLockWait;

    /// <summary>Told once, in French, when the command starts waiting.</summary>
    public Action<string>? Waiting { get; init; }
}

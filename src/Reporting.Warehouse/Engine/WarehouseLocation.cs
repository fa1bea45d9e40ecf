namespace Reporting.Warehouse.Engine;

public enum WarehouseEngine { DuckDb, SqlServer }

/// <summary>
/// Where the warehouse is, from <c>--entrepot</c> or configuration: a file path means the embedded
/// DuckDB warehouse; a connection string (<c>Server=…;Database=…</c>) means SQL Server.
/// </summary>
public sealed record WarehouseLocation(WarehouseEngine Engine, string Target)
{
    public const string DefaultPath = "donnees/entrepot.duckdb";

    public static WarehouseLocation Parse(string? value)
    {
        var v = string.IsNullOrWhiteSpace(value) ? DefaultPath : value.Trim();
        var looksLikeConnectionString = v.Contains(';') && v.Contains('=') &&
            (v.Contains("Server=", StringComparison.OrdinalIgnoreCase) || v.Contains("Data Source=", StringComparison.OrdinalIgnoreCase)
             || v.Contains("Initial Catalog=", StringComparison.OrdinalIgnoreCase) || v.Contains("Database=", StringComparison.OrdinalIgnoreCase));
        return looksLikeConnectionString
            ? new WarehouseLocation(WarehouseEngine.SqlServer, v)
            : new WarehouseLocation(WarehouseEngine.DuckDb, Path.GetFullPath(v));
    }

    /// <summary>How the location is shown to users: the file path, or the server and database without any secret.</summary>
    public string Display()
    {
        if (Engine == WarehouseEngine.DuckDb) return Target;
        var parts = Target.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2)
            .Where(p => p[0].Trim().ToLowerInvariant() is "server" or "data source" or "database" or "initial catalog")
            .Select(p => $"{p[0].Trim()}={p[1].Trim()}");
        return "SQL Server (" + string.Join(";", parts) + ")";
    }
}

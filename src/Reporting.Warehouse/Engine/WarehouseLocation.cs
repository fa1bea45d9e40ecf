using Microsoft.Data.SqlClient;

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

    /// <summary>
    /// Adds a password kept out of the connection string (an environment variable or the user secrets,
    /// configuration key <c>SqlServer:MotDePasse</c>) to a SQL Server login that names a user but no password.
    /// </summary>
    public WarehouseLocation WithPassword(string? password)
    {
        if (Engine != WarehouseEngine.SqlServer || string.IsNullOrEmpty(password)) return this;
        SqlConnectionStringBuilder builder;
        try
        {
            builder = new SqlConnectionStringBuilder(Target);
        }
        catch (ArgumentException)
        {
            return this; // refused with a French message when the connection opens
        }
        if (!string.IsNullOrEmpty(builder.Password) || string.IsNullOrEmpty(builder.UserID)) return this;
        builder.Password = password;
        return this with { Target = builder.ConnectionString };
    }

    /// <summary>The database a SQL Server connection string names (Database / Initial Catalog), or null.</summary>
    public string? DatabaseName
    {
        get
        {
            if (Engine != WarehouseEngine.SqlServer) return null;
            try
            {
                var name = new SqlConnectionStringBuilder(Target).InitialCatalog;
                return string.IsNullOrWhiteSpace(name) ? null : name;
            }
            catch (ArgumentException)
            {
                return null;
            }
        }
    }

    /// <summary>Never the connection string itself: it may hold a password.</summary>
    public override string ToString() => Display();

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

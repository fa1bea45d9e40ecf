using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Data.SqlClient;

namespace Reporting.Warehouse.Engine;

public enum WarehouseEngine { DuckDb, SqlServer }

/// <summary>
/// Where the warehouse is, from <c>--entrepot</c> or configuration: a connection string means SQL Server, anything
/// else is the path of the embedded DuckDB file. A connection string is anything that parses as one and names at
/// least one keyword SqlClient knows, under any of its synonyms and spacings (<c>Server = …</c>, <c>Addr=</c>,
/// <c>Address=</c>, <c>Network Address=</c>, <c>UID=</c>, <c>PWD=</c>, <c>User Id</c>, quoted values holding
/// <c>;</c>…): it is never taken for a path, so it is never echoed as one. It may hold a password: it is shown only
/// as its server and database (<see cref="Display"/>).
/// </summary>
public sealed partial record WarehouseLocation(WarehouseEngine Engine, string Target)
{
    public const string DefaultPath = "donnees/entrepot.duckdb";

    /// <summary>Answers whether a keyword is SqlClient's (its own list, synonyms included).</summary>
    private static readonly SqlConnectionStringBuilder Keywords = new();

    public static WarehouseLocation Parse(string? value)
    {
        var v = string.IsNullOrWhiteSpace(value) ? DefaultPath : value.Trim();
        return IsConnectionString(v)
            ? new WarehouseLocation(WarehouseEngine.SqlServer, v)
            : new WarehouseLocation(WarehouseEngine.DuckDb, Path.GetFullPath(v));
    }

    /// <summary>
    /// True when the text parses as a connection string with at least one SqlClient keyword; also when it does not
    /// parse (an unclosed quote) but a segment starts with such a keyword: a damaged connection string is still one.
    /// </summary>
    public static bool IsConnectionString(string value)
    {
        if (!value.Contains('=')) return false;
        var pairs = Pairs(value);
        if (pairs is not null) return pairs.Any(p => IsKeyword(p.Key));
        return SegmentKey().Matches(value).Any(m => IsKeyword(m.Groups["key"].Value));
    }

    private static bool IsKeyword(string key)
    {
        lock (Keywords) return Keywords.ContainsKey(key.Trim());
    }

    /// <summary>The keywords and values of a connection string as ADO.NET reads it (quotes and doubled quotes honoured), or null.</summary>
    private static List<KeyValuePair<string, string>>? Pairs(string value)
    {
        try
        {
            var builder = new DbConnectionStringBuilder { ConnectionString = value };
            return builder.Keys.Cast<string>().Select(k => new KeyValuePair<string, string>(k, Convert.ToString(builder[k], System.Globalization.CultureInfo.InvariantCulture) ?? "")).ToList();
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex(@"(?:^|;)\s*(?<key>[A-Za-z][A-Za-z ]*?)\s*=")]
    private static partial Regex SegmentKey();

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

    /// <summary>The same server with another database (e.g. <c>master</c>, to reach a server whose warehouse does not exist yet).</summary>
    public WarehouseLocation OnServerDatabase(string database)
    {
        if (Engine != WarehouseEngine.SqlServer) return this;
        try
        {
            return this with { Target = new SqlConnectionStringBuilder(Target) { InitialCatalog = database }.ConnectionString };
        }
        catch (ArgumentException)
        {
            return this;
        }
    }

    /// <summary>The database a SQL Server connection string names (Database / Initial Catalog), or null.</summary>
    public string? DatabaseName => Engine == WarehouseEngine.SqlServer ? Part(b => b.InitialCatalog) : null;

    /// <summary>The server a SQL Server connection string names (Server / Data Source / Addr…), or null.</summary>
    public string? ServerName => Engine == WarehouseEngine.SqlServer ? Part(b => b.DataSource) : null;

    /// <summary>
    /// The keywords of the connection string that SqlClient does not know (a typo such as <c>Pasword</c>): keywords
    /// only, never a value.
    /// </summary>
    public IReadOnlyList<string> UnknownKeywords =>
        Engine != WarehouseEngine.SqlServer ? [] : Pairs(Target)?.Select(p => p.Key).Where(k => !IsKeyword(k)).ToList() ?? [];

    /// <summary>
    /// One part of the connection string, read keyword by keyword through SqlClient (so every synonym counts), so
    /// that it is found even when another keyword makes the whole string invalid.
    /// </summary>
    private string? Part(Func<SqlConnectionStringBuilder, string> read)
    {
        string? found = null;
        foreach (var (key, value) in Pairs(Target) ?? [])
        {
            try
            {
                var probe = new SqlConnectionStringBuilder { [key] = value };
                if (read(probe) is { Length: > 0 } part) found = part.Trim();
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException)
            {
                // Unknown keyword or invalid value: it names neither the server nor the database.
            }
        }
        return found;
    }

    /// <summary>Never the connection string itself: it may hold a password.</summary>
    public override string ToString() => Display();

    /// <summary>How the location is shown to users: the file path, or the server and database without any secret.</summary>
    public string Display()
    {
        if (Engine == WarehouseEngine.DuckDb) return Target;
        if (Pairs(Target) is null) return "SQL Server (chaîne de connexion illisible)";
        string?[] parts = [ServerName is { } s ? "Server=" + s : null, DatabaseName is { } d ? "Database=" + d : null];
        return parts.Any(p => p is not null) ? "SQL Server (" + string.Join(";", parts.Where(p => p is not null)) + ")" : "SQL Server (serveur non indiqué)";
    }
}

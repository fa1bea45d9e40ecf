using System.Collections.Concurrent;
using System.Reflection;

namespace Reporting.Warehouse.Engine;

/// <summary>
/// The SQL of the project, embedded from the repository's <c>sql/</c> folder. Names are paths under
/// <c>sql/</c>: <c>queries/indicators.sql</c>, <c>duckdb/schema/001_star_schema.sql</c>.
/// </summary>
public static class SqlScripts
{
    private static readonly Assembly Assembly = typeof(SqlScripts).Assembly;
    private static readonly ConcurrentDictionary<string, string> Cache = new();

    public static string Get(string name) => Cache.GetOrAdd(name, static n =>
    {
        using var stream = Assembly.GetManifestResourceStream("sql/" + n)
            ?? throw new InvalidOperationException($"SQL script 'sql/{n}' is not embedded.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    /// <summary>Names of the embedded scripts under a folder, sorted ordinally.</summary>
    public static IReadOnlyList<string> Under(string folder) =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("sql/" + folder.TrimEnd('/') + "/", StringComparison.Ordinal))
            .Select(n => n["sql/".Length..])
            .Order(StringComparer.Ordinal)
            .ToList();
}

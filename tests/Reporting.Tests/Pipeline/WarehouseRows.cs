using Dapper;
using Reporting.Tests.Support;

namespace Reporting.Tests.Pipeline;

/// <summary>Reads rows of the warehouse directly, to check what a load wrote.</summary>
public static class WarehouseRows
{
    public static List<T> Query<T>(TestWarehouse w, string sql, object? param = null)
    {
        using var session = w.Open();
        return session.Connection.Query<T>(sql, param).ToList();
    }

    public static long Count(TestWarehouse w, string sql, object? param = null)
    {
        using var session = w.Open();
        return session.Connection.ExecuteScalar<long>(sql, param);
    }

    /// <summary>Every file below a folder, as paths relative to it with '/' separators, sorted.</summary>
    public static List<string> FilesUnder(string folder) => !Directory.Exists(folder)
        ? []
        : Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
}

/// <summary>A row of <c>etl.source_file</c>.</summary>
public sealed record SourceFileRow(int FileKey, string FileName, string Status, string? PromeneurId, short? FileYear, int RowsLoaded, int RowsRejected, string? Message, string? StoredPath, DateTime LastModified);

/// <summary>A row of <c>dim.promeneur</c>.</summary>
public sealed record PromeneurRow(string PromeneurId, string LastName, string StructureCode, string Label, string? Job, DateOnly ValidFrom, DateOnly ValidTo, short IsCurrent);

public static class Sql
{
    public const string SourceFiles =
        "SELECT file_key, file_name, status, promeneur_id, file_year, rows_loaded, rows_rejected, message, stored_path, last_modified FROM etl.source_file ORDER BY file_key";

    public const string Promeneurs =
        "SELECT promeneur_id, last_name, structure_code, label, job, valid_from, valid_to, is_current FROM dim.promeneur ORDER BY promeneur_id, valid_from";
}

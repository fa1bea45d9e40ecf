using Reporting.Domain.Model;
using Reporting.Warehouse.Engine;
using Reporting.Warehouse.Loading.SqlServer;

namespace Reporting.Warehouse.Loading;

/// <summary>The writer that fits a session's engine, and the load rules both writers share.</summary>
public static class WarehouseWriters
{
    /// <summary>valid_from of a promeneur's first version: the past before the first load keeps it.</summary>
    public static readonly DateOnly OpenStart = new(1900, 1, 1);

    /// <summary>valid_to of a current version.</summary>
    public static readonly DateOnly OpenEnd = new(9999, 12, 31);

    /// <summary>Longest message kept on an audit row, value and message of a rejected cell (column sizes).</summary>
    public const int FileMessageLength = 2000, CellValueLength = 500, CellMessageLength = 1000;

    /// <summary>
    /// The writer of the session's engine. Retry delays wait on the real clock, never on a run's (possibly fake)
    /// clock: a fake one that is never advanced would wait for ever.
    /// </summary>
    public static IWarehouseWriter For(WarehouseSession session) => session.Location.Engine switch
    {
        WarehouseEngine.SqlServer => new SqlServerWarehouseWriter(session, new SqlServerBulkCopier(),
            new SqlServerWriterOptions { LockTimeout = session.LockWait, Waiting = session.Waiting }, TimeProvider.System),
        _ => new DuckDbWarehouseWriter(session),
    };

    /// <summary>Rows of a file with at least one rejected cell.</summary>
    public static int RejectedRows(IReadOnlyList<Rejection> rejections) => rejections.Select(r => (r.Sheet, r.Row)).Distinct().Count();

    /// <summary>The parameters that close the audit row of a run (<c>run_finish.sql</c> on either engine).</summary>
    public static object RunRow(int runKey, RunTotals t, DateTime finishedAt) => new
    {
        run_key = runKey,
        finished_at = finishedAt,
        files_seen = t.FilesSeen,
        files_loaded = t.FilesLoaded,
        files_skipped = t.FilesSkipped,
        files_quarantined = t.FilesQuarantined,
        rows_loaded = t.RowsLoaded,
        rows_rejected = t.RowsRejected,
        status = t.Status,
    };

    /// <summary>The parameters of the audit row of a file (<c>source_file_insert.sql</c> on either engine).</summary>
    public static object FileRow(FileAudit a, string status, int rowsLoaded, int rowsRejected, string? message) => new
    {
        run_key = a.RunKey,
        file_name = a.FileName,
        original_path = a.OriginalPath,
        stored_path = a.StoredPath,
        sha256 = a.Sha256,
        size_bytes = a.SizeBytes,
        last_modified = a.LastModified,
        kind = a.Kind,
        status,
        promeneur_id = a.PromeneurId,
        file_year = a.Year is int y ? (short?)y : null,
        rows_loaded = rowsLoaded,
        rows_rejected = rowsRejected,
        message = Truncate(message, FileMessageLength),
        processed_at = a.ProcessedAt,
    };

    /// <summary>The parameters of one row of the access list (<c>reference/access_insert.sql</c> on either engine).</summary>
    public static object AccessRow(AccessRecord r, int fileKey) => new { user_principal_name = r.UserPrincipalName, departement_code = r.Departement, source_file_key = fileKey };

    public static string? Truncate(string? s, int max) => s is null || s.Length <= max ? s : s[..(max - 1)] + "…";
}

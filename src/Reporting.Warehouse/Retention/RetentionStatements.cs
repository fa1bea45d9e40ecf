using Reporting.Warehouse.Engine;

namespace Reporting.Warehouse.Retention;

/// <summary>A promeneur whose labellisation ended before the cut-off date and whose names are still stored.</summary>
public sealed record PromeneurToPseudonymise(string PromeneurId, DateOnly LabelledTo);

/// <summary>What a purge did, as <c>etl.purge</c> records it.</summary>
public sealed record PurgeRecord(DateTime PurgedAt, int RetentionYears, DateOnly CutoffDate, int PromeneursPseudonymised, int FilesDeleted, long BytesDeleted, string Folders);

/// <summary>
/// The warehouse's part of retention (RGPD), on either engine: which promeneurs are due (a read, so a dry run works
/// on a read-only warehouse), and in one transaction their pseudonymisation, the audit rows that lose the path of a
/// deleted copy, and the purge's own audit row.
/// </summary>
public sealed class RetentionStatements(WarehouseSession session)
{
    /// <summary>What the names of a pseudonymised promeneur become (the first name is emptied).</summary>
    public const string Pseudonym = "(pseudonymisé)";

    private string Load => session.Location.Engine == WarehouseEngine.SqlServer ? "sqlserver/load/" : "duckdb/load/";

    public IReadOnlyList<PromeneurToPseudonymise> PromeneursEndedBefore(DateOnly cutoff) =>
        session.Query<PromeneurToPseudonymise>("queries/purge_promeneurs.sql", new { cutoff, pseudonym = Pseudonym }).ToList();

    /// <summary>Pseudonymises the promeneurs due, forgets the stored paths of the copies deleted, records the purge: all or nothing.</summary>
    public void Apply(PurgeRecord record, IReadOnlyList<string> deletedStoredPaths)
    {
        using var tx = session.Begin();
        session.Execute(Load + "purge_pseudonymise.sql", new { cutoff = record.CutoffDate, pseudonym = Pseudonym }, tx);
        if (deletedStoredPaths.Count > 0)
            session.Execute(Load + "source_file_forget_stored.sql", deletedStoredPaths.Select(p => new { stored_path = p }).ToList(), tx);
        session.Execute(Load + "purge_record.sql", new
        {
            purged_at = record.PurgedAt,
            retention_years = (short)record.RetentionYears,
            cutoff_date = record.CutoffDate,
            promeneurs_pseudonymised = record.PromeneursPseudonymised,
            files_deleted = record.FilesDeleted,
            bytes_deleted = record.BytesDeleted,
            folders = Loading.WarehouseWriters.Truncate(record.Folders, 2000),
        }, tx);
        tx.Commit();
    }
}

using System.Data;
using Reporting.Domain.Categories;
using Reporting.Domain.Model;
using Reporting.Domain.Periods;
using Reporting.Warehouse.Engine;

namespace Reporting.Warehouse.Loading;

/// <summary>
/// Writes into the embedded DuckDB warehouse: one transaction per file, audit row and rejected cells included, so
/// that a file is either wholly loaded (valid rows + its rejections) or not at all.
/// </summary>
public sealed partial class DuckDbWarehouseWriter(WarehouseSession session) : IWarehouseWriter
{
    private static readonly DateOnly OpenStart = WarehouseWriters.OpenStart;
    private static readonly DateOnly OpenEnd = WarehouseWriters.OpenEnd;

    /// <summary>The embedded warehouse is a file only one process can open: that is its load lock.</summary>
    public IDisposable LockForLoading() => NoLock.Instance;

    /// <summary>Opens the run's audit row, after marking interrupted the runs that never finished (only one program holds the file).</summary>
    public int StartRun(string folder, DateTime startedAt)
    {
        session.Execute("duckdb/load/run_mark_interrupted.sql");
        return session.ExecuteScalar<int>("duckdb/load/run_insert.sql", new { started_at = startedAt, source_folder = folder });
    }

    public void FinishRun(int runKey, RunTotals t, DateTime finishedAt) =>
        session.Execute("duckdb/load/run_finish.sql", WarehouseWriters.RunRow(runKey, t, finishedAt));

    public KnownFile? FindByHash(string sha256) =>
        session.QuerySingleOrDefault<KnownFile>("duckdb/load/source_file_find_by_hash.sql", new { sha256 });

    public IReadOnlyList<KnownFileRow> KnownFiles() => session.Query<KnownFileRow>("duckdb/load/source_file_known.sql").ToList();

    public IReadOnlyList<CurrentFileRow> CurrentFiles() => session.Query<CurrentFileRow>("duckdb/load/source_file_current_all.sql").ToList();

    public IReadOnlyList<PromeneurVersion> AllVersions() => session.Query<PromeneurVersion>("duckdb/load/promeneur_all_versions.sql").ToList();

    public LoadedVersion? CurrentTracking(string promeneurId, int year, string kind) =>
        session.QuerySingleOrDefault<LoadedVersion>("duckdb/load/source_file_current_tracking.sql",
            new { promeneur_id = promeneurId, file_year = (short)year, kind });

    public void SetStoredPath(int fileKey, string storedPath) =>
        session.Execute("duckdb/load/source_file_set_stored.sql", new { file_key = fileKey, stored_path = storedPath });

    public IReadOnlyList<int> SubmittedMonths(int fileKey) =>
        session.Query<int>("duckdb/load/monthly_activity_months_of_file.sql", new { file_key = fileKey }).ToList();

    public IReadOnlyList<PromeneurVersion> VersionsOf(string promeneurId) =>
        session.Query<PromeneurVersion>("duckdb/load/promeneur_versions_of.sql", new { promeneur_id = promeneurId }).ToList();

    /// <summary>Records a file that loads nothing (duplicate, older version, quarantine).</summary>
    public int RecordFile(FileAudit audit, string status, string? message)
    {
        using var tx = session.Begin();
        var key = InsertFile(audit, status, 0, 0, message, tx);
        tx.Commit();
        return key;
    }

    /// <summary>Replaces the access list of the Power BI dashboard (statements shared with SQL Server: sql/reference).</summary>
    public int LoadAccess(FileAudit audit, IReadOnlyList<AccessRecord> records, IReadOnlyList<Rejection> rejections)
    {
        using var tx = session.Begin();
        var fileKey = InsertFile(audit, FileStatus.Loaded, records.Count, RejectedRows(rejections), null, tx);
        session.Execute("reference/access_delete.sql", null, tx);
        foreach (var r in records) session.Execute("reference/access_insert.sql", WarehouseWriters.AccessRow(r, fileKey), tx);
        InsertRejections(fileKey, rejections, tx);
        tx.Commit();
        return fileKey;
    }

    public int LoadStructures(FileAudit audit, IReadOnlyList<StructureRecord> records, IReadOnlyList<Rejection> rejections)
    {
        using var tx = session.Begin();
        var fileKey = InsertFile(audit, FileStatus.Loaded, records.Count, RejectedRows(rejections), null, tx);
        session.Execute("duckdb/load/stage_reference.sql", null, tx);
        // Column order of stage_structure (sql/duckdb/load/stage_reference.sql).
        session.BulkInsertTemp("stage_structure", records.Select(r => new object?[] { r.Code, r.Nom, r.Type, r.Commune, r.Departement }));
        session.Execute("duckdb/load/structure_upsert.sql", new { source_file_key = fileKey }, tx);
        session.Execute("duckdb/load/promeneur_refresh_structure_keys.sql", null, tx);
        InsertRejections(fileKey, rejections, tx);
        tx.Commit();
        return fileKey;
    }

    /// <summary>
    /// Upserts promeneurs. A change of label, job or structure ends the current version at
    /// <paramref name="asOf"/> (validity intervals are half-open) and opens a new one from that day
    /// (type 2); a second change the same day corrects that day's version. Names and labellisation
    /// dates are overwritten on every version (type 1).
    /// </summary>
    public int LoadPromeneurs(FileAudit audit, IReadOnlyList<PromeneurRecord> records, IReadOnlyList<Rejection> rejections, DateOnly asOf)
    {
        using var tx = session.Begin();
        var fileKey = InsertFile(audit, FileStatus.Loaded, records.Count, RejectedRows(rejections), null, tx);
        var current = session.Query<PromeneurVersion>("duckdb/load/promeneur_all_versions.sql", null, tx)
            .Where(v => v.IsCurrent == 1)
            .ToDictionary(v => v.PromeneurId);
        var newVersions = new List<(PromeneurRecord Record, DateOnly ValidFrom)>();
        foreach (var r in records)
        {
            if (!current.TryGetValue(r.Identifiant, out var version))
            {
                newVersions.Add((r, OpenStart));
                continue;
            }
            var tracked = version.Label != r.Label || version.Job != r.Metier || version.StructureCode != r.CodeStructure;
            if (tracked && version.ValidFrom >= asOf)
            {
                session.Execute("duckdb/load/promeneur_update_version.sql", new
                {
                    promeneur_key = version.PromeneurKey,
                    structure_code = r.CodeStructure,
                    label = r.Label,
                    job = r.Metier,
                    source_file_key = fileKey,
                }, tx);
            }
            else if (tracked)
            {
                session.Execute("duckdb/load/promeneur_close_version.sql", new { promeneur_key = version.PromeneurKey, valid_to = asOf }, tx);
                newVersions.Add((r, asOf));
            }
            var type1Changed = version.LastName != r.Nom || version.FirstName != r.Prenom || version.DepartementCode != r.Departement
                || version.LabelledFrom != r.DateLabellisation || version.LabelledTo != r.DateFinLabellisation;
            if (type1Changed)
                session.Execute("duckdb/load/promeneur_update_type1.sql", new
                {
                    promeneur_id = r.Identifiant,
                    last_name = r.Nom,
                    first_name = r.Prenom,
                    departement_code = r.Departement,
                    labelled_from = r.DateLabellisation,
                    labelled_to = r.DateFinLabellisation,
                }, tx);
        }
        // New promeneurs and new versions go in bulk: stage, then one insert.
        session.Execute("duckdb/load/stage_reference.sql", null, tx);
        // Column order of stage_promeneur (sql/duckdb/load/stage_reference.sql).
        session.BulkInsertTemp("stage_promeneur", newVersions.Select(n => new object?[]
        {
            n.Record.Identifiant, n.Record.Nom, n.Record.Prenom, n.Record.CodeStructure, n.Record.Departement,
            n.Record.Label, n.Record.Metier, n.Record.DateLabellisation, n.Record.DateFinLabellisation, n.ValidFrom,
        }));
        session.Execute("duckdb/load/promeneur_insert.sql", new { valid_to = OpenEnd, source_file_key = fileKey }, tx);
        InsertRejections(fileKey, rejections, tx);
        tx.Commit();
        return fileKey;
    }

    /// <summary>
    /// Loads a tracking workbook, replacing the loaded version of the same (promeneur, year)
    /// entirely. Each fact row points at the promeneur version in effect on its date.
    /// </summary>
    public int LoadTracking(FileAudit audit, TrackingIdentification id, IReadOnlyList<MonthActivity> months,
        IReadOnlyList<Solicitation> solicitations, IReadOnlyList<Rejection> rejections, LoadedVersion? previous,
        IReadOnlyList<PromeneurVersion>? versions = null)
    {
        versions ??= VersionsOf(id.Identifiant);
        if (versions.Count == 0) throw new InvalidOperationException($"Promeneur {id.Identifiant} has no version in dim.promeneur.");
        int KeyAt(DateOnly d) => (versions.LastOrDefault(v => v.ValidFrom <= d && d < v.ValidTo) ?? versions[0]).PromeneurKey;

        using var tx = session.Begin();
        if (previous is not null)
        {
            session.Execute("duckdb/load/monthly_activity_delete_file.sql", new { file_key = previous.FileKey }, tx);
            session.Execute("duckdb/load/solicitation_delete_file.sql", new { file_key = previous.FileKey }, tx);
            session.Execute("duckdb/load/source_file_supersede.sql", new { file_key = previous.FileKey }, tx);
        }
        var fileKey = InsertFile(audit, FileStatus.Loaded, months.Count + solicitations.Count, RejectedRows(rejections), null, tx);
        // Column order of fact.monthly_activity and fact.solicitation (sql/duckdb/schema/001_star_schema.sql).
        session.BulkInsert("fact", "monthly_activity", months.Select(m => new object?[]
        {
            KeyAt(new DateOnly(id.Annee, m.Month, 1)),
            id.Annee * 100 + m.Month,
            m.HeuresEnLigne,
            m.HeuresHorsLigne,
            m.Permanences,
            m.AmisPublic,
            m.AmisProfessionnels,
            m.Publications,
            fileKey,
            m.SourceRow,
        }));
        session.BulkInsert("fact", "solicitation", solicitations.Select(s => new object?[]
        {
            KeyAt(s.Date),
            Period.DateKey(s.Date),
            s.Date.Year * 100 + s.Date.Month,
            Lists.Sens.KeyOf(s.Sens),
            Lists.Interlocuteur.KeyOf(s.Interlocuteur),
            Lists.Modalite.KeyOf(s.Modalite),
            Lists.Theme.KeyOf(s.Theme),
            Lists.TrancheAge.KeyOf(s.TrancheAge),
            (short)(s.NouveauParticipant ? 1 : 0),
            fileKey,
            s.SourceRow,
        }));
        InsertRejections(fileKey, rejections, tx);
        tx.Commit();
        return fileKey;
    }

    /// <summary>Codes of the known events and ids of the known promeneurs (attendance rows are checked against them).</summary>
    public (HashSet<string> Events, HashSet<string> Promeneurs) KnownEventsAndPromeneurs() =>
        (session.Query<EventRow>("duckdb/load/event_keys.sql").Select(e => e.Code).ToHashSet(StringComparer.Ordinal),
         session.Query<string>("duckdb/load/promeneur_ids.sql").ToHashSet(StringComparer.Ordinal));

    /// <summary>Upserts regroupements (type 1, by code).</summary>
    public int LoadEvents(FileAudit audit, IReadOnlyList<EventRecord> records, IReadOnlyList<Rejection> rejections)
    {
        using var tx = session.Begin();
        var fileKey = InsertFile(audit, FileStatus.Loaded, records.Count, RejectedRows(rejections), null, tx);
        session.Execute("duckdb/load/event_upsert.sql", records.Select(r => new
        {
            code = r.Code,
            event_date = r.Date,
            date_key = Period.DateKey(r.Date),
            event_type = r.Type,
            title = r.Intitule,
            departement_code = r.Departement,
            duration_hours = r.DureeHeures,
            audience = r.Public,
            source_file_key = fileKey,
        }), tx);
        InsertRejections(fileKey, rejections, tx);
        tx.Commit();
        return fileKey;
    }

    /// <summary>
    /// Loads an attendance sheet: the attendance of every event it names is replaced by its rows.
    /// Each row points at the promeneur version in effect on the event's date.
    /// </summary>
    public int LoadAttendance(FileAudit audit, IReadOnlyList<AttendanceRecord> records, IReadOnlyList<Rejection> rejections)
    {
        var events = session.Query<EventRow>("duckdb/load/event_keys.sql").ToDictionary(e => e.Code, StringComparer.Ordinal);
        var versions = session.Query<VersionKey>("duckdb/load/promeneur_versions_all_keys.sql").ToLookup(v => v.PromeneurId, StringComparer.Ordinal);
        int KeyAt(string id, DateOnly d)
        {
            var all = versions[id].OrderBy(v => v.ValidFrom).ToList();
            return (all.LastOrDefault(v => v.ValidFrom <= d && d < v.ValidTo) ?? all[0]).PromeneurKey;
        }

        using var tx = session.Begin();
        var fileKey = InsertFile(audit, FileStatus.Loaded, records.Count, RejectedRows(rejections), null, tx);
        foreach (var code in records.Select(r => r.CodeRegroupement).Distinct())
            session.Execute("duckdb/load/attendance_delete_event.sql", new { event_key = events[code].EventKey }, tx);
        // Column order of fact.attendance (sql/duckdb/schema/002_events.sql).
        session.BulkInsert("fact", "attendance", records.Select(r => new object?[]
        {
            events[r.CodeRegroupement].EventKey,
            KeyAt(r.Identifiant, events[r.CodeRegroupement].EventDate),
            Lists.StatutEmargement.KeyOf(r.Statut),
            fileKey,
            r.SourceRow,
        }));
        InsertRejections(fileKey, rejections, tx);
        tx.Commit();
        return fileKey;
    }

    private sealed record EventRow(int EventKey, string Code, DateOnly EventDate);

    private sealed record VersionKey(int PromeneurKey, string PromeneurId, DateOnly ValidFrom, DateOnly ValidTo);

    private int InsertFile(FileAudit a, string status, int rowsLoaded, int rowsRejected, string? message, IDbTransaction tx) =>
        session.ExecuteScalar<int>("duckdb/load/source_file_insert.sql", WarehouseWriters.FileRow(a, status, rowsLoaded, rowsRejected, message), tx);

    private void InsertRejections(int fileKey, IReadOnlyList<Rejection> rejections, IDbTransaction tx) =>
        session.Execute("duckdb/load/rejected_row_insert.sql", rejections.Select(r => new
        {
            file_key = fileKey,
            sheet = r.Sheet,
            source_row = r.Row,
            column_name = r.Column,
            cell_ref = r.Cell,
            cell_value = Truncate(r.Value, WarehouseWriters.CellValueLength),
            message = Truncate(r.Message, WarehouseWriters.CellMessageLength),
        }), tx);

    private static int RejectedRows(IReadOnlyList<Rejection> rejections) => WarehouseWriters.RejectedRows(rejections);

    private static string? Truncate(string? s, int max) => WarehouseWriters.Truncate(s, max);

    private sealed class NoLock : IDisposable
    {
        public static readonly NoLock Instance = new();

        public void Dispose()
        {
        }
    }
}

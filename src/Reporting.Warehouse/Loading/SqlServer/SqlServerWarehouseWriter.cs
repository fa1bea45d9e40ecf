using System.Data;
using System.Data.Common;
using Polly;
using Polly.Retry;
using Reporting.Domain.Categories;
using Reporting.Domain.Model;
using Reporting.Domain.Periods;
using Reporting.Warehouse.Engine;

namespace Reporting.Warehouse.Loading.SqlServer;

/// <summary>
/// Writes into the SQL Server warehouse, with the same audit rows, rejected cells and results as
/// <see cref="DuckDbWarehouseWriter"/>. Each file is one transaction: its audit row, then its rows
/// bulk-copied into staging (<see cref="IBulkCopier"/>, in batches), then set-based statements of
/// <c>sql/sqlserver/load</c> that move them into dimensions and facts, then the staging rows are
/// deleted. Every statement is a named <c>.sql</c> file, sent through the session.
/// <para>
/// Transient errors (<see cref="SqlServerWriterOptions.IsTransient"/>) are retried with Polly: a read
/// is simply read again; a file's load is rolled back and done again from the start on a fresh
/// transaction (reconnecting, and taking the load lock again, if the connection was lost). A commit
/// can reach the server while its acknowledgement is lost: before doing a file again, the retry looks
/// for the audit row its previous attempt would have committed (same run, path and hash) and, when
/// found, returns it instead of loading the file twice.
/// </para>
/// </summary>
public sealed partial class SqlServerWarehouseWriter : IWarehouseWriter
{
    private const string Load = "sqlserver/load/";

    private readonly WarehouseSession _session;
    private readonly IBulkCopier _copier;
    private readonly SqlServerWriterOptions _options;
    private readonly ResiliencePipeline _retry;
    private bool _lockHeld;

    /// <param name="delays">The clock the retry delays wait on (Polly).</param>
    public SqlServerWarehouseWriter(WarehouseSession session, IBulkCopier copier, SqlServerWriterOptions options, TimeProvider delays)
    {
        _session = session;
        _copier = copier;
        _options = options;
        var builder = new ResiliencePipelineBuilder { TimeProvider = delays };
        if (options.MaxRetries > 0)
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(options.IsTransient),
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.RetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = false,
            });
        _retry = builder.Build();
    }

    // ---- lock -------------------------------------------------------------------------------------

    /// <summary>
    /// Takes the application lock every loading program takes (<c>sp_getapplock</c>, owned by the
    /// connection): a second node waits <see cref="SqlServerWriterOptions.LockTimeout"/>, then gives up
    /// with a French message. Disposing the handle releases it.
    /// </summary>
    public IDisposable LockForLoading()
    {
        Read(() =>
        {
            AcquireLock();
            return 0;
        });
        _lockHeld = true;
        return new LockHandle(this);
    }

    private void AcquireLock()
    {
        // First without waiting, so that a wait is said before it starts; then for the configured time.
        var result = _session.ExecuteScalar<int>(Load + "applock_acquire.sql", new { lock_resource = _options.LockResource, lock_timeout_ms = 0 });
        if (result == -1 && _options.LockTimeout > TimeSpan.Zero)
        {
            _options.Waiting?.Invoke($"Un autre chargement est en cours dans l'entrepôt {_session.Location.Display()} : attente de sa fin, {_options.LockTimeout.TotalSeconds:0} s au plus…");
            result = _session.ExecuteScalar<int>(Load + "applock_acquire.sql",
                new { lock_resource = _options.LockResource, lock_timeout_ms = (int)_options.LockTimeout.TotalMilliseconds });
        }
        if (result < 0)
            throw new WarehouseBusyException(
                $"Un autre chargement est en cours dans l'entrepôt {_session.Location.Display()} (verrou « {_options.LockResource} ») : " +
                $"réessayez lorsqu'il sera terminé (attente de {_options.LockTimeout.TotalSeconds:0} s dépassée, code {result}).");
    }

    private void ReleaseLock()
    {
        if (!_lockHeld) return;
        _lockHeld = false;
        if (_session.Connection.State != ConnectionState.Open) return; // a closed connection holds no lock
        try
        {
            _session.Execute(Load + "applock_release.sql", new { lock_resource = _options.LockResource });
        }
        catch (DbException)
        {
            // The connection's end releases a session lock anyway.
        }
    }

    private sealed class LockHandle(SqlServerWarehouseWriter writer) : IDisposable
    {
        public void Dispose() => writer.ReleaseLock();
    }

    /// <summary>Reopens a lost connection before an attempt, and takes the load lock again if this writer held it.</summary>
    private void EnsureOpen()
    {
        var connection = _session.Connection;
        if (connection.State == ConnectionState.Open) return;
        connection.Close();
        connection.Open();
        if (_lockHeld) AcquireLock();
    }

    // ---- retried units of work ---------------------------------------------------------------------

    private T Read<T>(Func<T> read) => _retry.Execute(() =>
    {
        EnsureOpen();
        return read();
    });

    /// <summary>
    /// One file's load in one transaction, done again from the start after a transient error, but never
    /// twice: a retry first looks for the audit row of <paramref name="audit"/> its previous attempt may have
    /// committed, and then returns <paramref name="whenDone"/> of it.
    /// </summary>
    private int InTransaction(FileAudit audit, Func<DbTransaction, int> body, Func<int, DbTransaction, int>? whenDone = null)
    {
        var attempt = 0;
        return _retry.Execute(() =>
        {
            attempt++;
            EnsureOpen();
            var tx = _session.Begin();
            try
            {
                int key;
                if (attempt > 1 && _session.QuerySingleOrDefault<int?>(Load + "source_file_of_attempt.sql",
                        new { run_key = audit.RunKey, original_path = audit.OriginalPath, sha256 = audit.Sha256 }, tx) is int committed)
                    key = whenDone is null ? committed : whenDone(committed, tx);
                else
                    key = body(tx);
                tx.Commit();
                return key;
            }
            catch
            {
                Rollback(tx);
                throw;
            }
            finally
            {
                tx.Dispose();
            }
        });
    }

    private static void Rollback(DbTransaction tx)
    {
        try
        {
            tx.Rollback();
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            // The connection is gone: the server has rolled the transaction back.
        }
    }

    /// <summary>Bulk-copies rows into a staging table, in batches.</summary>
    private void Stage(DbTransaction tx, string table, IEnumerable<object?[]> rows)
    {
        var columns = StagingTables.Columns[table];
        var number = 0;
        foreach (var batch in rows.Chunk(_options.BatchSize))
            _copier.Copy(_session.Connection, tx, new StagingBatch(table, columns, batch, ++number));
    }

    private void StageRejections(DbTransaction tx, int loadKey, int fileKey, IReadOnlyList<Rejection> rejections) =>
        Stage(tx, "stage.rejected_row", rejections.Select(r => new object?[]
        {
            loadKey, fileKey, r.Sheet, r.Row, r.Column, r.Cell,
            WarehouseWriters.Truncate(r.Value, WarehouseWriters.CellValueLength),
            WarehouseWriters.Truncate(r.Message, WarehouseWriters.CellMessageLength),
        }));

    /// <summary>The end of every load: staged rejections into <c>etl.rejected_row</c>, staging emptied.</summary>
    private void Finish(DbTransaction tx, int loadKey, bool rejections)
    {
        if (rejections) _session.Execute(Load + "rejected_row_from_stage.sql", new { load_key = loadKey }, tx);
        _session.Execute(Load + "stage_clear.sql", new { load_key = loadKey }, tx);
    }

    // ---- IWarehouseWriter --------------------------------------------------------------------------

    /// <summary>Opens the run's audit row, after marking interrupted the runs that never finished (this run holds the load lock).</summary>
    public int StartRun(string folder, DateTime startedAt) => Read(() =>
    {
        _session.Execute(Load + "run_mark_interrupted.sql");
        return _session.ExecuteScalar<int>(Load + "run_insert.sql", new { started_at = startedAt, source_folder = folder });
    });

    public void FinishRun(int runKey, RunTotals t, DateTime finishedAt) =>
        Read(() => _session.Execute(Load + "run_finish.sql", WarehouseWriters.RunRow(runKey, t, finishedAt)));

    public KnownFile? FindByHash(string sha256) =>
        Read(() => _session.QuerySingleOrDefault<KnownFile>(Load + "source_file_find_by_hash.sql", new { sha256 }));

    public IReadOnlyList<KnownFileRow> KnownFiles() =>
        Read(() => _session.Query<KnownFileRow>(Load + "source_file_known.sql").ToList());

    public IReadOnlyList<CurrentFileRow> CurrentFiles() =>
        Read(() => _session.Query<CurrentFileRow>(Load + "source_file_current_all.sql").ToList());

    public IReadOnlyList<PromeneurVersion> AllVersions() =>
        Read(() => _session.Query<PromeneurVersion>(Load + "promeneur_all_versions.sql").ToList());

    public LoadedVersion? CurrentTracking(string promeneurId, int year, string kind) =>
        Read(() => _session.QuerySingleOrDefault<LoadedVersion>(Load + "source_file_current_tracking.sql",
            new { promeneur_id = promeneurId, file_year = (short)year, kind }));

    public void SetStoredPath(int fileKey, string storedPath) =>
        Read(() => _session.Execute(Load + "source_file_set_stored.sql", new { file_key = fileKey, stored_path = storedPath }));

    public IReadOnlyList<int> SubmittedMonths(int fileKey) =>
        Read(() => _session.Query<int>(Load + "monthly_activity_months_of_file.sql", new { file_key = fileKey }).ToList());

    public IReadOnlyList<PromeneurVersion> VersionsOf(string promeneurId) =>
        Read(() => _session.Query<PromeneurVersion>(Load + "promeneur_versions_of.sql", new { promeneur_id = promeneurId }).ToList());

    public int RecordFile(FileAudit audit, string status, string? message) =>
        InTransaction(audit, tx => InsertFile(audit, status, 0, 0, message, tx));

    public int LoadStructures(FileAudit audit, IReadOnlyList<StructureRecord> records, IReadOnlyList<Rejection> rejections) =>
        InTransaction(audit, tx =>
        {
            var fileKey = InsertFile(audit, FileStatus.Loaded, records.Count, WarehouseWriters.RejectedRows(rejections), null, tx);
            Stage(tx, "stage.structure", records.Select(r => new object?[] { fileKey, r.Code, r.Nom, r.Type, r.Commune, r.Departement, r.SourceRow }));
            StageRejections(tx, fileKey, fileKey, rejections);
            _session.Execute(Load + "structure_upsert.sql", new { load_key = fileKey, file_key = fileKey }, tx);
            Finish(tx, fileKey, rejections.Count > 0);
            return fileKey;
        });

    /// <summary>Replaces the access list of the Power BI dashboard (a few hundred rows: one parameterised insert each, statements shared with DuckDB).</summary>
    public int LoadAccess(FileAudit audit, IReadOnlyList<AccessRecord> records, IReadOnlyList<Rejection> rejections) =>
        InTransaction(audit, tx =>
        {
            var fileKey = InsertFile(audit, FileStatus.Loaded, records.Count, WarehouseWriters.RejectedRows(rejections), null, tx);
            StageRejections(tx, fileKey, fileKey, rejections);
            _session.Execute("reference/access_delete.sql", null, tx);
            foreach (var r in records) _session.Execute("reference/access_insert.sql", WarehouseWriters.AccessRow(r, fileKey), tx);
            Finish(tx, fileKey, rejections.Count > 0);
            return fileKey;
        });

    public int LoadPromeneurs(FileAudit audit, IReadOnlyList<PromeneurRecord> records, IReadOnlyList<Rejection> rejections, DateOnly asOf) =>
        InTransaction(audit, tx =>
        {
            var fileKey = InsertFile(audit, FileStatus.Loaded, records.Count, WarehouseWriters.RejectedRows(rejections), null, tx);
            Stage(tx, "stage.promeneur", records.Select(r => new object?[]
            {
                fileKey, r.Identifiant, r.Nom, r.Prenom, r.CodeStructure, r.Departement, r.Label, r.Metier,
                r.DateLabellisation, r.DateFinLabellisation, r.SourceRow,
            }));
            StageRejections(tx, fileKey, fileKey, rejections);
            _session.Execute(Load + "promeneur_upsert.sql", new
            {
                load_key = fileKey,
                file_key = fileKey,
                as_of = asOf,
                open_start = WarehouseWriters.OpenStart,
                open_end = WarehouseWriters.OpenEnd,
            }, tx);
            Finish(tx, fileKey, rejections.Count > 0);
            return fileKey;
        });

    public int LoadTracking(FileAudit audit, TrackingIdentification id, IReadOnlyList<MonthActivity> months,
        IReadOnlyList<Solicitation> solicitations, IReadOnlyList<Rejection> rejections, LoadedVersion? previous,
        IReadOnlyList<PromeneurVersion>? versions = null)
    {
        if ((versions ?? VersionsOf(id.Identifiant)).Count == 0) throw new InvalidOperationException($"Promeneur {id.Identifiant} has no version in dim.promeneur.");
        return InTransaction(audit, tx =>
        {
            if (previous is not null)
                _session.Execute(Load + "tracking_delete_file.sql", new { file_key = previous.FileKey }, tx);
            var fileKey = InsertFile(audit, FileStatus.Loaded, months.Count + solicitations.Count, WarehouseWriters.RejectedRows(rejections), null, tx);
            Stage(tx, "stage.monthly_activity", months.Select(m => new object?[]
            {
                fileKey, id.Identifiant, new DateOnly(id.Annee, m.Month, 1), id.Annee * 100 + m.Month,
                m.HeuresEnLigne, m.HeuresHorsLigne, m.Permanences, m.AmisPublic, m.AmisProfessionnels, m.Publications, m.SourceRow,
            }));
            Stage(tx, "stage.solicitation", solicitations.Select(s => new object?[]
            {
                fileKey, id.Identifiant, s.Date, Period.DateKey(s.Date), s.Date.Year * 100 + s.Date.Month,
                Lists.Sens.KeyOf(s.Sens), Lists.Interlocuteur.KeyOf(s.Interlocuteur), Lists.Modalite.KeyOf(s.Modalite),
                Lists.Theme.KeyOf(s.Theme), Lists.TrancheAge.KeyOf(s.TrancheAge), (short)(s.NouveauParticipant ? 1 : 0), s.SourceRow,
            }));
            StageRejections(tx, fileKey, fileKey, rejections);
            if (months.Count > 0) _session.Execute(Load + "monthly_activity_insert.sql", new { load_key = fileKey, file_key = fileKey }, tx);
            if (solicitations.Count > 0) _session.Execute(Load + "solicitation_insert.sql", new { load_key = fileKey, file_key = fileKey }, tx);
            Finish(tx, fileKey, rejections.Count > 0);
            return fileKey;
        });
    }

    public (HashSet<string> Events, HashSet<string> Promeneurs) KnownEventsAndPromeneurs() =>
        (Read(() => _session.Query<string>(Load + "event_codes.sql").ToHashSet(StringComparer.Ordinal)), KnownPromeneurs());

    public int LoadEvents(FileAudit audit, IReadOnlyList<EventRecord> records, IReadOnlyList<Rejection> rejections) =>
        InTransaction(audit, tx =>
        {
            var fileKey = InsertFile(audit, FileStatus.Loaded, records.Count, WarehouseWriters.RejectedRows(rejections), null, tx);
            Stage(tx, "stage.event", records.Select(r => new object?[]
            {
                fileKey, r.Code, r.Date, Period.DateKey(r.Date), r.Type, r.Intitule, r.Departement, r.DureeHeures, r.Public, r.SourceRow,
            }));
            StageRejections(tx, fileKey, fileKey, rejections);
            _session.Execute(Load + "event_upsert.sql", new { load_key = fileKey, file_key = fileKey }, tx);
            Finish(tx, fileKey, rejections.Count > 0);
            return fileKey;
        });

    public int LoadAttendance(FileAudit audit, IReadOnlyList<AttendanceRecord> records, IReadOnlyList<Rejection> rejections) =>
        InTransaction(audit, tx =>
        {
            var fileKey = InsertFile(audit, FileStatus.Loaded, records.Count, WarehouseWriters.RejectedRows(rejections), null, tx);
            Stage(tx, "stage.attendance", records.Select(r => new object?[]
            {
                fileKey, r.CodeRegroupement, r.Identifiant, Lists.StatutEmargement.KeyOf(r.Statut), r.SourceRow,
            }));
            StageRejections(tx, fileKey, fileKey, rejections);
            if (records.Count > 0) _session.Execute(Load + "attendance_replace.sql", new { load_key = fileKey, file_key = fileKey }, tx);
            Finish(tx, fileKey, rejections.Count > 0);
            return fileKey;
        });

    private int InsertFile(FileAudit a, string status, int rowsLoaded, int rowsRejected, string? message, IDbTransaction tx) =>
        _session.ExecuteScalar<int>(Load + "source_file_insert.sql", WarehouseWriters.FileRow(a, status, rowsLoaded, rowsRejected, message), tx);
}

using Reporting.Domain.Model;

namespace Reporting.Warehouse.Loading;

/// <summary>
/// What ingestion asks of the warehouse, whatever the engine: audit rows, the questions the loader
/// needs answered (known files, versions, promeneurs), and one load per file, each in one transaction,
/// so that a file is either wholly loaded (valid rows + its rejections + its audit row) or not at all.
/// <see cref="DuckDbWarehouseWriter"/> writes the embedded warehouse; <see cref="SqlServer.SqlServerWarehouseWriter"/>
/// the production one. <see cref="WarehouseWriters.For"/> picks the one that fits a session.
/// </summary>
public interface IWarehouseWriter
{
    /// <summary>
    /// Makes sure no other program loads the same warehouse until the handle is disposed (DuckDB: the file
    /// lock already does; SQL Server: an application lock, <c>sp_getapplock</c>). Throws
    /// <see cref="Engine.WarehouseUnavailableException"/> with a French message when another load holds it.
    /// </summary>
    IDisposable LockForLoading();

    int StartRun(string folder, DateTime startedAt);

    void FinishRun(int runKey, RunTotals totals, DateTime finishedAt);

    KnownFile? FindByHash(string sha256);

    /// <summary>Every file ingested before, with its hash (a run reads them once, then keeps them up to date).</summary>
    IReadOnlyList<KnownFileRow> KnownFiles();

    /// <summary>The loaded version of every promeneur's yearly file (a run reads them once).</summary>
    IReadOnlyList<CurrentFileRow> CurrentFiles();

    /// <summary>Every version of every promeneur, ordered by promeneur then start (a run reads them once per change of the list).</summary>
    IReadOnlyList<PromeneurVersion> AllVersions();

    LoadedVersion? CurrentTracking(string promeneurId, int year, string kind);

    /// <summary>The months (keys yyyymm) a loaded tracking workbook submitted, in order.</summary>
    IReadOnlyList<int> SubmittedMonths(int fileKey);

    IReadOnlyList<PromeneurVersion> VersionsOf(string promeneurId);

    /// <summary>Sets where a recorded file is kept (its archive copy, or its depot path while it could not be archived).</summary>
    void SetStoredPath(int fileKey, string storedPath);

    /// <summary>Records a file that loads nothing (duplicate, older version, quarantine).</summary>
    int RecordFile(FileAudit audit, string status, string? message);

    int LoadStructures(FileAudit audit, IReadOnlyList<StructureRecord> records, IReadOnlyList<Rejection> rejections);

    /// <summary>Replaces the whole access list of the Power BI dashboard by the file's rows (sql/reference/access_*.sql, both engines).</summary>
    int LoadAccess(FileAudit audit, IReadOnlyList<AccessRecord> records, IReadOnlyList<Rejection> rejections);

    /// <summary>Upserts promeneurs: type 2 on label, job and structure from <paramref name="asOf"/>, type 1 on the rest.</summary>
    int LoadPromeneurs(FileAudit audit, IReadOnlyList<PromeneurRecord> records, IReadOnlyList<Rejection> rejections, DateOnly asOf);

    /// <summary>Loads a tracking workbook, replacing the loaded version of the same (promeneur, year) entirely.</summary>
    int LoadTracking(FileAudit audit, TrackingIdentification id, IReadOnlyList<MonthActivity> months,
        IReadOnlyList<Solicitation> solicitations, IReadOnlyList<Rejection> rejections, LoadedVersion? previous,
        IReadOnlyList<PromeneurVersion>? versions = null);

    (HashSet<string> Events, HashSet<string> Promeneurs) KnownEventsAndPromeneurs();

    int LoadEvents(FileAudit audit, IReadOnlyList<EventRecord> records, IReadOnlyList<Rejection> rejections);

    int LoadAttendance(FileAudit audit, IReadOnlyList<AttendanceRecord> records, IReadOnlyList<Rejection> rejections);

    HashSet<string> KnownPromeneurs();

    IReadOnlyList<KnownFile> QuestionnaireFiles(string code);

    /// <summary>Loads (or replaces) a questionnaire from its file(s) in one transaction; returns its key.</summary>
    int LoadQuestionnaire(QuestionnaireContent content, IReadOnlyList<QuestionnaireFile> files);
}

using System.Data.Common;
using System.Security.Cryptography;
using Reporting.Domain.Contracts;
using Reporting.Domain.Model;
using Reporting.Sources.Documents;
using Reporting.Sources.Recognition;
using Reporting.Validation.Common;
using Reporting.Validation.Events;
using Reporting.Validation.Network;
using Reporting.Validation.Reference;
using Reporting.Validation.Tracking;
using Reporting.Warehouse.Engine;
using Reporting.Warehouse.Loading;

namespace Reporting.Pipeline.Ingestion;

/// <summary>
/// One ingestion run over a depot folder: discover → recognise → (read → validate → load in one
/// transaction) per file → archive or quarantine. Reference lists load first, then the other
/// files oldest first by last-modified time, so the newest version of a workbook wins. Bad input
/// never stops the run; only a missing depot or an unusable warehouse does.
/// </summary>
public sealed partial class Ingestion(IWarehouseWriter writer, TimeProvider clock, IngestOptions options, IIngestionProgress? progress = null)
{
    private static readonly string[] IgnoredNames = ["thumbs.db", "desktop.ini", ".ds_store"];

    private readonly IWarehouseWriter _writer = writer;
    private readonly FileStore _store = new(options, clock);
    private RunState _state = null!;

    /// <summary>An ingestion run into the warehouse of a session, with the writer of its engine (DuckDB or SQL Server).</summary>
    public Ingestion(WarehouseSession session, TimeProvider clock, IngestOptions options, IIngestionProgress? progress = null)
        : this(WarehouseWriters.For(session), clock, options, progress)
    {
    }

    private sealed record Candidate(string Path, string Sha256, long Size, DateTime LastModified, InputKind Kind, string? Sheet, string? Unreadable);

    /// <summary>
    /// Runs the ingestion. A cancellation (the service stopping) is honoured between files: the file being
    /// loaded finishes, the others stay in the depot for the next run.
    /// </summary>
    public IngestionReport Run(CancellationToken cancellationToken = default)
    {
        var depot = Path.GetFullPath(options.Depot);
        if (!Directory.Exists(depot))
            throw new DepotNotFoundException($"Dossier de dépôt introuvable : {depot}");

        var report = new IngestionReport { Depot = depot };
        var files = Discover(depot);
        // Nothing is loaded unless every loaded file can leave the depot for the archives (or the quarantine).
        FolderCheck.RequireWritable(depot, files.Select(f => Path.GetDirectoryName(f)!), options.ArchiveRoot, options.QuarantineRoot);
        progress?.Started(files.Count);
        // Two programs never load the same warehouse at once (several service nodes share one SQL Server).
        using var loadLock = _writer.LockForLoading();
        var runKey = _writer.StartRun(depot, Now());
        _state = RunState.Read(_writer);

        // Classification reads and hashes every file: pure work, spread over the cores.
        var candidates = files.AsParallel().WithDegreeOfParallelism(Environment.ProcessorCount).Select(Classify).ToList()
            .OrderBy(c => Priority(c.Kind))
            .ThenBy(c => c.LastModified)
            .ThenBy(c => c.Path, StringComparer.Ordinal)
            .ToList();

        var reached = new HashSet<string>(StringComparer.Ordinal);
        foreach (var prepared in PrepareAhead(Units(candidates)))
        {
            if (cancellationToken.IsCancellationRequested) break;
            reached.UnionWith(prepared.Unit.Select(c => c.Path));
            try
            {
                report.Files.AddRange(prepared.Load(runKey));
            }
            catch (Exception ex) when (ex is DbException or IOException or UnauthorizedAccessException || StorageErrors.IsFull(ex))
            {
                // Not the file's fault: leave it in the depot for the next run.
                var full = StorageErrors.IsFull(ex);
                report.Errors.AddRange(prepared.Unit.Select(c => (c.Path, full ? "plus de place pour écrire." : ex.Message)));
                if (full)
                {
                    // No room left: every further write would fail too (and DuckDB stops accepting any). Stop here;
                    // what was committed stays, the rest stays in the depot for the next run.
                    report.Stopped = StorageErrors.DescribeLoad(ex);
                    break;
                }
            }
            foreach (var candidate in prepared.Unit) progress?.Processed(candidate.Path);
        }
        if (report.Stopped is not null)
            foreach (var candidate in candidates.Where(c => !reached.Contains(c.Path)))
                report.Errors.Add((candidate.Path, "Non traité : le chargement s'est arrêté avant ce fichier."));

        var totals = new RunTotals(
            candidates.Count,
            report.Count(FileStatus.Loaded),
            report.Count(FileStatus.Duplicate) + report.Count(FileStatus.Older),
            report.Count(FileStatus.Quarantined),
            report.RowsLoaded,
            report.RowsRejected,
            report.Stopped is not null || cancellationToken.IsCancellationRequested ? "Interrompu" : report.Errors.Count == 0 && report.NotArchived.Count == 0 ? "Terminé" : "Terminé avec erreurs");
        try
        {
            _writer.FinishRun(runKey, totals, Now());
        }
        catch (Exception ex) when (report.Stopped is not null || StorageErrors.IsFull(ex))
        {
            // The audit row of the run stays « En cours »; the next run marks it interrupted.
            report.Stopped ??= StorageErrors.DescribeLoad(ex);
        }
        return report;
    }

    private List<string> Discover(string depot)
    {
        var archive = Path.GetFullPath(options.ArchiveRoot) + Path.DirectorySeparatorChar;
        var quarantine = Path.GetFullPath(options.QuarantineRoot) + Path.DirectorySeparatorChar;
        var enumeration = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System };
        return Directory.EnumerateFiles(depot, "*", enumeration)
            .Where(f => !f.StartsWith(archive, StringComparison.Ordinal) && !f.StartsWith(quarantine, StringComparison.Ordinal))
            .Where(f => !IsIgnored(Path.GetFileName(f)))
            .Where(f => options.Accept?.Invoke(f) ?? true)
            .ToList();
    }

    /// <summary>Office lock files, system files and our own quarantine notes are not inputs: they stay where they are.</summary>
    private static bool IsIgnored(string name) =>
        name.StartsWith("~$", StringComparison.Ordinal) || name.StartsWith('.') ||
        IgnoredNames.Contains(name.ToLowerInvariant()) || name.EndsWith(".erreur.txt", StringComparison.OrdinalIgnoreCase);

    private Candidate Classify(string path)
    {
        var info = new FileInfo(path);
        var sha = Hash(path);
        try
        {
            using var document = SourceDocument.Open(path, options.Limits);
            var recognition = FileRecognizer.Recognize(document);
            return new Candidate(path, sha, info.Length, info.LastWriteTimeUtc, recognition.Kind, recognition.Sheet, null);
        }
        catch (Exception ex) when (IsFileProblem(ex))
        {
            return new Candidate(path, sha, info.Length, info.LastWriteTimeUtc, InputKind.Unknown, null, Reason(ex));
        }
    }

    private static int Priority(InputKind kind) => kind switch
    {
        InputKind.Structures => 0,
        InputKind.Acces => 0,
        InputKind.Promeneurs => 1,
        InputKind.GroupesLocaux => 2,
        InputKind.Regroupements => 3,
        InputKind.Emargement => 4,
        InputKind.TrackingWorkbook => 5,
        InputKind.Unknown => 9,
        _ => 4,
    };

    /// <summary>
    /// A unit of the run (one file, or the CSV parts of one questionnaire) read and validated, waiting
    /// for its turn to load; <see cref="Load"/> does the warehouse's work for a run key.
    /// </summary>
    private sealed record Prepared(IReadOnlyList<Candidate> Unit, Func<int, IEnumerable<FileReport>> Load);

    /// <summary>
    /// Reads and validates the next units on <see cref="ReadLimits.ReadingWorkers"/> threads while the current
    /// one loads: results come back in the run's order, the warehouse work stays on this thread, and at
    /// most that many units are read ahead (each within the per-file memory budgets of <see cref="ReadLimits"/>).
    /// </summary>
    private IEnumerable<Prepared> PrepareAhead(IReadOnlyList<List<Candidate>> units)
    {
        var workers = Math.Max(1, options.Limits.ReadingWorkers);
        var pending = new Queue<Task<Prepared>>();
        var next = 0;
        try
        {
            while (true)
            {
                while (pending.Count < workers && next < units.Count)
                {
                    var unit = units[next++];
                    pending.Enqueue(Task.Run(() => Prepare(unit)));
                }
                if (pending.Count == 0) yield break;
                yield return pending.Dequeue().GetAwaiter().GetResult();
            }
        }
        finally
        {
            // A stopped run (cancellation, full disk) waits for the reads under way: no file stays open behind it.
            foreach (var task in pending)
                try { task.Wait(); } catch (AggregateException) { }
        }
    }

    private Prepared Prepare(List<Candidate> unit)
    {
        if (unit.Count > 1 || IsQuestionnairePart(unit[0].Kind))
            return new(unit, runKey => ProcessQuestionnaireFiles(runKey, unit));
        var c = unit[0];
        var load = PrepareFile(c);
        return new(unit, runKey => [Process(runKey, c, load)]);
    }

    /// <summary>
    /// The file's own work: read and validate. An exception here is the file's fault (quarantine).
    /// Validation that needs the warehouse (attendance checks known events, questionnaires known
    /// promeneurs) is left to the load step, which runs on the warehouse's thread.
    /// </summary>
    private Func<FileAudit, FileReport> PrepareFile(Candidate c)
    {
        if (c.Unreadable is not null) return a => Quarantine(a, c, c.Unreadable);
        if (c.Kind == InputKind.Unknown) return a => Quarantine(a, c, FileRecognizer.UnknownMessage);
        if (c.Kind == InputKind.Emargement) return a => LoadAttendance(a, c);
        if (c.Kind == InputKind.Regroupements) return a => LoadEvents(a, c);
        if (c.Kind == InputKind.Parcours) return a => LoadOnboarding(a, c);
        if (c.Kind == InputKind.GroupesLocaux) return a => LoadGroupMemberships(a, c);
        if (c.Kind == InputKind.QuestionnaireWorkbook) return a => LoadQuestionnaireWorkbook(a, c);
        try
        {
            using var document = SourceDocument.Open(c.Path, options.Limits);
            return c.Kind switch
            {
                InputKind.Structures => Then(c, StructuresValidator.Validate(document, c.Sheet!), LoadStructures),
                InputKind.Acces => Then(c, AccesValidator.Validate(document, c.Sheet!), LoadAccess),
                InputKind.Promeneurs => Then(c, PromeneursValidator.Validate(document, c.Sheet!), LoadPromeneurs),
                InputKind.TrackingWorkbook => Then(c, TrackingWorkbookValidator.Validate(document), LoadTracking),
                InputKind.ActiviteReseau => Then(c, ActiviteReseauValidator.Validate(document, c.Sheet!), LoadNetworkActivity),
                _ => a => Quarantine(a, c, $"Les fichiers de type « {InputContract.Describe(c.Kind)} » ne sont pas encore pris en charge par cette version."),
            };
        }
        catch (Exception ex) when (IsFileProblem(ex))
        {
            return a => Quarantine(a, c, Reason(ex));
        }
    }

    private static Func<FileAudit, FileReport> Then<T>(Candidate c, Validated<T> validated, Func<FileAudit, Candidate, Validated<T>, FileReport> load) =>
        a => load(a, c, validated);

    /// <summary>The warehouse's work: skip a file already ingested, otherwise load it (one transaction).</summary>
    private FileReport Process(int runKey, Candidate c, Func<FileAudit, FileReport> load)
    {
        var audit = AuditOf(runKey, c);
        var known = _state.FindByHash(c.Sha256);
        if (known is not null && LeftBehind(known, c) is { } cleared) return cleared;
        if (known is not null)
            return Skip(audit, c, FileStatus.Duplicate,
                $"Contenu identique à « {known.FileName} », déjà chargé le {known.ProcessedAt.ToLocalTime():dd/MM/yyyy} : rien à faire.");
        return load(audit);
    }

    private FileReport LoadStructures(FileAudit audit, Candidate c, Validated<IReadOnlyList<StructureRecord>> validated)
    {
        if (validated.FileError is not null) return Quarantine(audit, c, validated.FileError);
        var stored = _store.ArchivePathFor(c.Path);
        var fileKey = _writer.LoadStructures(audit with { StoredPath = stored }, validated.Content!, validated.Rejections);
        return Loaded(c, fileKey, validated.Content!.Count, validated, stored);
    }

    private FileReport LoadAccess(FileAudit audit, Candidate c, Validated<IReadOnlyList<AccessRecord>> validated)
    {
        if (validated.FileError is not null) return Quarantine(audit, c, validated.FileError);
        var stored = _store.ArchivePathFor(c.Path);
        var fileKey = _writer.LoadAccess(audit with { StoredPath = stored }, validated.Content!, validated.Rejections);
        return Loaded(c, fileKey, validated.Content!.Count, validated, stored);
    }

    private FileReport LoadPromeneurs(FileAudit audit, Candidate c, Validated<IReadOnlyList<PromeneurRecord>> validated)
    {
        if (validated.FileError is not null) return Quarantine(audit, c, validated.FileError);
        var stored = _store.ArchivePathFor(c.Path);
        var fileKey = _writer.LoadPromeneurs(audit with { StoredPath = stored }, validated.Content!, validated.Rejections, DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        _state.PromeneursChanged();
        return Loaded(c, fileKey, validated.Content!.Count, validated, stored);
    }

    /// <summary>A regroupements list may name local groups (column Groupe), checked against the warehouse: it validates here.</summary>
    private FileReport LoadEvents(FileAudit audit, Candidate c)
    {
        var groups = NetworkGroupFinder();
        var validated = ValidateHere(audit, c, document => RegroupementsValidator.Validate(document, c.Sheet!, groups), out var refused);
        if (refused is not null) return refused;
        var stored = _store.ArchivePathFor(c.Path);
        var fileKey = _writer.LoadEvents(audit with { StoredPath = stored }, validated!.Content!, validated.Rejections);
        return Loaded(c, fileKey, validated.Content!.Count, validated, stored);
    }

    private Func<string, string, string?> NetworkGroupFinder() => NetworkLoads.GroupFinder(_writer.LocalGroups());

    private FileReport LoadNetworkActivity(FileAudit audit, Candidate c, Validated<IReadOnlyList<NetworkActivityRecord>> validated)
    {
        if (validated.FileError is not null) return Quarantine(audit, c, validated.FileError);
        var stored = _store.ArchivePathFor(c.Path);
        var fileKey = _writer.LoadNetworkActivity(audit with { StoredPath = stored }, validated.Content!, validated.Rejections);
        return Loaded(c, fileKey, validated.Content!.Count, validated, stored);
    }

    /// <summary>Onboarding steps are checked against the promeneurs and interviews already loaded.</summary>
    private FileReport LoadOnboarding(FileAudit audit, Candidate c)
    {
        var promeneurs = _writer.KnownPromeneurs();
        var interviews = _writer.LoadedInterviews();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var validated = ValidateHere(audit, c, document => ParcoursValidator.Validate(document, c.Sheet!, promeneurs.Contains,
            id => interviews.TryGetValue(id, out var d) ? d : null, today), out var refused);
        if (refused is not null) return refused;
        var stored = _store.ArchivePathFor(c.Path);
        var fileKey = _writer.LoadOnboarding(audit with { StoredPath = stored }, validated!.Content!, validated.Rejections);
        return Loaded(c, fileKey, validated.Content!.Count, validated, stored);
    }

    /// <summary>Memberships are checked against the promeneurs already loaded; a group over 15 members loads with a warning.</summary>
    private FileReport LoadGroupMemberships(FileAudit audit, Candidate c)
    {
        var promeneurs = _writer.KnownPromeneurs();
        var groups = NetworkGroupFinder();
        var validated = ValidateHere(audit, c, document => GroupesLocauxValidator.Validate(document, c.Sheet!, promeneurs.Contains, groups), out var refused);
        if (refused is not null) return refused;
        var stored = _store.ArchivePathFor(c.Path);
        var fileKey = _writer.LoadGroupMemberships(audit with { StoredPath = stored }, validated!.Content!, validated.Rejections);
        return Loaded(c, fileKey, validated.Content!.Count, validated, stored);
    }

    /// <summary>Reads and validates a file on the warehouse's thread; a file it cannot read, or refuses, is quarantined.</summary>
    private Validated<T>? ValidateHere<T>(FileAudit audit, Candidate c, Func<ISourceDocument, Validated<T>> validate, out FileReport? refused)
    {
        refused = null;
        Validated<T> validated;
        try
        {
            using var document = SourceDocument.Open(c.Path, options.Limits);
            validated = validate(document);
        }
        catch (Exception ex) when (IsFileProblem(ex))
        {
            refused = Quarantine(audit, c, Reason(ex));
            return null;
        }
        if (validated.FileError is not null) refused = Quarantine(audit, c, validated.FileError);
        return validated;
    }

    /// <summary>Attendance rows are checked against the events and promeneurs already in the warehouse, so they validate here.</summary>
    private FileReport LoadAttendance(FileAudit audit, Candidate c)
    {
        Validated<IReadOnlyList<AttendanceRecord>> validated;
        try
        {
            var (events, promeneurs) = _writer.KnownEventsAndPromeneurs();
            using var document = SourceDocument.Open(c.Path, options.Limits);
            validated = EmargementValidator.Validate(document, c.Sheet!, events.Contains, promeneurs.Contains);
        }
        catch (Exception ex) when (IsFileProblem(ex))
        {
            return Quarantine(audit, c, Reason(ex));
        }
        if (validated.FileError is not null) return Quarantine(audit, c, validated.FileError);
        var stored = _store.ArchivePathFor(c.Path);
        var fileKey = _writer.LoadAttendance(audit with { StoredPath = stored }, validated.Content!, validated.Rejections);
        return Loaded(c, fileKey, validated.Content!.Count, validated, stored);
    }

    private FileReport LoadTracking(FileAudit audit, Candidate c, Validated<TrackingWorkbook> validated)
    {
        if (validated.FileError is not null) return Quarantine(audit, c, validated.FileError);
        var workbook = validated.Content!;
        var id = workbook.Identification;
        audit = audit with { PromeneurId = id.Identifiant, Year = id.Annee };

        var referenceError = ReferenceCheck.Check(id, Reference(id));
        if (referenceError is not null) return Quarantine(audit, c, referenceError);

        var previous = _state.CurrentTracking(id.Identifiant, id.Annee, audit.Kind);
        if (previous is not null && c.LastModified < previous.LastModified)
            return Skip(audit, c, FileStatus.Older,
                $"Version plus ancienne que « {previous.FileName} » déjà chargée pour {id.Identifiant} en {id.Annee} : elle n'est pas chargée.");

        List<string> warnings = [];
        if (previous is not null)
        {
            var before = _writer.SubmittedMonths(previous.FileKey).Select(k => k % 100).ToList();
            if (workbook.Months.Count == 0 && workbook.Solicitations.Count == 0 && previous.RowsLoaded > 0)
                return Quarantine(audit, c, EmptyReplacement(id, previous, before));
            var kept = workbook.Months.Select(m => m.Month).ToHashSet();
            var gone = before.Where(m => !kept.Contains(m)).ToList();
            if (gone.Count > 0)
                warnings.Add($"cette version remplace « {previous.FileName} » sans {(gone.Count > 1 ? "les mois" : "le mois")} {MonthNames(gone)}, " +
                             $"transmis dans la version précédente : {(gone.Count > 1 ? "ils ne sont plus comptés" : "il n'est plus compté")} pour {id.Identifiant} en {id.Annee}. " +
                             "Si c'est une erreur, renvoyez le tableau avec ces mois.");
        }

        var stored = _store.ArchivePathFor(c.Path);
        var fileKey = _writer.LoadTracking(audit with { StoredPath = stored }, id, workbook.Months, workbook.Solicitations, validated.Rejections, previous,
            _state.VersionsOf(id.Identifiant));
        _state.TrackingLoaded(id.Identifiant, id.Annee, audit.Kind, new LoadedVersion(fileKey, audit.FileName, c.LastModified, workbook.Months.Count + workbook.Solicitations.Count));
        var message = previous is null ? null : $"Remplace la version « {previous.FileName} ».";
        return Loaded(c, fileKey, workbook.Months.Count + workbook.Solicitations.Count, validated, stored, message) with { Replaces = previous?.FileName, Warnings = warnings };
    }

    /// <summary>
    /// Why a tracking workbook with no submitted month and no solicitation does not replace a version that has data:
    /// loading it would silently wipe the promeneur's year (etl/REGLES.md).
    /// </summary>
    private static string EmptyReplacement(TrackingIdentification id, LoadedVersion previous, IReadOnlyList<int> months)
    {
        var solicitations = previous.RowsLoaded - months.Count;
        var held = months.Count == 0 ? "aucun mois transmis" : $"{months.Count} mois transmis ({MonthNames(months)})";
        if (solicitations > 0) held += $" et {solicitations} sollicitation{(solicitations > 1 ? "s" : string.Empty)}";
        return $"Tableau de suivi vide : aucun mois transmis et aucune sollicitation pour {id.Identifiant} en {id.Annee}, alors que la version déjà chargée " +
               $"(« {previous.FileName} ») compte {held}. Il n'est pas chargé : il effacerait l'année du promeneur. " +
               "Envoyez à la place le tableau de suivi complet de l'année (les mois déjà transmis et les nouveaux, avec leurs sollicitations).";
    }

    private static string MonthNames(IEnumerable<int> months)
    {
        var names = months.Order().Select(m => Reporting.Domain.Categories.Lists.Mois[m - 1].ToLowerInvariant()).ToList();
        return names.Count == 1 ? names[0] : string.Join(", ", names.Take(names.Count - 1)) + " et " + names[^1];
    }

    /// <summary>The reference data of a promeneur for a year: its département and the labels of the versions valid that year.</summary>
    private PromeneurReference? Reference(TrackingIdentification id)
    {
        var versions = _state.VersionsOf(id.Identifiant);
        if (versions.Count == 0) return null;
        var first = new DateOnly(id.Annee, 1, 1);
        var end = new DateOnly(id.Annee + 1, 1, 1);
        var labels = versions.Where(v => v.ValidFrom < end && v.ValidTo > first).Select(v => v.Label).Distinct().ToList();
        var current = versions.FirstOrDefault(v => v.IsCurrent == 1) ?? versions[^1];
        return new PromeneurReference(id.Identifiant, current.DepartementCode, labels);
    }

    /// <summary>
    /// The load is committed: the file leaves the depot for the archives. A move that fails now never turns the loaded
    /// file into an error: the report says it was loaded and could not be archived, its audit row says it is kept in
    /// the depot, and the next run finishes the move (<see cref="LeftBehind"/>).
    /// </summary>
    private FileReport Loaded<T>(Candidate c, int fileKey, int rows, Validated<T> validated, string stored, string? message = null)
    {
        _state.Loaded(c.Sha256, fileKey, Path.GetFileName(c.Path), Now(), c.Path, stored);
        return Archive(c, new FileReport(c.Path, c.Kind, FileStatus.Loaded, rows, validated.RejectedRows, message, validated.Rejections, stored) { Warnings = validated.Warnings }, () => fileKey);
    }

    /// <summary>
    /// Moves a committed file to its planned archive path (<see cref="FileReport.StoredPath"/>); on failure, points its
    /// audit row (found by <paramref name="fileKey"/>, null when it cannot be found) at the depot and says so.
    /// </summary>
    private FileReport Archive(Candidate c, FileReport loaded, Func<int?> fileKey)
    {
        try
        {
            return loaded with { StoredPath = _store.Move(loaded.Path, loaded.StoredPath!) };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException || StorageErrors.IsFull(ex))
        {
            try
            {
                if (fileKey() is int key) _writer.SetStoredPath(key, loaded.Path);
                _state.Stored(c.Sha256, c.Path);
            }
            catch (DbException)
            {
                // No room to say so either: the row keeps the planned archive path, where the next run archives the file.
            }
            var reason = StorageErrors.IsFull(ex) ? "plus de place pour écrire" : ex.Message;
            return loaded with
            {
                StoredPath = loaded.Path,
                NotArchived = $"chargé, mais il n'a pas pu être archivé ({reason}) ; il reste dans le dépôt : " +
                              "le prochain chargement le reconnaîtra (même contenu) et réessaiera de l'archiver, sans le charger une seconde fois.",
            };
        }
    }

    /// <summary>
    /// A file an earlier run loaded from this very place but could not archive (its audit row keeps it in the depot):
    /// the move is finished now and the row points at the archive copy; nothing is loaded or recorded again, and there
    /// is never a second copy. Null for a plain duplicate dropped anew.
    /// </summary>
    private FileReport? LeftBehind(KnownFile known, Candidate c)
    {
        if (!string.Equals(known.StoredPath, c.Path, StringComparison.Ordinal) || !string.Equals(known.OriginalPath, c.Path, StringComparison.Ordinal)) return null;
        var archived = _store.Move(c.Path, _store.ArchivePathFor(c.Path));
        _writer.SetStoredPath(known.FileKey, archived);
        _state.Stored(c.Sha256, archived);
        var when = known.ProcessedAt.ToLocalTime().ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
        return new FileReport(c.Path, c.Kind, FileStatus.Duplicate, 0, 0,
            $"Déjà chargé le {when} ; son archivage avait échoué : archivé maintenant ({archived}), sans être chargé une seconde fois.", [], archived);
    }

    private FileReport Skip(FileAudit audit, Candidate c, string status, string message)
    {
        var stored = _store.ArchivePathFor(c.Path);
        _writer.RecordFile(audit with { StoredPath = stored }, status, message);
        var final = _store.Move(c.Path, stored);
        return new FileReport(c.Path, c.Kind, status, 0, 0, message, [], final);
    }

    /// <summary>Records the refusal first, then moves the file: a failed write leaves the file in the depot, in step with the report.</summary>
    private FileReport Quarantine(FileAudit audit, Candidate c, string reason)
    {
        var stored = _store.QuarantinePathFor(c.Path);
        _writer.RecordFile(audit with { StoredPath = stored }, FileStatus.Quarantined, reason);
        var final = _store.Quarantine(c.Path, stored, reason);
        return new FileReport(c.Path, c.Kind, FileStatus.Quarantined, 0, 0, reason, [], final);
    }

    /// <summary>Exceptions that say the file's content is bad (not the machine): the file goes to quarantine.</summary>
    private static bool IsFileProblem(Exception ex) =>
        ex is SourceUnreadableException or InvalidDataException or System.Xml.XmlException or FormatException
            or OverflowException or InvalidOperationException
            or ArgumentException or NotSupportedException or IndexOutOfRangeException or InvalidCastException;

    private static string Reason(Exception ex) => ex is SourceUnreadableException
        ? ex.Message
        : "Fichier illisible : son contenu est endommagé ou n'est pas dans un format attendu (classeur .xlsx ou CSV).";

    private static string Hash(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}

/// <summary>The depot folder does not exist (the message is French and names it).</summary>
public sealed class DepotNotFoundException(string message) : DirectoryNotFoundException(message);

using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using Reporting.Pipeline.Aggregates;
using Reporting.Pipeline.Ingestion;
using Reporting.Service.Annexes;
using Reporting.Service.Depot;
using Reporting.Service.Jobs;
using Reporting.Service.PowerBi;
using Reporting.Service.State;
using Reporting.Warehouse.Engine;
using Reporting.Warehouse.Loading;

namespace Reporting.Service;

/// <summary>
/// What the jobs do, in one place: the ingest tick (load the ready files of the depot, then catch up on the
/// annexes, then refresh Power BI when rows changed) and the monthly run (catch up on the annexes). Warehouse work
/// is serialized inside the process (one gate) and across processes and machines (the warehouse's load lock).
/// Every outcome goes to the state file and to the log, in French, with identifiers but no names.
/// </summary>
public sealed class ScheduledWork(
    ServiceSettings settings,
    TimeProvider clock,
    StateFile state,
    DepotWatch depot,
    AnnexDelivery annexes,
    IHostApplicationLifetime lifetime,
    ILogger<ScheduledWork> logger,
    IPowerBiRefresh? powerBi = null)
{
    public const string IngestJobName = "chargement", AnnexJobName = "annexes-mensuelles", PowerBiJobName = "powerbi";

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The ingest tick: ready files loaded, annexes caught up, Power BI refreshed after a load that changed rows.</summary>
    public async Task IngestTickAsync(IScheduler scheduler, CancellationToken jobToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(jobToken, lifetime.ApplicationStopping);
        var loadedRows = false;
        string? aggregateError = null;
        Begin(IngestJobName);
        await GuardAsync(scheduler, IngestJobName, "Chargement", "les fichiers restent dans le dépôt pour le prochain passage", async cancellationToken =>
        {
            var ready = await depot.ReadyFilesAsync(cancellationToken).ConfigureAwait(false);
            state.Update(s => s.FilesWaiting = depot.Waiting(ready));
            await WithWarehouseAsync(async session =>
            {
                if (ready.Count > 0)
                {
                    var report = new Ingestion(session, clock, settings.IngestOptions(ready.Contains)).Run(cancellationToken);
                    loadedRows = report.Count(FileStatus.Loaded) > 0;
                    Record(report, cancellationToken.IsCancellationRequested);
                    // As « reporting charger »: the indicator aggregate Power BI imports follows every load that loaded a file.
                    aggregateError = AggregateRefresh.AfterLoad(session, report, clock, settings.SecrecyThreshold)?.Error;
                    if (aggregateError is not null) logger.LogError("Agrégat des indicateurs non recalculé : {Raison}", aggregateError);
                }
                End(IngestJobName, aggregateError is null ? JobState.Succeeded : JobState.Failed, aggregateError is null ? null : $"Fichiers chargés, mais {aggregateError}");
                if (!cancellationToken.IsCancellationRequested) await CatchUpAsync(session, cancellationToken).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }, stop.Token).ConfigureAwait(false);
        if (loadedRows && !stop.IsCancellationRequested) await RefreshPowerBiAsync(stop.Token).ConfigureAwait(false);
    }

    /// <summary>The monthly run: catch up on the annexes (those of the month just closed are now due).</summary>
    public async Task AnnexTickAsync(IScheduler scheduler, CancellationToken jobToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(jobToken, lifetime.ApplicationStopping);
        await GuardAsync(scheduler, AnnexJobName, "Annexes", "les annexes dues seront écrites au prochain passage",
            cancellationToken => WithWarehouseAsync(session => CatchUpAsync(session, cancellationToken), cancellationToken), stop.Token).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs a job's work and records how it ended: a stop or a busy warehouse postpones it (the next tick retries),
    /// a folder that cannot be read fails it; either way the next runs are refreshed in the state.
    /// </summary>
    private async Task GuardAsync(IScheduler scheduler, string job, string what, string retry, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        try
        {
            await work(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            End(job, JobState.Postponed, $"Service arrêté : {retry}.");
        }
        catch (WarehouseUnavailableException ex)
        {
            logger.LogWarning("{Tache} reporté(es) : {Raison}", what, ex.Message);
            End(job, JobState.Postponed, $"{ex.Message} Nouvel essai : {retry}.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            logger.LogError("{Tache} en échec : {Raison}", what, ex.Message);
            End(job, JobState.Failed, $"Dossier inaccessible : {ex.Message} Nouvel essai : {retry}.");
        }
        finally
        {
            await RefreshNextRunsAsync(scheduler).ConfigureAwait(false);
        }
    }

    /// <summary>Opens the warehouse with the load lock for one piece of work, one piece at a time in this process.</summary>
    private async Task WithWarehouseAsync(Func<WarehouseSession, Task> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var access = WarehouseAccess.Open(settings.Warehouse, settings.LockWait, clock,
                message => logger.LogInformation("{Attente}", message));
            await work(access.Session).ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Writes the annexes due and not done (or out of date); a failure is the annex job's, recorded with its reason.</summary>
    private async Task CatchUpAsync(WarehouseSession session, CancellationToken cancellationToken)
    {
        Begin(AnnexJobName);
        try
        {
            var deliveries = await annexes.CatchUpAsync(session, cancellationToken).ConfigureAwait(false);
            state.Update(s =>
            {
                foreach (var d in deliveries)
                    s.Deliveries.Insert(0, new DeliveryRecord
                    {
                        Target = d.Target, Month = d.Month.Text, At = clock.GetLocalNow(), Update = d.Update, Folder = d.Folder, Files = [.. d.Files], Mail = d.Mail,
                    });
                if (s.Deliveries.Count > ServiceState.MaxDeliveries) s.Deliveries.RemoveRange(ServiceState.MaxDeliveries, s.Deliveries.Count - ServiceState.MaxDeliveries);
            });
            End(AnnexJobName, cancellationToken.IsCancellationRequested ? JobState.Postponed : JobState.Succeeded,
                cancellationToken.IsCancellationRequested ? "Service arrêté : les annexes restantes seront écrites au prochain démarrage." : null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Annexes mensuelles en échec : {Raison}", ex.Message);
            End(AnnexJobName, JobState.Failed, $"Annexes non écrites : {ex.Message} Nouvel essai au prochain passage.");
        }
    }

    private async Task RefreshPowerBiAsync(CancellationToken cancellationToken)
    {
        if (powerBi is null || !settings.PowerBiConfigured) return;
        Begin(PowerBiJobName);
        try
        {
            var outcome = await powerBi.RefreshAsync(cancellationToken).ConfigureAwait(false);
            if (outcome.Completed) logger.LogInformation("Rafraîchissement Power BI : {Resultat}", outcome.Message);
            else logger.LogWarning("Rafraîchissement Power BI non abouti : {Resultat}", outcome.Message);
            End(PowerBiJobName, outcome.Completed ? JobState.Succeeded : JobState.Failed, outcome.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError("Rafraîchissement Power BI en échec : {Raison}", ex.Message);
            End(PowerBiJobName, JobState.Failed, $"Rafraîchissement Power BI en échec : {ex.Message}");
        }
    }

    private void Record(IngestionReport report, bool interrupted)
    {
        var summary = new IngestSummary
        {
            At = clock.GetLocalNow(),
            FilesRead = report.Files.Count + report.Errors.Count,
            Loaded = report.Count(FileStatus.Loaded),
            Duplicates = report.Count(FileStatus.Duplicate),
            Older = report.Count(FileStatus.Older),
            Quarantined = report.Count(FileStatus.Quarantined),
            Errors = report.Errors.Count,
            RowsLoaded = report.RowsLoaded,
            RowsRejected = report.RowsRejected,
            Interrupted = interrupted,
        };
        summary.Files.AddRange(report.Files.Select(f => new FileOutcome
        {
            File = Path.GetFileName(f.Path), Status = f.Status, RowsLoaded = f.RowsLoaded, RowsRejected = f.RowsRejected,
            Reason = f.Status == FileStatus.Loaded
                ? f.NotArchived is null && f.Warnings.Count == 0 ? null : string.Join(" ", new[] { f.NotArchived }.Concat(f.Warnings).Where(t => t is not null))
                : f.Message,
        }));
        summary.Files.AddRange(report.Errors.Select(e => new FileOutcome { File = Path.GetFileName(e.Path), Status = "En erreur", Reason = e.Message }));
        state.Update(s => s.LastIngest = summary);
        // Counts only: file names may carry people's names; the state file and « reporting etat » show them.
        logger.LogInformation(
            "Chargement{Interrompu} : {Lus} fichier(s) lu(s), {Charges} chargé(s), {Doublons} déjà chargé(s), {Anterieures} version(s) antérieure(s), {Quarantaine} en quarantaine, {Erreurs} en erreur ; {Lignes} ligne(s) chargée(s), {Rejets} rejetée(s).",
            interrupted ? " interrompu par l'arrêt du service" : string.Empty, summary.FilesRead, summary.Loaded, summary.Duplicates, summary.Older,
            summary.Quarantined, summary.Errors, summary.RowsLoaded, summary.RowsRejected);
        if (summary.Quarantined > 0)
            logger.LogWarning("{Quarantaine} fichier(s) mis en quarantaine dans {Dossier} (motif dans le fichier .erreur.txt de chacun).", summary.Quarantined, settings.Quarantine);
        if (summary.Errors > 0)
            logger.LogWarning("{Erreurs} fichier(s) laissé(s) dans le dépôt après une erreur qui ne vient pas de leur contenu : nouvel essai au prochain passage.", summary.Errors);
    }

    private void Begin(string job) => state.Update(s =>
    {
        var j = s.Job(job);
        j.LastStart = clock.GetLocalNow();
        j.Outcome = JobState.Running;
        j.Reason = null;
    });

    private void End(string job, string outcome, string? reason) => state.Update(s =>
    {
        var j = s.Job(job);
        j.LastEnd = clock.GetLocalNow();
        j.Outcome = outcome;
        j.Reason = reason;
    });

    /// <summary>Copies each job's next fire time from the scheduler into the state.</summary>
    public async Task RefreshNextRunsAsync(IScheduler scheduler)
    {
        var ingest = await scheduler.GetTrigger(IngestJob.Trigger).ConfigureAwait(false);
        var monthly = await scheduler.GetTrigger(MonthlyAnnexJob.Trigger).ConfigureAwait(false);
        state.Update(s =>
        {
            s.Job(IngestJobName).NextRun = ingest?.NextFireTimeUtc is { } i ? TimeZoneInfo.ConvertTime(i, clock.LocalTimeZone) : null;
            s.Job(AnnexJobName).NextRun = monthly?.NextFireTimeUtc is { } m ? TimeZoneInfo.ConvertTime(m, clock.LocalTimeZone) : null;
        });
    }
}

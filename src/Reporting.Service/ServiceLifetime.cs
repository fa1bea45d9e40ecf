using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;
using Reporting.Service.State;
using Reporting.Warehouse.Engine;

namespace Reporting.Service;

/// <summary>
/// Starts before the scheduler and stops after it (hosted services stop in reverse order): checks the warehouse
/// and the depot at start-up, and writes the service's state (starting, running, stopping, stopped) to the state
/// file and the log, in French.
/// </summary>
public sealed class ServiceLifetime(
    ServiceSettings settings,
    TimeProvider clock,
    StateFile state,
    ScheduledWork work,
    ISchedulerFactory schedulers,
    IHostApplicationLifetime lifetime,
    ILogger<ServiceLifetime> logger,
    PowerBi.IPowerBiRefresh? powerBi = null) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        state.Update(s =>
        {
            s.Status = ServiceState.Starting;
            s.Machine = Environment.MachineName;
            s.ProcessId = Environment.ProcessId;
            s.StartedAt = clock.GetLocalNow();
            s.Warehouse = settings.Warehouse.Display();
            s.Depot = settings.Depot;
            s.AnnexRoot = settings.AnnexRoot;
            s.LogFolder = settings.LogFolder;
            s.Job(ScheduledWork.IngestJobName).Label = $"Chargement (toutes les {settings.IngestInterval:hh\\:mm\\:ss})";
            s.Job(ScheduledWork.AnnexJobName).Label = $"Annexes mensuelles ({settings.MonthlyCron})";
            if (settings.PowerBiConfigured && powerBi is not null) s.Job(ScheduledWork.PowerBiJobName).Label = "Rafraîchissement Power BI";
        });
        try
        {
            Directory.CreateDirectory(settings.Depot);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A share that is not mounted yet: each tick looks again.
            logger.LogWarning("Dépôt {Depot} inaccessible au démarrage : {Raison}", settings.Depot, ex.Message);
        }
        CheckWarehouse();
        logger.LogInformation(
            "Service PdN Reporting démarré (processus {Processus}) : entrepôt {Entrepot}, dépôt {Depot}, chargement toutes les {Intervalle}, annexes « {Cron} » avec {Rattrapage} mois de rattrapage, annexes dans {Annexes}, journaux dans {Journaux}.",
            Environment.ProcessId, settings.Warehouse.Display(), settings.Depot, settings.IngestInterval, settings.MonthlyCron, settings.CatchUpMonths, settings.AnnexRoot, settings.LogFolder);
        if (settings.PowerBiConfigured && powerBi is null)
            logger.LogWarning("Une section PowerBi est configurée, mais ce programme n'a pas de client Power BI enregistré : aucun rafraîchissement après les chargements.");
        lifetime.ApplicationStarted.Register(() => _ = RunningAsync());
        lifetime.ApplicationStopping.Register(() =>
        {
            logger.LogInformation("Arrêt demandé : le fichier en cours de chargement se termine, les suivants restent dans le dépôt.");
            state.Update(s => s.Status = ServiceState.Stopping);
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        state.Update(s =>
        {
            s.Status = ServiceState.Stopped;
            foreach (var job in s.Jobs) job.NextRun = null;
        });
        logger.LogInformation("Service PdN Reporting arrêté.");
        return Task.CompletedTask;
    }

    private async Task RunningAsync()
    {
        state.Update(s => s.Status = ServiceState.Running);
        try
        {
            await work.RefreshNextRunsAsync(await schedulers.GetScheduler().ConfigureAwait(false)).ConfigureAwait(false);
        }
        catch (SchedulerException ex)
        {
            logger.LogWarning("Prochains passages inconnus : {Raison}", ex.Message);
        }
    }

    /// <summary>
    /// A warehouse the service cannot use stops the start with a French message (schema missing or older on SQL
    /// Server, unreachable server, damaged file); one that is only busy (another program holds the DuckDB file)
    /// does not: the first tick retries.
    /// </summary>
    private void CheckWarehouse()
    {
        try
        {
            // No wait at start-up: a busy warehouse is the first tick's to wait for.
            using var access = WarehouseAccess.Open(settings.Warehouse, TimeSpan.Zero, clock);
        }
        catch (WarehouseBusyException ex)
        {
            logger.LogWarning("Entrepôt occupé au démarrage : {Raison}", ex.Message);
        }
    }

}

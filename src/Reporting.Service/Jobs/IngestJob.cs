using Quartz;

namespace Reporting.Service.Jobs;

/// <summary>
/// The ingest tick (<c>Service:IntervalleChargement</c>, and once at every start): loads the files of the depot
/// that are ready, then catches up on the annexes. Never two at once in this process; across processes and
/// machines the warehouse's load lock decides (Quartz does not guarantee it at start-up or after a misfire).
/// </summary>
[DisallowConcurrentExecution]
public sealed class IngestJob(ScheduledWork work) : IJob
{
    public static readonly JobKey Key = new("chargement", ServiceHost.Group);

    public static readonly TriggerKey Trigger = new("chargement-intervalle", ServiceHost.Group);

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        new(work.IngestTickAsync(context.Scheduler, cancellationToken));
}

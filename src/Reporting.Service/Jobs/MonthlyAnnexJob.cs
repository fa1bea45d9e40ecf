using Quartz;

namespace Reporting.Service.Jobs;

/// <summary>
/// The monthly run (<c>Service:AnnexesMensuelles</c>, Quartz cron, default the 2nd at 6:00): the annexes of the
/// month just closed become due and are written with any other annex of the catch-up window still missing or
/// out of date. What is due is derived from the warehouse audit and the delivery folders, never from this trigger.
/// </summary>
[DisallowConcurrentExecution]
public sealed class MonthlyAnnexJob(ScheduledWork work) : IJob
{
    public static readonly JobKey Key = new("annexes-mensuelles", ServiceHost.Group);

    public static readonly TriggerKey Trigger = new("annexes-mensuelles-cron", ServiceHost.Group);

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        new(work.AnnexTickAsync(context.Scheduler, cancellationToken));
}

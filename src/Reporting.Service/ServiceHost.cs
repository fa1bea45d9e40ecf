using System.Globalization;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.WindowsServices;
using Microsoft.Extensions.Logging;
using Quartz;
using Reporting.Service.Annexes;
using Reporting.Service.Depot;
using Reporting.Service.Jobs;
using Reporting.Service.State;
using Reporting.Warehouse.Engine;
using Serilog;
using Serilog.Events;

namespace Reporting.Service;

/// <summary>
/// The Generic Host of <c>reporting service</c>: configuration (<c>appsettings.json</c>, user secrets, environment
/// <c>REPORTING_…</c>, then the command line), Serilog (console and a daily file), Quartz.NET with the two jobs,
/// Windows Service and systemd integration, and a 30-second graceful stop.
/// </summary>
public static class ServiceHost
{
    /// <summary>The Quartz group of the service's jobs and triggers, and the scheduler's name (shared by the nodes of a cluster).</summary>
    public const string Group = "pdn-reporting";

    /// <summary>Prefix of the Quartz tables on SQL Server (schema <c>quartz</c>, deployed with the warehouse by DacFx).</summary>
    public const string TablePrefix = "quartz.QRTZ_";

    /// <summary>How long a stop (SIGTERM, Ctrl+C, service stop) waits for the file being loaded.</summary>
    public static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(30);

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>
    /// Builds the host. <paramref name="configuration"/> holds <c>appsettings.json</c>, the user secrets and the
    /// environment (the CLI's); <paramref name="commandLine"/> (<c>--Service:IntervalleChargement=00:05:00</c>) comes
    /// last and wins. <paramref name="configureServices"/> registers extensions (the Power BI client).
    /// </summary>
    public static IHost Create(IConfiguration configuration, string[] commandLine, TimeProvider clock, Action<IServiceCollection>? configureServices = null)
    {
        // A Windows service starts in System32: relative paths are relative to the program's folder there.
        if (WindowsServiceHelpers.IsWindowsService()) Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ApplicationName = "PdN Reporting",
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddConfiguration(configuration);
        builder.Configuration.AddCommandLine(commandLine);
        var settings = ServiceSettings.From(builder.Configuration);

        builder.Services.AddWindowsService(o => o.ServiceName = "PdN Reporting");
        builder.Services.AddSystemd();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = ShutdownTimeout);
        builder.Services.AddSerilog((_, log) => ConfigureLogging(log, settings, builder.Configuration), preserveStaticLogger: true);

        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton(clock);
        builder.Services.AddSingleton(new StateFile(settings.StateFile, clock));
        builder.Services.AddSingleton<DepotWatch>();
        if (settings.Mail is not null) builder.Services.AddSingleton(new AnnexMailer(settings.Mail));
        builder.Services.AddSingleton(sp => new AnnexDelivery(settings, clock, sp.GetRequiredService<ILogger<AnnexDelivery>>(), sp.GetService<AnnexMailer>()));
        builder.Services.AddSingleton<ScheduledWork>();
        configureServices?.Invoke(builder.Services);

        // Registered before Quartz's hosted service: starts before the scheduler, stops after it.
        builder.Services.AddHostedService<ServiceLifetime>();
        builder.Services.AddQuartz(q => ConfigureScheduler(q, settings, clock));
        builder.Services.AddQuartzHostedService(o =>
        {
            o.WaitForJobsToComplete = true;
            o.AwaitApplicationStarted = true;
        });
        return builder.Build();
    }

    private static void ConfigureScheduler(IQuartzBuilder q, ServiceSettings settings, TimeProvider clock)
    {
        q.ConfigureScheduler(s =>
        {
            s.InstanceName = Group;
            // The running job is asked to stop (between two files) and waited for.
            s.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs;
        });
        q.UseTimeProvider(clock);
        if (settings.Warehouse.Engine == WarehouseEngine.SqlServer)
        {
            // Several nodes share the schedule in the warehouse's quartz.QRTZ_* tables (created by « base deployer »).
            q.ConfigureScheduler(s => s.GenerateInstanceId = true);
            q.UsePersistentStore(store =>
            {
                store.UseSqlServer(SqlClientFactory.Instance, settings.Warehouse.Target);
                store.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(20));
                store.ConfigureStore(o =>
                {
                    o.TablePrefix = TablePrefix;
                    o.SchemaProvisioning = SchemaProvisioning.Validate;
                    o.StoreJobDataAsStrings = true;
                });
            });
        }
        else
        {
            // The embedded warehouse runs one node: in-memory store; what is due comes from the warehouse audit.
            q.UseInMemoryStore(_ => { });
        }

        q.AddJob<IngestJob>(j => j.WithIdentity(IngestJob.Key).WithDescription("Chargement du dépôt").StoreDurably());
        q.AddTrigger(t => t.ForJob(IngestJob.Key).WithIdentity(IngestJob.Trigger)
            .StartAt(clock.GetUtcNow() + settings.IngestInterval)
            .WithSimpleSchedule(s => s.WithInterval(settings.IngestInterval).RepeatForever()
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
        q.RunAtStartup(IngestJob.Key);

        q.AddJob<MonthlyAnnexJob>(j => j.WithIdentity(MonthlyAnnexJob.Key).WithDescription("Annexes mensuelles").StoreDurably());
        q.AddTrigger(t => t.ForJob(MonthlyAnnexJob.Key).WithIdentity(MonthlyAnnexJob.Trigger)
            .WithCronSchedule(settings.MonthlyCron, c => c.InTimeZone(clock.LocalTimeZone)
                .WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)));
    }

    /// <summary>
    /// Console and a daily file (<c>&lt;Service:Journaux&gt;/reporting-aaaammjj.log</c>, 90 days kept), French
    /// messages and dates; libraries' own messages only from warnings up. A <c>Serilog</c> section can add to it.
    /// </summary>
    private static void ConfigureLogging(LoggerConfiguration log, ServiceSettings settings, IConfiguration configuration)
    {
        const string template = "{Timestamp:dd/MM/yyyy HH:mm:ss} [{Level:u3}] {Message:lj}{NewLine}{Exception}";
        log.MinimumLevel.Information()
            .MinimumLevel.Override("Quartz", LogEventLevel.Warning)
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: template, formatProvider: French)
            .WriteTo.File(Path.Combine(settings.LogFolder, "reporting-.log"), outputTemplate: template, formatProvider: French,
                rollingInterval: RollingInterval.Day, retainedFileCountLimit: 90, shared: true)
            .ReadFrom.Configuration(configuration);
    }
}

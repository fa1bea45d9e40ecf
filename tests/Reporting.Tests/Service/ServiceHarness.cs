using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using Reporting.Service;
using Reporting.Service.State;
using Reporting.Tests.Cli;
using Reporting.Tests.Support;

namespace Reporting.Tests.Service;

/// <summary>
/// The real service host (<see cref="ServiceHost"/>) in the test process, on a DuckDB warehouse in a temp folder,
/// with a fake clock (Europe/Paris) that drives Quartz and the jobs: a test advances it to fire the ingest tick or
/// the monthly run, and watches the state file the service writes.
/// </summary>
public sealed class ServiceHarness : IAsyncDisposable
{
    private readonly TempFolder _folder = new();
    private IHost? _host;

    public ServiceHarness(DateTimeOffset now, IDictionary<string, string?>? settings = null)
    {
        Clock = new FakeTimeProvider(now.ToUniversalTime());
        Clock.SetLocalTimeZone(TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris"));
        Settings = new Dictionary<string, string?>
        {
            ["Entrepot"] = Warehouse,
            ["Depot"] = Depot,
            ["Archives"] = Archives,
            ["Quarantaine"] = Quarantine,
            ["Annexes:Sortie"] = Annexes,
            ["Service:Dossier"] = ServiceFolder,
            ["Service:IntervalleChargement"] = "00:15:00",
            ["Service:DelaiStabilite"] = "00:00:00.05",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) Settings[key] = value;
        Directory.CreateDirectory(Depot);
    }

    public FakeTimeProvider Clock { get; }

    public Dictionary<string, string?> Settings { get; }

    public string Root => _folder.Path;

    public string Warehouse => _folder.Combine("entrepot.duckdb");

    public string Depot => _folder.Combine("depot");

    public string Archives => _folder.Combine("archives");

    public string Quarantine => _folder.Combine("quarantaine");

    public string Annexes => _folder.Combine("annexes");

    public string ServiceFolder => _folder.Combine("service");

    public ServiceState? State => StateFile.Read(Path.Combine(ServiceFolder, "etat.json"));

    public IServiceProvider Services => _host!.Services;

    public async Task StartAsync(Action<IServiceCollection>? configureServices = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings).Build();
        _host = ServiceHost.Create(configuration, [], Clock, configureServices);
        await _host.StartAsync();
    }

    /// <summary>Moves the fake clock to <paramref name="to"/> (Quartz fires what falls due) and waits for the jobs to settle.</summary>
    public Task<ServiceState> AdvanceToAsync(DateTimeOffset to, Func<ServiceState, bool> until)
    {
        Clock.SetUtcNow(to.ToUniversalTime());
        return WaitForAsync(until);
    }

    /// <summary>
    /// Polls the state file until <paramref name="condition"/> holds and the service is idle. Idle is Quartz's word, not
    /// the state file's: one ingest tick runs several jobs of the state in turn (chargement, then annexes-mensuelles, then
    /// powerbi) and writes the state between them, so a state where no job is « en cours » can be read while the tick
    /// goes on (under load, the gap between two writes is long enough to be read). The state counts only when it was
    /// read unchanged on both sides of a moment when Quartz executed no job: it is then the state the jobs left.
    /// </summary>
    public async Task<ServiceState> WaitForAsync(Func<ServiceState, bool> condition, TimeSpan? timeout = null)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        var scheduler = _host is null ? null : await _host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        while (true)
        {
            var before = StateText();
            var idle = scheduler is null || (await scheduler.QueryFireInstances(new FireInstanceQuery())).Items.Count == 0;
            var state = idle && before is not null && before == StateText() ? Parse(before) : null;
            if (state is not null && state.Jobs.All(j => j.Outcome != JobState.Running) && condition(state)) return state;
            state ??= State;
            if (waited.Elapsed > (timeout ?? TimeSpan.FromSeconds(90)))
                throw new TimeoutException("The service did not reach the expected state: " + (state is null ? "no state file" : System.Text.Json.JsonSerializer.Serialize(state, ServiceState.Json)));
            await Task.Delay(50);
        }
    }

    private string? StateText()
    {
        try
        {
            return File.ReadAllText(Path.Combine(ServiceFolder, "etat.json"));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static ServiceState? Parse(string text)
    {
        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<ServiceState>(text, ServiceState.Json);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    /// <summary>A job's last end (fake clock), or null when it never ran.</summary>
    public static DateTimeOffset? LastEnd(ServiceState state, string job) => state.Jobs.FirstOrDefault(j => j.Name == job)?.LastEnd;

    /// <summary><c>reporting</c> with the service's configuration (in-process).</summary>
    public CliHarness Cli() => new(Settings, Clock.GetUtcNow());

    public async Task StopAsync()
    {
        if (_host is null) return;
        await _host.StopAsync();
        _host.Dispose();
        _host = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _folder.Dispose();
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Dapper;
using Reporting.Cli.Commands;
using Reporting.Service;
using Reporting.Service.State;
using Reporting.Tests.Indicators;
using Reporting.Tests.PowerBi;
using Reporting.Tests.Support;
using Reporting.Warehouse.Engine;
using static Reporting.Tests.PowerBi.FakePowerBiService;

namespace Reporting.Tests.Service;

/// <summary>
/// The service with the rest of the program: the indicator aggregate rebuilt after each load as « charger » does, the
/// real Power BI client (the CLI's registration, a fake Power BI service), and the warehouse opened like the commands.
/// </summary>
public sealed class ServiceIntegrationTests
{
    private const string History60 = PowerBiApi + "groups/" + Workspace + "/datasets/" + Dataset + "/refreshes?$top=60";
    private const string History1 = PowerBiApi + "groups/" + Workspace + "/datasets/" + Dataset + "/refreshes?$top=1";
    private const string Refreshes = PowerBiApi + "groups/" + Workspace + "/datasets/" + Dataset + "/refreshes";

    private static readonly DateTimeOffset Start = new(2019, 3, 20, 9, 0, 0, TimeSpan.FromHours(1));

    /// <summary>Online hours of the aggregate for département 50, year 2019, every label and population (what Power BI imports).</summary>
    private static decimal? AggregateOnlineHours(string database)
    {
        using var session = WarehouseSession.Open(WarehouseLocation.Parse(database), new WarehouseOpening { LockWait = TimeSpan.FromSeconds(10) });
        return session.Connection.QuerySingleOrDefault<decimal?>(
            "SELECT MAX(v.online_hours) FROM rpt.indicator_value AS v JOIN rpt.indicator_scope AS s ON s.scope_key = v.scope_key " +
            "WHERE v.territory = '50' AND s.period_kind = 'year' AND s.calendar_year = 2019");
    }

    [Fact]
    public async Task After_a_load_the_aggregate_is_rebuilt_and_Power_BI_refreshed_through_its_client_a_failure_is_logged_and_the_service_goes_on()
    {
        var fake = new FakePowerBiService();
        var now = fake.Clock.GetUtcNow();
        fake.Route(HttpMethod.Get, History60, _ => Json(HttpStatusCode.OK, new JsonObject { ["value"] = new JsonArray() }));
        fake.Route(HttpMethod.Post, Refreshes,
            _ => Json(HttpStatusCode.Accepted, null),
            _ => Json(HttpStatusCode.Forbidden, new JsonObject { ["error"] = new JsonObject { ["code"] = "Unauthorized", ["message"] = "No permission" } }));
        fake.Route(HttpMethod.Get, History1, _ => Json(HttpStatusCode.OK, new JsonObject
        {
            ["value"] = new JsonArray(new JsonObject { ["status"] = "Completed", ["startTime"] = now.ToString("o"), ["endTime"] = now.AddMinutes(2).ToString("o") }),
        }));
        await using var service = new ServiceHarness(Start, fake.Configuration);
        var cli = fake.Cli(service.Settings);
        await service.StartAsync(ServiceCommand.Extensions(cli.Environment));
        await service.WaitForAsync(s => s.Status == ServiceState.Running && ServiceHarness.LastEnd(s, ScheduledWork.IngestJobName) is not null);
        Assert.Equal(0, fake.Count(HttpMethod.Post, "/refreshes")); // the start-up tick loaded nothing

        NationalData.WritePromeneurs(service.Depot, ("50", 2));
        NationalData.WriteWorkbook(service.Depot, "50", 1, ["Janvier", 3, 0, 1, 10, 1, 1]);
        var tick1 = Start + TimeSpan.FromMinutes(15);
        var first = await service.AdvanceToAsync(tick1, s => ServiceHarness.LastEnd(s, ScheduledWork.PowerBiJobName) is not null);
        Assert.Equal(2, first.LastIngest!.Loaded);
        Assert.Equal(3m, AggregateOnlineHours(service.Warehouse));
        var refreshed = first.Jobs.Single(j => j.Name == ScheduledWork.PowerBiJobName);
        Assert.Equal(JobState.Succeeded, refreshed.Outcome);
        Assert.StartsWith("Actualisation terminée : démarrée le 02/12/2026", refreshed.Reason, StringComparison.Ordinal);
        Assert.Equal(1, fake.Count(HttpMethod.Post, "/refreshes"));

        // A new workbook: the aggregate follows; the service refuses this refresh, which is the refresh's failure only.
        NationalData.WriteWorkbook(service.Depot, "50", 2, ["Janvier", 5, 0, 1, 10, 1, 1]);
        var tick2 = tick1 + TimeSpan.FromMinutes(15);
        var second = await service.AdvanceToAsync(tick2, s => ServiceHarness.LastEnd(s, ScheduledWork.PowerBiJobName) >= tick2);
        Assert.Equal(8m, AggregateOnlineHours(service.Warehouse));
        var failed = second.Jobs.Single(j => j.Name == ScheduledWork.PowerBiJobName);
        Assert.Equal(JobState.Failed, failed.Outcome);
        Assert.StartsWith("La demande d'actualisation est refusée : interdit (403)", failed.Reason, StringComparison.Ordinal);
        Assert.Equal(JobState.Succeeded, second.Jobs.Single(j => j.Name == ScheduledWork.IngestJobName).Outcome);
        Assert.Equal(2, fake.Count(HttpMethod.Post, "/refreshes"));

        // A tick that loads nothing asks for no refresh, and the service is still at work.
        var tick3 = tick2 + TimeSpan.FromMinutes(15);
        var third = await service.AdvanceToAsync(tick3, s => ServiceHarness.LastEnd(s, ScheduledWork.IngestJobName) >= tick3);
        Assert.Equal(ServiceState.Running, third.Status);
        Assert.Equal(2, fake.Count(HttpMethod.Post, "/refreshes"));
        await service.StopAsync();
        var log = string.Concat(Directory.GetFiles(Path.Combine(service.ServiceFolder, "journaux")).Select(f => File.ReadAllText(f)));
        Assert.Contains("Rafraîchissement Power BI non abouti : La demande d'actualisation est refusée : interdit (403)", log, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, log, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void A_warehouse_held_by_another_program_postpones_the_tick_which_loads_at_a_later_one()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "Signaux POSIX : test sous Linux.");
        using var folder = new TempFolder();
        var warehouse = folder.Combine("entrepot.duckdb");
        var depot = folder.Combine("depot");
        Directory.CreateDirectory(depot);
        NationalData.WritePromeneurs(depot, ("50", 2));
        string[] settings =
        [
            $"--Entrepot={warehouse}", $"--Depot={depot}", $"--Archives={folder.Combine("archives")}", $"--Quarantaine={folder.Combine("quarantaine")}",
            $"--Annexes:Sortie={folder.Combine("annexes")}", $"--Service:Dossier={folder.Combine("service")}",
            "--Service:IntervalleChargement=00:00:01", "--Service:DelaiStabilite=00:00:00.1", "--AttenteVerrou=0",
        ];
        ServiceState? State() => StateFile.Read(folder.Combine("service", "etat.json"));
        JobState? Ingest() => State()?.Jobs.FirstOrDefault(j => j.Name == ScheduledWork.IngestJobName);

        var held = WarehouseSession.Open(WarehouseLocation.Parse(warehouse), create: true);
        using var service = new ServiceProcess(folder.Path, settings);
        try
        {
            Assert.True(service.WaitUntil(() => Ingest() is { Outcome: JobState.Postponed }, TimeSpan.FromSeconds(120)), service.Output);
            Assert.Equal($"L'entrepôt {warehouse} est utilisé par un autre programme (un autre « reporting » est-il en cours ?). Réessayez lorsqu'il sera terminé. " +
                "Nouvel essai : les fichiers restent dans le dépôt pour le prochain passage.", Ingest()!.Reason);
            Assert.True(File.Exists(Path.Combine(depot, "promeneurs.csv")));
        }
        finally
        {
            held.Dispose();
        }
        Assert.True(service.WaitUntil(() => State()?.LastIngest is { Loaded: 1 } && Ingest() is { Outcome: JobState.Succeeded }, TimeSpan.FromSeconds(120)), service.Output);
        Assert.False(File.Exists(Path.Combine(depot, "promeneurs.csv")));
        service.Terminate();
        Assert.True(service.WaitForExit(TimeSpan.FromSeconds(35)), service.Output);
        Assert.Equal(0, service.ExitCode);
    }
}

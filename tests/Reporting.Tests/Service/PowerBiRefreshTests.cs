using Microsoft.Extensions.DependencyInjection;
using Reporting.Service;
using Reporting.Service.PowerBi;
using Reporting.Service.State;
using Reporting.Tests.Support;

namespace Reporting.Tests.Service;

/// <summary>With a <c>PowerBi</c> section and a client registered, the service asks for a refresh after an ingest that changed rows, and only then.</summary>
public sealed class PowerBiRefreshTests
{
    private sealed class CountingRefresh : IPowerBiRefresh
    {
        public int Calls;

        public Task<PowerBiRefreshResult> RefreshAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref Calls);
            return Task.FromResult(new PowerBiRefreshResult(Calls == 1, Calls == 1 ? "Actualisation terminée." : "L'actualisation a échoué (échec) : jeton expiré."));
        }
    }

    [Fact]
    public async Task A_refresh_follows_each_ingest_that_loaded_rows_and_its_failure_is_its_own()
    {
        var refresh = new CountingRefresh();
        var start = new DateTimeOffset(2020, 3, 2, 9, 0, 0, TimeSpan.FromHours(1));
        await using var service = new ServiceHarness(start, new Dictionary<string, string?> { ["PowerBi:EspaceDeTravail"] = "pdn" });
        await service.StartAsync(services => services.AddSingleton<IPowerBiRefresh>(refresh));
        await service.WaitForAsync(s => s.Status == ServiceState.Running && ServiceHarness.LastEnd(s, ScheduledWork.IngestJobName) is not null);
        Assert.Equal(0, refresh.Calls); // nothing loaded at start-up

        ReferenceFiles.Promeneurs(Path.Combine(service.Depot, "promeneurs.csv"), "PDN-50-0001;MARTIN;Alice;CS-50-001;50;Parentalité;Référent famille;01/01/2018;");
        var tick1 = start + TimeSpan.FromMinutes(15);
        var first = await service.AdvanceToAsync(tick1, s => ServiceHarness.LastEnd(s, ScheduledWork.PowerBiJobName) is not null);
        Assert.Equal(1, refresh.Calls);
        Assert.Equal("Actualisation terminée.", first.Jobs.Single(j => j.Name == ScheduledWork.PowerBiJobName).Reason);

        // The same file again: nothing changed, no refresh.
        ReferenceFiles.Promeneurs(Path.Combine(service.Depot, "promeneurs (copie).csv"), "PDN-50-0001;MARTIN;Alice;CS-50-001;50;Parentalité;Référent famille;01/01/2018;");
        var tick2 = tick1 + TimeSpan.FromMinutes(15);
        await service.AdvanceToAsync(tick2, s => s.LastIngest?.Duplicates == 1);
        Assert.Equal(1, refresh.Calls);

        ReferenceFiles.Promeneurs(Path.Combine(service.Depot, "promeneurs-2.csv"), "PDN-50-0002;BERNARD;Bruno;CS-50-002;50;Parentalité;Référent famille;01/01/2018;");
        var tick3 = tick2 + TimeSpan.FromMinutes(15);
        var third = await service.AdvanceToAsync(tick3, s => ServiceHarness.LastEnd(s, ScheduledWork.PowerBiJobName) >= tick3);
        Assert.Equal(2, refresh.Calls);
        var job = third.Jobs.Single(j => j.Name == ScheduledWork.PowerBiJobName);
        Assert.Equal(JobState.Failed, job.Outcome);
        Assert.Equal("L'actualisation a échoué (échec) : jeton expiré.", job.Reason);
        Assert.Equal(JobState.Succeeded, third.Jobs.Single(j => j.Name == ScheduledWork.IngestJobName).Outcome);
    }
}

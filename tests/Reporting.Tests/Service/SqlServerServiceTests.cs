using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;
using Reporting.Cli;
using Reporting.Service;
using Reporting.Tests.Cli;
using Reporting.Tests.Support;

namespace Reporting.Tests.Service;

/// <summary>
/// On SQL Server the service runs clustered on Quartz's ADO.NET store in the warehouse. No server here: the
/// configuration Quartz is given is checked, and a start against a server that does not answer loads every
/// assembly of that path and stops with a French message that shows no secret.
/// </summary>
public sealed class SqlServerServiceTests
{
    private const string Unreachable = "Server=127.0.0.1,1;Database=PdnReporting;User ID=pdn_etl;Password=Secret-42;Connect Timeout=2;TrustServerCertificate=True";

    [Fact]
    public void The_scheduler_is_clustered_on_the_QRTZ_tables_of_the_warehouse_and_only_validates_them()
    {
        using var folder = new TempFolder();
        using var host = ServiceHost.Create(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Entrepot"] = Unreachable,
            ["Service:Dossier"] = folder.Combine("service"),
        }).Build(), [], TimeProvider.System);

        var store = host.Services.GetRequiredService<IOptionsMonitor<AdoJobStoreOptions>>().Get(string.Empty);
        var clustering = host.Services.GetRequiredService<IOptionsMonitor<ClusteringOptions>>().Get(string.Empty);
        var scheduler = host.Services.GetRequiredService<IOptionsMonitor<QuartzSchedulerOptions>>().Get(string.Empty);

        Assert.Equal("quartz.QRTZ_", store.TablePrefix);
        Assert.Equal(SchemaProvisioning.Validate, store.SchemaProvisioning);
        Assert.True(clustering.Enabled);
        Assert.Equal(ServiceHost.Group, scheduler.InstanceName);
        Assert.True(scheduler.GenerateInstanceId);
    }

    [Fact]
    public void A_server_that_does_not_answer_stops_the_start_with_a_French_message_and_no_password()
    {
        using var folder = new TempFolder();
        var cli = new CliHarness(new Dictionary<string, string?>
        {
            ["Entrepot"] = Unreachable,
            ["Depot"] = folder.Combine("depot"),
            ["Service:Dossier"] = folder.Combine("service"),
        });

        var code = cli.Run("service");

        Assert.Equal(ExitCodes.CannotProceed, code);
        Assert.StartsWith("Erreur : Connexion impossible à l'entrepôt SQL Server (Server=127.0.0.1,1;Database=PdnReporting)", cli.Error.Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("Secret-42", cli.ToString(), StringComparison.Ordinal);
        var log = Directory.EnumerateFiles(folder.Combine("service", "journaux")).Select(File.ReadAllText);
        Assert.DoesNotContain(log, l => l.Contains("Secret-42", StringComparison.Ordinal));
    }
}

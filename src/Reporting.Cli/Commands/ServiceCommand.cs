using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Reporting.PowerBi.Service;
using Quartz;
using Reporting.Service;
using Reporting.Service.PowerBi;

namespace Reporting.Cli.Commands;

/// <summary>
/// <c>reporting service</c>: the scheduled ETL service (Generic Host, Quartz.NET) until SIGTERM, Ctrl+C or the
/// service manager stops it. Settings after the command override the configuration (<c>--Service:IntervalleChargement=00:05:00</c>).
/// </summary>
public static class ServiceCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("service",
            "Lance le service planifié : charge les fichiers déposés (Depot) à chaque passage, écrit les annexes mensuelles, rattrape ce qui manque ; " +
            "s'arrête proprement sur SIGTERM ou Ctrl+C. Les réglages de la configuration peuvent suivre la commande : --Service:IntervalleChargement=00:05:00.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(parse => ReportingCli.Guard(environment, () =>
        {
            List<string> settings = [.. parse.UnmatchedTokens];
            if (parse.GetValue(ReportingCli.Entrepot) is { } entrepot) settings.Add($"--Entrepot={entrepot}");
            IHost host;
            try
            {
                host = ServiceHost.Create(environment.Configuration, [.. settings], environment.Clock, Extensions(environment));
            }
            catch (ServiceConfigurationException ex)
            {
                throw new CliException(ex.Message, ExitCodes.BadArguments);
            }
            try
            {
                host.Run();
            }
            catch (SchedulerException ex)
            {
                throw new CliException($"Le planificateur du service ne peut pas démarrer : {ex.Message}");
            }
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>
    /// What the CLI adds to the service: with a <c>PowerBi</c> section, the Power BI refresh after each ingest that
    /// loaded a file, through the client of « reporting powerbi rafraichir » and the same settings.
    /// </summary>
    public static Action<IServiceCollection> Extensions(CliEnvironment environment) => services =>
    {
        if (!environment.Configuration.GetSection("PowerBi").Exists()) return;
        var settings = PowerBiCommand.Settings(environment.Configuration);
        var transport = environment.PowerBi ?? PowerBiTransport.Default();
        services.AddSingleton<IPowerBiRefresh>(sp => new PowerBiServiceRefresh(settings, transport, sp.GetRequiredService<ILogger<PowerBiServiceRefresh>>()));
    };
}

using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Reporting.Service;
using Reporting.Service.State;

namespace Reporting.Cli.Commands;

/// <summary>
/// <c>reporting etat [--format json]</c>: the state of the scheduled service (its state file, readable while it runs)
/// and the last runs of the warehouse audit when the warehouse can be opened.
/// </summary>
public static class EtatCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var format = new Option<string>("--format") { Description = "Format de sortie : table ou json.", DefaultValueFactory = _ => "table", HelpName = "json|table" };
        format.AcceptOnlyFromAmong("json", "table");
        var command = new Command("etat",
            "Affiche l'état du service planifié : ses tâches (dernier et prochain passage, échec et sa raison), le dernier chargement, les annexes livrées, " +
            "et les derniers chargements de l'entrepôt quand il est libre.") { format };
        command.SetAction(parse => ReportingCli.Guard(environment, () =>
        {
            ServiceSettings settings;
            try
            {
                var location = parse.GetValue(ReportingCli.Entrepot);
                var configuration = location is null ? environment.Configuration
                    : new ConfigurationBuilder().AddConfiguration(environment.Configuration)
                        .AddInMemoryCollection([new("Entrepot", location)]).Build();
                settings = ServiceSettings.From(configuration);
            }
            catch (ServiceConfigurationException ex)
            {
                throw new CliException(ex.Message, ExitCodes.BadArguments);
            }
            var report = StatusReport.Read(settings);
            if (parse.GetValue(format) == "json") environment.Out.WriteLine(report.ToJson());
            else report.Write(environment.Console);
            return ExitCodes.Success;
        }));
        return command;
    }
}

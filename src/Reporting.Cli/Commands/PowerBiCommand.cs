using System.CommandLine;
using Reporting.Outputs.Formatting;
using Reporting.Pipeline.Aggregates;
using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>
/// <c>reporting powerbi …</c>: the Power BI side. <c>preparer</c> rebuilds the indicator aggregate the model imports;
/// <c>rafraichir</c>, <c>rapprocher</c> and <c>publier</c> talk to the Power BI service through its REST API.
/// </summary>
public static partial class PowerBiCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("powerbi", "Tableau de bord Power BI : agrégat des indicateurs, publication, actualisation, rapprochement avec l'entrepôt.");
        command.Add(Preparer(environment));
        AddServiceCommands(command, environment);
        return command;
    }

    private static Command Preparer(CliEnvironment environment)
    {
        var command = new Command("preparer", "Recalcule l'agrégat des indicateurs que le modèle Power BI importe (rpt.indicator_*) : toutes les périodes, labels et populations, secret statistique compris. « charger » le fait déjà après chaque chargement.");
        command.SetAction(parse => ReportingCli.Guard(environment, () =>
        {
            var seuil = IndicateursCommand.Threshold(environment, null);
            using var session = ReportingCli.OpenForLoading(environment, ReportingCli.Location(environment, parse), ReportingCli.LockWait(environment, parse));
            IndicateursCommand.RequireData(session);
            return PrintAggregate(environment, AggregateRefresh.Run(session, environment.Clock, seuil));
        }));
        return command;
    }

    /// <summary>Says what a rebuild of the aggregate did (nothing when no rebuild was needed); exit code 1 when it failed.</summary>
    public static int PrintAggregate(CliEnvironment environment, AggregateOutcome? outcome)
    {
        if (outcome is null) return ExitCodes.Success;
        if (outcome.Error is not null)
        {
            environment.Error.WriteLine($"Erreur : {outcome.Error}");
            return ExitCodes.CannotProceed;
        }
        var s = outcome.Summary!;
        string N(int n) => n.ToString("#,##0", FrenchFormat.Culture);
        var years = s.FirstYear is null ? "aucune donnée datée" : s.FirstYear == s.LastYear ? $"année {s.FirstYear}" : $"années {s.FirstYear} à {s.LastYear}";
        environment.Console.WriteLine($"Agrégat Power BI recalculé : {N(s.Scopes)} périmètres ({N(s.Periods)} périodes × labels × populations, {years}), {N(s.Rows)} lignes, en {s.Duration.TotalSeconds.ToString("0.0", FrenchFormat.Culture)} s.");
        return ExitCodes.Success;
    }

    static partial void AddServiceCommands(Command command, CliEnvironment environment);
}

using System.CommandLine;
using Reporting.Domain.Categories;
using Reporting.Domain.Periods;
using Reporting.Domain.Territory;
using Reporting.Indicators.Computation;
using Reporting.Indicators.Definitions;
using Reporting.Outputs.Console;
using Reporting.Warehouse.Queries;

namespace Reporting.Cli.Commands;

/// <summary><c>reporting indicateurs</c>: the command-line contract of INDICATORS.md.</summary>
public static class IndicateursCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var scope = new ScopeOptions();
        var format = new Option<string>("--format") { Description = "Format de sortie : json ou table.", DefaultValueFactory = _ => "table", HelpName = "json|table" };
        format.AcceptOnlyFromAmong("json", "table");
        var seuil = new Option<int?>("--seuil") { Description = $"Seuil du secret statistique des résultats nationaux (défaut {StatisticalSecrecy.DefaultThreshold}, jamais moins de {StatisticalSecrecy.MinimumThreshold}).", HelpName = "n" };
        var command = new Command("indicateurs", "Calcule les indicateurs d'un département ou de la France entière pour une période.");
        scope.AddTo(command);
        command.Add(format);
        command.Add(seuil);
        command.SetAction(parse => ReportingCli.Guard(environment, () =>
        {
            var s = scope.Read(parse);
            var threshold = Threshold(environment, parse.GetValue(seuil));
            using var session = ReportingCli.OpenForReading(environment, parse, ReportingCli.Location(environment, parse));
            RequireData(session);
            var result = new IndicatorService(session).Compute(s, threshold);
            if (parse.GetValue(format) == "json") environment.Out.WriteLine(IndicatorJsonWriter.Write(result));
            else IndicatorTableWriter.Write(environment.Console, result);
            return ExitCodes.Success;
        }));
        return command;
    }

    public static int Threshold(CliEnvironment environment, int? option)
    {
        var configured = int.TryParse(environment.Configuration["SecretStatistique:Seuil"], out var c) ? c : StatisticalSecrecy.DefaultThreshold;
        var value = option ?? configured;
        if (value < StatisticalSecrecy.MinimumThreshold)
            throw new CliException($"Seuil du secret statistique {value} refusé : il ne peut pas être inférieur à {StatisticalSecrecy.MinimumThreshold}.", ExitCodes.BadArguments);
        return value;
    }

    public static void RequireData(Warehouse.Engine.WarehouseSession session)
    {
        if (new ReferenceQueries(session).PromeneurCount() == 0)
            throw new CliException($"L'entrepôt {session.Location.Display()} est vide : aucun promeneur n'y est chargé. Déposez la liste des promeneurs et les tableaux de suivi, puis lancez « reporting charger --depot <dossier> ».");
    }
}

/// <summary>
/// The scope options shared by every command that computes indicators. A command that names its
/// period its own way (<c>annexes --mois/--annee</c>) leaves <c>--periode</c> out and passes its period to <see cref="Read(ParseResult, Func{Period})"/>.
/// </summary>
public sealed class ScopeOptions(bool withPeriode = true)
{
    public Option<string?> Departement { get; } = new("--departement") { Description = "Code INSEE du département (ex. 50, 2A, 974).", HelpName = "code" };

    public Option<bool> National { get; } = new("--national") { Description = "Toute la France, avec une ligne par département (secret statistique appliqué)." };

    public Option<string> Periode { get; } = new("--periode") { Description = "Période : une année (2019), un mois (2019-06) ou une plage de mois (2019-01..2019-06).", Required = true, HelpName = "période" };

    public Option<string?> Label { get; } = new("--label") { Description = "Jeunesse ou Parentalité (défaut : tous).", HelpName = "label" };

    public Option<string?> Population { get; } = new("--population") { Description = "actifs (défaut : actifs au moins un jour de la période) ou periode-complete (actifs toute la période).", HelpName = "population" };

    public void AddTo(Command command)
    {
        command.Add(Departement);
        command.Add(National);
        if (withPeriode) command.Add(Periode);
        command.Add(Label);
        command.Add(Population);
    }

    public Scope Read(ParseResult parse) => Read(parse, () => Period.TryParse(parse.GetValue(Periode), out var periodError)
        ?? throw new CliException(periodError!, ExitCodes.BadArguments));

    /// <summary>The scope with a period the command read itself (checked after the territory, before the label).</summary>
    public Scope Read(ParseResult parse, Func<Period> period)
    {
        var departement = parse.GetValue(Departement);
        var national = parse.GetValue(National);
        if (national == (departement is not null))
            throw new CliException("Indiquez soit --departement <code>, soit --national.", ExitCodes.BadArguments);
        string? code = null;
        if (departement is not null)
        {
            if (!Departements.TryParse(departement, out var d))
                throw new CliException($"Département « {departement} » inconnu : un code INSEE est attendu (ex. 50, 2A, 974).", ExitCodes.BadArguments);
            code = d.Code;
        }
        var p = period();
        string? label = null;
        var rawLabel = parse.GetValue(Label);
        if (!string.IsNullOrWhiteSpace(rawLabel) && !Domain.Text.TextKey.Equal(rawLabel, "tous"))
        {
            if (!Lists.Label.TryMatch(rawLabel, out var canonical))
                throw new CliException($"Label « {rawLabel} » inconnu : valeurs attendues {Lists.Label.Enumerate()}.", ExitCodes.BadArguments);
            label = canonical;
        }
        var population = Scope.ParsePopulation(parse.GetValue(Population))
            ?? throw new CliException($"Population « {parse.GetValue(Population)} » inconnue : valeurs attendues « actifs » ou « periode-complete ».", ExitCodes.BadArguments);
        return new Scope(code, p, label, population);
    }
}

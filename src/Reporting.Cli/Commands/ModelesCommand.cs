using System.CommandLine;
using Reporting.Domain.Territory;
using Reporting.Outputs.Templates;
using Reporting.Warehouse.Queries;
using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary><c>reporting modeles</c> (one pre-filled workbook per active promeneur) and <c>reporting modele</c> (a blank one).</summary>
public static class ModelesCommand
{
    public static Command CreateForDepartement(CliEnvironment environment)
    {
        var departement = new Option<string>("--departement") { Description = "Code INSEE du département.", Required = true, HelpName = "code" };
        var annee = new Option<int>("--annee") { Description = "Année des tableaux de suivi.", Required = true, HelpName = "aaaa" };
        var sortie = new Option<string>("--sortie") { Description = "Dossier où écrire les classeurs.", Required = true, HelpName = "dossier" };
        var command = new Command("modeles", "Écrit un tableau de suivi pré-rempli pour chaque promeneur actif du département pendant l'année.") { departement, annee, sortie };
        command.SetAction(parse => ReportingCli.Guard(environment, () =>
        {
            if (!Departements.TryParse(parse.GetValue(departement), out var dep))
                throw new CliException($"Département « {parse.GetValue(departement)} » inconnu : un code INSEE est attendu (ex. 50, 2A, 974).", ExitCodes.BadArguments);
            var year = Year(parse.GetValue(annee));
            using var session = ReportingCli.OpenForReading(environment, parse, ReportingCli.Location(environment, parse));
            IndicateursCommand.RequireData(session);
            var folder = OutputLocations.Folder(parse.GetValue(sortie)!);
            var identities = new ReferenceQueries(session).TemplateIdentities(dep.Code, year);
            if (identities.Count == 0)
                throw new CliException($"Aucun promeneur actif en {year} dans le département {dep.Code} ({dep.Nom}) : vérifiez la liste des promeneurs chargée.");
            foreach (var identity in identities)
                TrackingTemplateWriter.Write(Path.Combine(folder, TrackingTemplateWriter.FileNameFor(identity, year)), identity, year);
            environment.Console.WriteLine($"{Outputs.Formatting.FrenchPlural.Count(identities.Count, $"tableau de suivi {year} écrit", $"tableaux de suivi {year} écrits")} dans {folder} (département {dep.Code} {dep.Nom}).");
            return ExitCodes.Success;
        }));
        return command;
    }

    public static Command CreateBlank(CliEnvironment environment)
    {
        var annee = new Option<int?>("--annee") { Description = "Année à inscrire dans le modèle (facultatif).", HelpName = "aaaa" };
        var sortie = new Option<string>("--sortie") { Description = "Dossier (ou fichier .xlsx) où écrire le modèle.", DefaultValueFactory = _ => ".", HelpName = "dossier" };
        var type = new Option<string>("--type")
        {
            Description = "Modèle à écrire : suivi (tableau de suivi, défaut), reseau (activité du groupe du réseau), parcours (parcours de labellisation) ou groupes (groupes locaux).",
            DefaultValueFactory = _ => "suivi",
            HelpName = "type",
        };
        var command = new Command("modele", "Écrit un modèle vierge : tableau de suivi, activité du réseau, parcours de labellisation ou groupes locaux.") { annee, sortie, type };
        command.SetAction(parse => ReportingCli.Guard(environment, () =>
        {
            var target = parse.GetValue(sortie)!;
            // --sortie names the workbook itself (.xlsx) or the folder that receives it under its usual name.
            string Place(string fileName) => target.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
                ? OutputLocations.File(target)
                : Path.Combine(OutputLocations.Folder(target), fileName);
            var kind = parse.GetValue(type)!.Trim().ToLowerInvariant();
            if (kind != "suivi")
            {
                NetworkTemplate template = kind switch
                {
                    "reseau" or "réseau" => NetworkTemplate.Reseau,
                    "parcours" => NetworkTemplate.Parcours,
                    "groupes" => NetworkTemplate.Groupes,
                    _ => throw new CliException($"Type de modèle « {parse.GetValue(type)} » inconnu : suivi, reseau, parcours ou groupes est attendu.", ExitCodes.BadArguments),
                };
                var file = Place(NetworkTemplateWriter.FileNameFor(template));
                NetworkTemplateWriter.Write(file, template);
                environment.Console.WriteLine($"Modèle vierge écrit : {file}");
                return ExitCodes.Success;
            }
            var year = parse.GetValue(annee) is int y ? Year(y) : (int?)null;
            var path = Place(TrackingTemplateWriter.FileNameFor(null, year));
            TrackingTemplateWriter.Write(path, null, year);
            environment.Console.WriteLine($"Modèle vierge écrit : {path}");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static int Year(int year) => year is < 1000 or > 9999
        ? throw new CliException($"Année {year} invalide : une année sur quatre chiffres est attendue (ex. 2020).", ExitCodes.BadArguments)
        : year is < Domain.Periods.Period.MinYear or > Domain.Periods.Period.MaxYear
            ? throw new CliException($"Année {year} hors des années prises en charge : de {Domain.Periods.Period.MinYear} à {Domain.Periods.Period.MaxYear}.", ExitCodes.BadArguments)
            : year;
}

using System.CommandLine;
using Microsoft.SqlServer.Dac;
using Reporting.Warehouse.Deployment;
using Reporting.Warehouse.Engine;
using Reporting.Warehouse.Loading.SqlServer;
using Reporting.Warehouse.Schema;
using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>
/// <c>reporting base …</c>: the warehouse schema without hand-run scripts. <c>dacpac</c> and <c>script</c>
/// build the SQL Server package and its deployment script from the SQL the program embeds; <c>deployer</c>
/// publishes it to the configured server and seeds the built-in dimensions; <c>initialiser</c> creates or
/// upgrades the embedded DuckDB file.
/// </summary>
public static class BaseCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var command = new Command("base", "Schéma de l'entrepôt : paquet SQL Server (dacpac), script de déploiement, déploiement, initialisation DuckDB.");
        command.Add(Dacpac(environment));
        command.Add(Script(environment));
        command.Add(Deployer(environment));
        command.Add(Initialiser(environment));
        return command;
    }

    private static Command Dacpac(CliEnvironment environment)
    {
        var sortie = new Option<string>("--sortie") { Description = "Fichier .dacpac à écrire (ex. Reporting.dacpac).", Required = true, HelpName = "fichier" };
        var command = new Command("dacpac", "Construit le paquet DacFx (.dacpac) du schéma SQL Server, à publier avec « base deployer », SqlPackage ou SSMS.") { sortie };
        command.SetAction(parse => ReportingCli.Guard(environment, () =>
        {
            var path = OutputPath(parse.GetValue(sortie)!);
            using (var file = File.Create(path)) SqlServerPackage.WriteDacpac(file);
            environment.Console.WriteLine($"Paquet du schéma SQL Server (version {SchemaVersion.Current}) écrit : {path} ({Size(path)}).");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Script(CliEnvironment environment)
    {
        var sortie = new Option<string>("--sortie") { Description = "Fichier .sql à écrire (ex. deploiement.sql).", Required = true, HelpName = "fichier" };
        var nom = DatabaseOption();
        var command = new Command("script", "Écrit le script complet de déploiement du schéma SQL Server, à exécuter dans une base vide en mode SQLCMD (sqlcmd -i, ou SSMS en mode SQLCMD).") { sortie, nom };
        command.SetAction(parse => ReportingCli.Guard(environment, () =>
        {
            var path = OutputPath(parse.GetValue(sortie)!);
            var database = DatabaseName(environment, parse, nom);
            File.WriteAllText(path, SqlServerPackage.CreateScript(database));
            environment.Console.WriteLine($"Script de déploiement de la base « {database} » (schéma version {SchemaVersion.Current}) écrit : {path} ({Size(path)}).");
            environment.Console.WriteLine("Il crée tous les objets dans une base vide existante et s'exécute en mode SQLCMD (:setvar, $(DatabaseName)). Lancez ensuite « reporting base deployer » : le schéma étant à jour, il ne fait que remplir les dimensions intégrées et noter la version.");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Deployer(CliEnvironment environment)
    {
        var nom = DatabaseOption();
        var perte = new Option<bool>("--accepter-perte-de-donnees") { Description = "Autorise une mise à jour du schéma qui pourrait perdre des données (refusée par défaut)." };
        var command = new Command("deployer", "Publie le schéma sur le serveur SQL Server configuré (création ou mise à jour), puis remplit les dimensions intégrées.") { nom, perte };
        command.SetAction(parse => ReportingCli.Guard(environment, () =>
        {
            var location = ReportingCli.Location(environment, parse);
            if (location.Engine != WarehouseEngine.SqlServer)
                throw new CliException("« reporting base deployer » publie le schéma sur SQL Server : indiquez une chaîne de connexion (--entrepot \"Server=…;Database=…\" ou la clé Entrepot). " +
                                       "Pour l'entrepôt DuckDB embarqué, lancez « reporting base initialiser ».", ExitCodes.BadArguments);
            var database = DatabaseName(environment, parse, nom);
            var console = environment.Console;
            console.WriteLine($"Déploiement du schéma version {SchemaVersion.Current} sur {location.Display()}, base « {database} »…");
            RequireServer(location);
            try
            {
                SqlServerPackage.Deploy(location.Target, database, blockOnPossibleDataLoss: !parse.GetValue(perte));
            }
            catch (DacServicesException ex)
            {
                throw new CliException($"Le déploiement sur {location.Display()} a échoué : {ex.Message}" +
                                       (parse.GetValue(perte) ? string.Empty : " Si le message parle d'une perte de données possible et qu'elle est voulue, relancez avec --accepter-perte-de-donnees."));
            }
            using var session = WarehouseSession.Open(location, create: false);
            SqlServerSchema.Initialize(session, new SqlServerBulkCopier(), environment.Clock);
            console.WriteLine($"Schéma déployé et dimensions intégrées remplies : l'entrepôt {location.Display()} est en version {SqlServerSchema.CurrentVersion(session)}.");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Initialiser(CliEnvironment environment)
    {
        var command = new Command("initialiser", "Crée ou met à jour le fichier DuckDB de l'entrepôt embarqué (schéma, vues, dimensions intégrées).");
        command.SetAction(parse => ReportingCli.Guard(environment, () =>
        {
            var location = ReportingCli.Location(environment, parse);
            if (location.Engine != WarehouseEngine.DuckDb)
                throw new CliException($"L'entrepôt {location.Display()} est un serveur SQL Server : son schéma se déploie avec « reporting base deployer ».", ExitCodes.BadArguments);
            var existed = File.Exists(location.Target);
            using var session = ReportingCli.OpenForLoading(environment, location, ReportingCli.LockWait(environment, parse));
            environment.Console.WriteLine($"Entrepôt {location.Display()} {(existed ? "mis à jour" : "créé")} : schéma en version {SchemaManager.CurrentVersion(session)}.");
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>
    /// Connects to the server (its <c>master</c> database: the warehouse's may not exist yet) before DacFx does: DacFx
    /// retries a refused connection for minutes, a coordinator wants to know at once that the server cannot be reached.
    /// </summary>
    private static void RequireServer(WarehouseLocation location)
    {
        try
        {
            using var session = WarehouseSession.Open(location.OnServerDatabase("master"), create: false);
        }
        catch (WarehouseUnavailableException ex) when (ex.InnerException is not null)
        {
            throw new CliException($"Connexion impossible au serveur de l'entrepôt {location.Display()} : {ex.InnerException.Message}");
        }
    }

    private static Option<string?> DatabaseOption() =>
        new("--base") { Description = $"Nom de la base SQL Server (défaut : celle de la chaîne de connexion, sinon {SqlServerPackage.DefaultDatabaseName}).", HelpName = "nom" };

    private static string DatabaseName(CliEnvironment environment, ParseResult parse, Option<string?> option) =>
        parse.GetValue(option) is { Length: > 0 } name ? name
        : ReportingCli.Location(environment, parse).DatabaseName ?? SqlServerPackage.DefaultDatabaseName;

    private static string OutputPath(string value) => OutputLocations.File(value);

    private static string Size(string path) =>
        (new FileInfo(path).Length / 1024.0).ToString("#,##0.0", CliEnvironment.French) + " Ko";
}

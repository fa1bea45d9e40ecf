using System.CommandLine;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Configuration;
using Reporting.Indicators.Computation;
using Reporting.PowerBi.Project;
using Reporting.PowerBi.Service;
using Reporting.Warehouse.Engine;
using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>The commands that talk to the Power BI service (REST API: ADOMD and TOM cannot be used by this program).</summary>
public static partial class PowerBiCommand
{
    static partial void AddServiceCommands(Command command, CliEnvironment environment)
    {
        command.Add(Rafraichir(environment));
        command.Add(Rapprocher(environment));
        command.Add(Publier(environment));
    }

    /// <summary>The settings of section <c>PowerBi</c> (README « Power BI »).</summary>
    public static PowerBiSettings Settings(IConfiguration configuration)
    {
        var c = configuration.GetSection("PowerBi");
        string? Text(string key) => string.IsNullOrWhiteSpace(c[key]) ? null : c[key]!.Trim();
        Uri Url(string key, Uri fallback) => Text(key) is { } v ? new Uri(v.EndsWith('/') ? v : v + "/") : fallback;
        var defaults = new PowerBiSettings();
        return new PowerBiSettings
        {
            Tenant = Text("Locataire"),
            ClientId = Text("ClientId"),
            Secret = Text("Secret"),
            Workspace = Text("EspaceDeTravail"),
            Dataset = Text("JeuDeDonnees"),
            ModelName = Text("NomDuModele") ?? defaults.ModelName,
            ReportName = Text("NomDuRapport") ?? defaults.ReportName,
            Authority = Url("Autorite", defaults.Authority),
            PowerBiApi = Url("ApiPowerBi", defaults.PowerBiApi),
            FabricApi = Url("ApiFabric", defaults.FabricApi),
            RefreshesPerDay = int.TryParse(Text("ActualisationsParJour"), out var n) ? n : defaults.RefreshesPerDay,
            PollSeconds = int.TryParse(Text("IntervalleDeSuivi"), out var p) ? p : defaults.PollSeconds,
        };
    }

    private static T Service<T>(CliEnvironment environment, bool secret, bool dataset, Func<ServiceConnection, Action<string>, Task<T>> body)
    {
        var settings = Settings(environment.Configuration);
        var missing = settings.Missing(secret, dataset);
        if (missing.Count > 0)
            throw new CliException($"Configuration Power BI incomplète : {string.Join(", ", missing)} manquant(s). Voir le README, section « Power BI » (le secret se range dans les user secrets ou la variable REPORTING_PowerBi__Secret).");
        void Say(string line) => environment.Console.WriteLine(line);
        using var connection = new ServiceConnection(settings, environment.PowerBi ?? PowerBiTransport.Default(), Say);
        try
        {
            return body(connection, Say).GetAwaiter().GetResult();
        }
        catch (PowerBiException ex)
        {
            throw new CliException(ex.Message);
        }
        catch (HttpRequestException ex)
        {
            throw new CliException($"Le service Power BI est injoignable : {ex.Message}");
        }
    }

    private static Command Rafraichir(CliEnvironment environment)
    {
        var command = new Command("rafraichir", "Actualise le modèle sémantique publié (jeu de données PowerBi:JeuDeDonnees) et suit l'actualisation jusqu'à la fin. Une capacité partagée en permet 8 par jour, planifiées comprises.");
        command.SetAction(parse => ReportingCli.Guard(environment, () => Service(environment, secret: true, dataset: true, async (connection, say) =>
        {
            var outcome = await new RefreshService(connection, say).Run();
            if (outcome.Completed) environment.Console.WriteLine(outcome.Message);
            else environment.Error.WriteLine($"Erreur : {outcome.Message}");
            return outcome.Completed ? ExitCodes.Success : ExitCodes.CannotProceed;
        })));
        return command;
    }

    private static Command Rapprocher(CliEnvironment environment)
    {
        var scope = new ScopeOptions();
        var utilisateur = new Option<string?>("--utilisateur") { Description = "Compte (UPN) dont les droits s'appliquent aux requêtes DAX (sécurité au niveau des lignes) ; défaut : le premier compte de la liste d'accès pour ce département.", HelpName = "upn" };
        var command = new Command("rapprocher", "Compare chaque indicateur du modèle publié (une requête DAX par indicateur) avec « reporting indicateurs » sur l'entrepôt ; affiche chaque écart ; code de sortie 1 s'il y en a.");
        scope.AddTo(command);
        command.Add(utilisateur);
        command.SetAction(parse => ReportingCli.Guard(environment, () =>
        {
            var s = scope.Read(parse);
            if (s.IsNational) throw new CliException("« rapprocher » compare un département : indiquez --departement <code>.", ExitCodes.BadArguments);
            var kind = Reconciliation.PeriodKind(s.Period)
                ?? throw new CliException($"La période « {s.Period.Text} » n'est pas dans l'agrégat Power BI : un mois, une année, un cumul depuis janvier ou 12 mois glissants est attendu.", ExitCodes.BadArguments);
            IndicatorResult warehouse;
            string? user;
            using (var session = ReportingCli.OpenForReading(environment, parse, ReportingCli.Location(environment, parse)))
            {
                IndicateursCommand.RequireData(session);
                warehouse = new IndicatorService(session).Compute(s);
                user = parse.GetValue(utilisateur) ?? AccessUser(session, s.Departement!);
            }
            if (user is null)
                throw new CliException($"Aucun compte de la liste d'accès (entrée « acces ») ne voit le département {s.Departement} : indiquez --utilisateur <upn> (le modèle a une sécurité au niveau des lignes).", ExitCodes.BadArguments);
            return Service(environment, secret: false, dataset: true, async (connection, say) =>
            {
                say($"Rapprochement du département {s.Departement}, période {s.Period.Text}, {s.Label ?? "tous labels"}, population {Indicators.Definitions.Scope.PopulationText(s.Population)}, avec les droits de {user}…");
                var differences = await new Reconciliation(new DaxQueryService(connection), PbipProject.Embedded.Model()).Compare(warehouse, kind, user);
                if (differences.Count == 0)
                {
                    environment.Console.WriteLine($"Aucun écart : les {Indicators.Definitions.IndicatorCatalog.All.Count} indicateurs de Power BI sont ceux de l'entrepôt.");
                    return ExitCodes.Success;
                }
                environment.Console.WriteLine($"{differences.Count} écart(s) entre Power BI et l'entrepôt :");
                foreach (var d in differences)
                    environment.Console.WriteLine($"  {d.Key}{(d.Category is null ? "" : $" « {d.Category} »")} ({d.Label}) : Power BI {Reconciliation.Format(d.PowerBi)}, entrepôt {Reconciliation.Format(d.Warehouse)}");
                environment.Console.WriteLine("Le modèle est-il actualisé depuis le dernier chargement (« reporting powerbi rafraichir ») ?");
                return ExitCodes.CannotProceed;
            });
        }));
        return command;
    }

    private static Command Publier(CliEnvironment environment)
    {
        var serveur = new Option<string?>("--serveur") { Description = "Serveur SQL Server que le modèle lira (paramètre Serveur) ; défaut : PowerBi:Serveur, sinon celui de l'entrepôt configuré.", HelpName = "serveur" };
        var baseOption = new Option<string?>("--base") { Description = "Base de l'entrepôt (paramètre Base) ; défaut : PowerBi:Base, sinon celle de l'entrepôt configuré.", HelpName = "base" };
        var command = new Command("publier", "Publie le modèle sémantique et le rapport dans l'espace de travail (API Fabric des définitions d'éléments), puis règle les paramètres Serveur et Base.") { serveur, baseOption };
        command.SetAction(parse => ReportingCli.Guard(environment, () =>
        {
            var (server, database) = Target(environment, parse, parse.GetValue(serveur), parse.GetValue(baseOption));
            return Service(environment, secret: true, dataset: false, async (connection, say) =>
            {
                var p = await new Publisher(connection, say).Publish(PbipProject.Embedded, server, database);
                environment.Console.WriteLine($"Publié : modèle sémantique {p.ModelId} ({(p.ModelCreated ? "créé" : "mis à jour")}), rapport {p.ReportId} ({(p.ReportCreated ? "créé" : "mis à jour")}).");
                environment.Console.WriteLine("Dans le service : renseignez les identifiants de la source SQL Server (paramètres du modèle), ajoutez les membres des rôles Département et National, planifiez l'actualisation ; PowerBi:JeuDeDonnees = " + p.ModelId + ".");
                return ExitCodes.Success;
            });
        }));
        return command;
    }

    /// <summary>The SQL Server the model reads: options, then PowerBi:Serveur/Base, then the configured warehouse's connection string.</summary>
    private static (string Server, string Database) Target(CliEnvironment environment, ParseResult parse, string? server, string? database)
    {
        server ??= environment.Configuration["PowerBi:Serveur"];
        database ??= environment.Configuration["PowerBi:Base"];
        if (string.IsNullOrWhiteSpace(server) || string.IsNullOrWhiteSpace(database))
        {
            var location = ReportingCli.Location(environment, parse);
            if (location.Engine == WarehouseEngine.SqlServer)
            {
                var builder = new SqlConnectionStringBuilder(location.Target);
                server = string.IsNullOrWhiteSpace(server) ? builder.DataSource : server;
                database = string.IsNullOrWhiteSpace(database) ? builder.InitialCatalog : database;
            }
        }
        if (string.IsNullOrWhiteSpace(server) || string.IsNullOrWhiteSpace(database))
            throw new CliException("Serveur et base SQL Server du modèle inconnus : indiquez --serveur et --base (ou PowerBi:Serveur et PowerBi:Base) ; Power BI lit l'entrepôt SQL Server, pas le fichier DuckDB.", ExitCodes.BadArguments);
        return (server, database);
    }

    /// <summary>The first account of the access list that sees the département (null when none).</summary>
    private static string? AccessUser(WarehouseSession session, string departement) =>
        session.QuerySingleOrDefault<string?>("queries/access_user.sql", new { departement });

}

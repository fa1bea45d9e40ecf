using System.CommandLine;
using Reporting.Cli.Commands;
using Reporting.Warehouse.Engine;
using Reporting.Warehouse.Schema;

namespace Reporting.Cli;

/// <summary>The command tree of <c>reporting</c>. Commands only wire the pipeline; every message is French.</summary>
public static class ReportingCli
{
    public static readonly Option<string?> Entrepot = new("--entrepot")
    {
        Description = "Entrepôt : chemin d'un fichier DuckDB (défaut : donnees/entrepot.duckdb) ou chaîne de connexion SQL Server.",
        HelpName = "chemin|connexion",
        Recursive = true,
    };

    public static int Run(string[] args, CliEnvironment environment)
    {
        var root = Build(environment);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var message in ParseErrors.Messages(parse)) environment.Error.WriteLine($"Erreur : {message}");
            return ExitCodes.BadArguments;
        }
        return parse.Invoke(new InvocationConfiguration { Output = environment.Out, Error = environment.Error });
    }

    public static RootCommand Build(CliEnvironment environment)
    {
        var root = new RootCommand("PdN Reporting : charge les tableaux de suivi des Promeneurs du Net dans l'entrepôt et calcule les indicateurs.")
        {
            Entrepot,
        };
        root.Add(ChargerCommand.Create(environment));
        root.Add(IndicateursCommand.Create(environment));
        root.Add(QuestionnaireCommand.Create(environment));
        root.Add(AnnexesCommand.Create(environment));
        root.Add(ModelesCommand.CreateForDepartement(environment));
        root.Add(ModelesCommand.CreateBlank(environment));
        root.Add(DemoCommand.Create(environment));
        root.Add(BaseCommand.Create(environment));
        root.Add(ServiceCommand.Create(environment));
        root.Add(EtatCommand.Create(environment));
        return root;
    }

    /// <summary>Runs a command body, turning expected failures into a French message and an exit code.</summary>
    public static int Guard(CliEnvironment environment, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (CliException ex)
        {
            environment.Error.WriteLine($"Erreur : {ex.Message}");
            return ex.ExitCode;
        }
        catch (WarehouseUnavailableException ex)
        {
            environment.Error.WriteLine($"Erreur : {ex.Message}");
            return ExitCodes.CannotProceed;
        }
        catch (DirectoryNotFoundException ex)
        {
            environment.Error.WriteLine($"Erreur : {ex.Message}");
            return ExitCodes.CannotProceed;
        }
    }

    /// <summary>
    /// The warehouse: <c>--entrepot</c>, else the configuration key <c>Entrepot</c>. A SQL Server login's
    /// password may be kept out of the connection string, in <c>SqlServer:MotDePasse</c> (environment variable
    /// <c>REPORTING_SqlServer__MotDePasse</c> or the user secrets); it is never printed.
    /// </summary>
    public static WarehouseLocation Location(CliEnvironment environment, ParseResult parse) =>
        WarehouseLocation.Parse(parse.GetValue(Entrepot) ?? environment.Configuration["Entrepot"])
            .WithPassword(environment.Configuration["SqlServer:MotDePasse"]);

    /// <summary>
    /// Opens the warehouse. DuckDB: creates or upgrades its schema. SQL Server: checks that the schema
    /// deployed by « reporting base deployer » is the version this program expects.
    /// </summary>
    public static WarehouseSession OpenWarehouse(CliEnvironment environment, WarehouseLocation location, bool create)
    {
        var session = WarehouseSession.Open(location, create);
        try
        {
            if (location.Engine == WarehouseEngine.SqlServer) SqlServerSchema.RequireCurrent(session);
            else SchemaManager.Initialize(session, environment.Clock);
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }
}

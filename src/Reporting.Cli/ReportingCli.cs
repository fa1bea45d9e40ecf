using System.CommandLine;
using Reporting.Cli.Commands;
using Reporting.Pipeline.Ingestion;
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

    /// <summary>Configuration key of <see cref="AttenteVerrou"/> (seconds).</summary>
    public const string LockWaitKey = "AttenteVerrou";

    public static readonly Option<int?> AttenteVerrou = new("--attente-verrou")
    {
        Description = $"Secondes à attendre qu'un autre programme (un chargement) libère l'entrepôt avant d'abandonner (défaut : clé {LockWaitKey}, sinon {WarehouseOpening.DefaultLockWait.TotalSeconds:0}).",
        HelpName = "secondes",
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
            AttenteVerrou,
        };
        root.Add(ChargerCommand.Create(environment));
        root.Add(IndicateursCommand.Create(environment));
        root.Add(QuestionnaireCommand.Create(environment));
        root.Add(AnnexesCommand.Create(environment));
        root.Add(ModelesCommand.CreateForDepartement(environment));
        root.Add(ModelesCommand.CreateBlank(environment));
        root.Add(DemoCommand.Create(environment));
        root.Add(BaseCommand.Create(environment));
        root.Add(PowerBiCommand.Create(environment));
        root.Add(ServiceCommand.Create(environment));
        root.Add(EtatCommand.Create(environment));
        root.Add(PurgerCommand.Create(environment));
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
        catch (FolderNotWritableException ex)
        {
            environment.Error.WriteLine($"Erreur : {ex.Message}");
            return ExitCodes.CannotProceed;
        }
        catch (DirectoryNotFoundException ex)
        {
            environment.Error.WriteLine($"Erreur : {ex.Message}");
            return ExitCodes.CannotProceed;
        }
        catch (Exception ex) when (StorageErrors.IsFull(ex))
        {
            environment.Error.WriteLine($"Erreur : {StorageErrors.Describe(ex)}");
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

    /// <summary>How long a command waits for another program to release the warehouse: <c>--attente-verrou</c>, else the configuration.</summary>
    public static TimeSpan LockWait(CliEnvironment environment, ParseResult parse)
    {
        var configured = environment.Configuration[LockWaitKey];
        int? seconds = parse.GetValue(AttenteVerrou);
        if (seconds is null && !string.IsNullOrWhiteSpace(configured))
            seconds = int.TryParse(configured, out var s) ? s
                : throw new CliException($"Valeur « {configured} » invalide pour la clé de configuration {LockWaitKey} : un nombre de secondes est attendu.", ExitCodes.BadArguments);
        if (seconds < 0)
            throw new CliException($"Durée d'attente {seconds} s refusée : un nombre de secondes positif ou nul est attendu (0 : ne pas attendre).", ExitCodes.BadArguments);
        return seconds is int value ? TimeSpan.FromSeconds(value) : WarehouseOpening.DefaultLockWait;
    }

    /// <summary>
    /// Opens the warehouse for a command that only reads: DuckDB read-only, never migrated (a schema older than the
    /// program is refused with the command that upgrades it); SQL Server checked against the version « reporting base
    /// deployer » recorded.
    /// </summary>
    public static WarehouseSession OpenForReading(CliEnvironment environment, ParseResult parse, WarehouseLocation location) =>
        Open(environment, location, new WarehouseOpening { Access = WarehouseAccessMode.Read, LockWait = LockWait(environment, parse) });

    /// <summary>
    /// Opens the warehouse to load or upgrade it (charger, base initialiser). DuckDB: creates or upgrades its schema.
    /// SQL Server: checks that the schema deployed by « reporting base deployer » is the version this program expects.
    /// Without <paramref name="lockWait"/>, the configured wait.
    /// </summary>
    public static WarehouseSession OpenForLoading(CliEnvironment environment, WarehouseLocation location, TimeSpan? lockWait = null) =>
        Open(environment, location, new WarehouseOpening { Access = WarehouseAccessMode.Write, Create = true, LockWait = lockWait ?? ConfiguredLockWait(environment) });

    /// <summary>Reading (<paramref name="create"/> false) or loading (true), with the configured wait: see <see cref="OpenForReading"/> and <see cref="OpenForLoading"/>.</summary>
    public static WarehouseSession OpenWarehouse(CliEnvironment environment, WarehouseLocation location, bool create) => create
        ? OpenForLoading(environment, location)
        : Open(environment, location, new WarehouseOpening { Access = WarehouseAccessMode.Read, LockWait = ConfiguredLockWait(environment) });

    private static TimeSpan ConfiguredLockWait(CliEnvironment environment) =>
        int.TryParse(environment.Configuration[LockWaitKey], out var s) && s >= 0 ? TimeSpan.FromSeconds(s) : WarehouseOpening.DefaultLockWait;

    private static WarehouseSession Open(CliEnvironment environment, WarehouseLocation location, WarehouseOpening opening) =>
        WarehouseOpener.Open(location, opening with { Waiting = message => environment.Error.WriteLine(message) }, environment.Clock);
}

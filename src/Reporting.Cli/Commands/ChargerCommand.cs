using System.CommandLine;
using Reporting.Pipeline.Aggregates;
using Reporting.Pipeline.Ingestion;
using Reporting.Warehouse.Engine;
using Reporting.Warehouse.Loading;
using Reporting.Outputs.Console;
using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary><c>reporting charger --depot &lt;dossier&gt;</c>: ingests every file of a folder tree.</summary>
public static class ChargerCommand
{
    public static Command Create(CliEnvironment environment)
    {
        var depot = new Option<string?>("--depot") { Description = "Dossier de dépôt : tous les fichiers de son arborescence sont lus (défaut : la clé « Depot » de la configuration).", HelpName = "dossier" };
        var archives = new Option<string?>("--archives") { Description = "Dossier des archives (défaut : « archives » à côté de l'entrepôt).", HelpName = "dossier" };
        var quarantaine = new Option<string?>("--quarantaine") { Description = "Dossier de quarantaine (défaut : « quarantaine » à côté de l'entrepôt).", HelpName = "dossier" };
        var command = new Command("charger", "Charge les tableaux de suivi et les listes de référence déposés dans un dossier.") { depot, archives, quarantaine };
        command.SetAction(parse => ReportingCli.Guard(environment, () =>
        {
            var location = ReportingCli.Location(environment, parse);
            var folder = parse.GetValue(depot) ?? environment.Configuration["Depot"];
            if (string.IsNullOrWhiteSpace(folder)) throw new CliException($"Option --depot manquante. {depot.Description}", ExitCodes.BadArguments);
            var options = Options(environment, location, folder, parse.GetValue(archives), parse.GetValue(quarantaine));
            var (report, aggregate) = Run(environment, location, options, ReportingCli.LockWait(environment, parse));
            PrintSummary(environment.Console, report, options);
            var aggregateExit = PowerBiCommand.PrintAggregate(environment, aggregate);
            // 0: every file was loaded, skipped or quarantined as designed (rejected rows included) and the Power BI
            // aggregate is up to date; 1: some file could not be processed, or the aggregate could not be rebuilt.
            return report.Complete ? aggregateExit : ExitCodes.CannotProceed;
        }));
        return command;
    }

    public static IngestOptions Options(CliEnvironment environment, WarehouseLocation location, string depot, string? archives, string? quarantaine)
    {
        // Beside the DuckDB file; for SQL Server, under ./donnees unless configured.
        var anchor = location.Engine == WarehouseEngine.DuckDb ? location.Target : Path.GetFullPath(WarehouseLocation.DefaultPath);
        var beside = IngestOptions.DefaultFoldersBeside(anchor);
        string Pick(string? option, string key, string fallback) =>
            Path.GetFullPath(!string.IsNullOrWhiteSpace(option) ? option : !string.IsNullOrWhiteSpace(environment.Configuration[key]) ? environment.Configuration[key]! : fallback);
        return new IngestOptions(Path.GetFullPath(depot), Pick(archives, "Archives", beside.Archives), Pick(quarantaine, "Quarantaine", beside.Quarantaine));
    }

    /// <summary>Loads the depot, then rebuilds the indicator aggregate Power BI reads when a file was loaded.</summary>
    public static (IngestionReport Report, AggregateOutcome? Aggregate) Run(CliEnvironment environment, WarehouseLocation location, IngestOptions options, TimeSpan? lockWait = null)
    {
        if (!Directory.Exists(options.Depot)) throw new CliException($"Dossier de dépôt introuvable : {options.Depot}");
        var seuil = IndicateursCommand.Threshold(environment, null);
        using var session = ReportingCli.OpenForLoading(environment, location, lockWait);
        var report = Ingest(environment, session, options);
        return (report, AggregateRefresh.AfterLoad(session, report, environment.Clock, seuil));
    }

    private static IngestionReport Ingest(CliEnvironment environment, WarehouseSession session, IngestOptions options)
    {
        if (!environment.Interactive)
            return new Ingestion(session, environment.Clock, options, new LogProgress(environment.Console)).Run();
        IngestionReport? report = null;
        environment.Console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("Chargement", autoStart: true);
                report = new Ingestion(session, environment.Clock, options, new BarProgress(task)).Run();
            });
        return report!;
    }

    public static void PrintSummary(IAnsiConsole console, IngestionReport report, IngestOptions options)
    {
        string N(int n) => n.ToString("#,##0", Outputs.Formatting.FrenchFormat.Culture);
        console.MarkupLine($"[bold]Dépôt :[/] {ConsoleText.Escape(report.Depot)}");
        var replacing = report.Files.Count(f => f.Replaces is not null);
        console.MarkupLine($"[bold]Fichiers :[/] {N(report.Files.Count + report.Errors.Count)} lus · {N(report.Count(FileStatus.Loaded))} chargés" +
                           (replacing > 0 ? $" (dont {N(replacing)} nouvelle{(replacing > 1 ? "s" : "")} version{(replacing > 1 ? "s" : "")} remplaçant la précédente)" : string.Empty) + " · " +
                           $"{N(report.Count(FileStatus.Duplicate))} déjà chargés (identiques) · {N(report.Count(FileStatus.Older))} versions antérieures ignorées · " +
                           $"{N(report.Count(FileStatus.Quarantined))} en quarantaine" + (report.Errors.Count > 0 ? $" · {N(report.Errors.Count)} en erreur" : string.Empty));
        console.MarkupLine($"[bold]Lignes :[/] {N(report.RowsLoaded)} chargées · {N(report.RowsRejected)} rejetées");

        var withRejections = report.Files.Where(f => f.Rejections.Count > 0).ToList();
        if (withRejections.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine($"[bold yellow]Cellules rejetées[/] (la ligne correspondante n'est pas chargée) :");
            foreach (var file in withRejections)
            {
                console.MarkupLine($"  [bold]{ConsoleText.Escape(Path.GetFileName(file.Path))}[/]");
                foreach (var r in file.Rejections)
                {
                    var where = string.IsNullOrEmpty(r.Sheet) ? $"ligne {r.Row}" : $"feuille « {r.Sheet} », ligne {r.Row}";
                    console.MarkupLine($"    {ConsoleText.Escape(where)}, colonne « {ConsoleText.Escape(r.Column)} » ({ConsoleText.Escape(r.Cell)}) : {ConsoleText.Escape(r.Message)}");
                }
            }
        }
        var quarantined = report.Files.Where(f => f.Status == FileStatus.Quarantined).ToList();
        if (quarantined.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine($"[bold red]Fichiers en quarantaine[/] ({ConsoleText.Escape(options.QuarantineRoot)}) :");
            foreach (var f in quarantined)
                console.MarkupLine($"  [bold]{ConsoleText.Escape(Path.GetFileName(f.Path))}[/] : {ConsoleText.Escape(f.Message ?? string.Empty)}");
        }
        var skipped = report.Files.Where(f => f.Status is FileStatus.Duplicate or FileStatus.Older).ToList();
        if (skipped.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine("[bold]Fichiers ignorés[/] :");
            foreach (var f in skipped)
                console.MarkupLine($"  {ConsoleText.Escape(Path.GetFileName(f.Path))} : {ConsoleText.Escape(f.Message ?? string.Empty)}");
        }
        var warned = report.Files.Where(f => f.Warnings.Count > 0).ToList();
        if (warned.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine("[bold yellow]Avertissements[/] (fichiers chargés) :");
            foreach (var f in warned)
                foreach (var warning in f.Warnings)
                    console.MarkupLine($"  [bold]{ConsoleText.Escape(Path.GetFileName(f.Path))}[/] : {ConsoleText.Escape(warning)}");
        }
        var notArchived = report.NotArchived;
        if (notArchived.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine($"[bold red]Chargés mais non archivés[/] ({ConsoleText.Escape(options.ArchiveRoot)}) :");
            foreach (var f in notArchived)
                console.MarkupLine($"  [bold]{ConsoleText.Escape(Path.GetFileName(f.Path))}[/] : {ConsoleText.Escape(f.NotArchived!)}");
        }
        foreach (var (path, message) in report.Errors)
            console.MarkupLine($"[red]Erreur[/] sur {ConsoleText.Escape(Path.GetFileName(path))} (laissé dans le dépôt) : {ConsoleText.Escape(message)}");
        if (report.Stopped is not null)
            console.MarkupLine($"[red]Chargement interrompu[/] : {ConsoleText.Escape(report.Stopped)}");
        if (report.Files.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine($"Les fichiers traités sont archivés dans {ConsoleText.Escape(options.ArchiveRoot)}.");
        }
    }

    private sealed class BarProgress(ProgressTask task) : IIngestionProgress
    {
        public void Started(int files) => task.MaxValue = Math.Max(1, files);

        public void Processed(string path)
        {
            task.Description = ConsoleText.Escape(Path.GetFileName(path));
            task.Increment(1);
        }
    }

    /// <summary>Without a terminal (service, CI, pipe): one line every tenth of the run, for runs of 50 files or more.</summary>
    private sealed class LogProgress(IAnsiConsole console) : IIngestionProgress
    {
        private int _total;
        private int _done;

        public void Started(int files) => _total = files;

        public void Processed(string path)
        {
            _done++;
            if (_total >= 50 && _done % Math.Max(1, _total / 10) == 0)
                console.MarkupLine($"[grey]… {_done} / {_total} fichiers traités[/]");
        }
    }
}

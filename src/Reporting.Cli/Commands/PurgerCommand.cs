using System.CommandLine;
using System.Globalization;
using Reporting.Outputs.Console;
using Reporting.Pipeline.Retention;
using Reporting.Warehouse.Loading;
using Reporting.Warehouse.Retention;
using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>
/// <c>reporting purger [--annees N] [--appliquer]</c>: retention (RGPD). A dry run by default (the warehouse is only
/// read); with <c>--appliquer</c>, pseudonymises the promeneurs whose labellisation ended more than N years ago and
/// deletes the raw files kept more than N years ago, and records the purge in <c>etl.purge</c>.
/// </summary>
public static class PurgerCommand
{
    /// <summary>Configuration key of the number of years kept.</summary>
    public const string YearsKey = "Conservation:Annees";

    public const int DefaultYears = 5;

    public static Command Create(CliEnvironment environment)
    {
        var annees = new Option<int?>("--annees") { Description = $"Années de conservation (défaut : clé {YearsKey}, sinon {DefaultYears} ; au moins {Purge.MinimumYears}).", HelpName = "n" };
        var appliquer = new Option<bool>("--appliquer") { Description = "Fait la purge. Sans cette option, la commande dit seulement ce qu'elle ferait (rien n'est modifié)." };
        var archives = new Option<string?>("--archives") { Description = "Dossier des archives (défaut : celui de « charger »).", HelpName = "dossier" };
        var quarantaine = new Option<string?>("--quarantaine") { Description = "Dossier de quarantaine (défaut : celui de « charger »).", HelpName = "dossier" };
        var command = new Command("purger", "Conservation des données personnelles (RGPD) : pseudonymise les promeneurs dont la labellisation a pris fin il y a plus de N ans " +
                                            "et supprime les fichiers reçus conservés depuis plus de N ans. Simulation sans --appliquer.") { annees, appliquer, archives, quarantaine };
        command.SetAction(parse => ReportingCli.Guard(environment, () =>
        {
            var years = Years(environment, parse.GetValue(annees));
            var location = ReportingCli.Location(environment, parse);
            var folders = ChargerCommand.Options(environment, location, ".", parse.GetValue(archives), parse.GetValue(quarantaine));
            var apply = parse.GetValue(appliquer);
            using var session = apply
                ? ReportingCli.OpenForLoading(environment, location, ReportingCli.LockWait(environment, parse))
                : ReportingCli.OpenForReading(environment, parse, location);
            // Never while a load runs (SQL Server: the load lock; DuckDB: the file is this program's alone).
            using var loadLock = apply ? WarehouseWriters.For(session).LockForLoading() : null;
            var purge = new Purge(session, environment.Clock, [folders.ArchiveRoot, folders.QuarantineRoot]);
            var plan = purge.Plan(years);
            Print(environment.Console, plan);
            if (!apply)
            {
                environment.Console.MarkupLine("[bold]Simulation[/] : rien n'a été modifié. Relancez avec --appliquer pour faire la purge.");
                return ExitCodes.Success;
            }
            var result = purge.Apply(plan);
            environment.Console.MarkupLine($"[bold]Purge faite[/] : {Plural(plan.Promeneurs.Count, "promeneur pseudonymisé", "promeneurs pseudonymisés")}, " +
                                           $"{Plural(result.FilesDeleted, "fichier supprimé", "fichiers supprimés")} ({Size(result.BytesDeleted)}). Elle est notée dans l'audit (etl.purge).");
            foreach (var (path, message) in result.Failures)
                environment.Console.MarkupLine($"[red]Non supprimé[/] : {ConsoleText.Escape(path)} ({ConsoleText.Escape(message)}) ; la prochaine purge le supprimera.");
            return result.Failures.Count == 0 ? ExitCodes.Success : ExitCodes.CannotProceed;
        }));
        return command;
    }

    private static int Years(CliEnvironment environment, int? option)
    {
        var configured = environment.Configuration[YearsKey];
        var years = option ?? (string.IsNullOrWhiteSpace(configured) ? DefaultYears
            : int.TryParse(configured, out var y) ? y
            : throw new CliException($"Valeur « {configured} » invalide pour la clé de configuration {YearsKey} : un nombre d'années est attendu.", ExitCodes.BadArguments));
        if (years < Purge.MinimumYears)
            throw new CliException($"Conservation de {years} an(s) refusée : au moins {Purge.MinimumYears} an est conservé.", ExitCodes.BadArguments);
        return years;
    }

    private static void Print(IAnsiConsole console, PurgePlan plan)
    {
        var cutoff = plan.Cutoff.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        console.MarkupLine($"[bold]Conservation[/] : {plan.Years} an{(plan.Years > 1 ? "s" : "")} ; sont concernées les données antérieures au {cutoff}.");
        console.MarkupLine($"[bold]Promeneurs dont la labellisation a pris fin avant le {cutoff}[/] : {plan.Promeneurs.Count}" +
                           (plan.Promeneurs.Count > 0 ? $" — nom et prénom remplacés par « {RetentionStatements.Pseudonym} », identifiant et chiffres conservés." : "."));
        foreach (var p in plan.Promeneurs)
            console.MarkupLine($"  {ConsoleText.Escape(p.PromeneurId)} (fin de labellisation le {p.LabelledTo.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)})");
        console.MarkupLine($"[bold]Fichiers reçus conservés avant le {cutoff}[/] : {plan.Files.Count} ({Size(plan.Bytes)})" +
                           (plan.Files.Count > 0 ? ", supprimés définitivement." : ".") + $" Dossiers : {ConsoleText.Escape(string.Join(" ; ", plan.Folders))}.");
        foreach (var group in plan.Files.GroupBy(f => f.KeptOn).OrderBy(g => g.Key))
            console.MarkupLine($"  {group.Key.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} : {Plural(group.Count(), "fichier", "fichiers")}");
    }

    private static string Plural(int n, string one, string many) => $"{n.ToString("#,##0", CliEnvironment.French)} {(n > 1 ? many : one)}";

    private static string Size(long bytes) => bytes < 1024 * 1024
        ? (bytes / 1024.0).ToString("#,##0.0", CliEnvironment.French) + " Ko"
        : (bytes / 1024.0 / 1024.0).ToString("#,##0.0", CliEnvironment.French) + " Mo";
}

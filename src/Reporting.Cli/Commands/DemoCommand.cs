using System.CommandLine;
using Reporting.Demo;
using Reporting.Indicators.Computation;
using Reporting.Indicators.Definitions;
using Reporting.Indicators.Questionnaires;
using Reporting.Domain.Periods;
using Reporting.Outputs.Annexes;
using Reporting.Outputs.Console;
using Reporting.Warehouse.Engine;
using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>
/// <c>reporting demo</c>: writes a deterministic sample of input files, ingests it into a fresh
/// embedded warehouse of its own (never the default one) and prints the indicators of a département.
/// </summary>
public static class DemoCommand
{
    public const string DefaultFolder = "donnees/demo";

    /// <summary>The demo's input files, kept untouched (the load moves the depot's files to the archives).</summary>
    public const string InputsFolder = "entrees";

    public static Command Create(CliEnvironment environment)
    {
        var dossier = new Option<string>("--dossier") { Description = "Dossier de la démonstration, recréé à chaque lancement ; son entrepôt est <dossier>/entrepot.duckdb (l'option --entrepot est refusée : la démonstration n'écrit jamais dans votre entrepôt).", DefaultValueFactory = _ => DefaultFolder, HelpName = "dossier" };
        var command = new Command("demo", "Génère un jeu de données de démonstration, le charge dans un entrepôt neuf et affiche les indicateurs d'un département.") { dossier };
        command.SetAction(parse => ReportingCli.Guard(environment, () =>
        {
            if (parse.GetResult(ReportingCli.Entrepot) is { Implicit: false })
                throw new CliException($"La démonstration écrit toujours son propre entrepôt (<dossier>/entrepot.duckdb, défaut {DefaultFolder}/entrepot.duckdb), jamais le vôtre : retirez --entrepot (pour un autre dossier : --dossier).", ExitCodes.BadArguments);
            var folder = Path.GetFullPath(parse.GetValue(dossier)!);
            Reset(folder);
            var console = environment.Console;
            // The inputs are written once, kept untouched in entrees/, and copied to the depot the load empties.
            var inputs = Path.Combine(folder, InputsFolder);
            var manifest = DemoDataset.Generate(inputs);
            CopyTree(inputs, Path.Combine(folder, "depot"));
            manifest = manifest with { Depot = Path.Combine(folder, "depot") };
            console.MarkupLine($"[bold]Jeu de démonstration {manifest.Year}[/] : {manifest.Promeneurs} promeneurs dans {manifest.Departements.Count} départements ({string.Join(", ", manifest.Departements)}), {manifest.Workbooks} classeurs, écrit dans {ConsoleText.Escape(manifest.Depot)}");
            foreach (var note in manifest.Notes) console.MarkupLine($"  · {ConsoleText.Escape(note)}");
            console.WriteLine();

            var location = WarehouseLocation.Parse(Path.Combine(folder, "entrepot.duckdb"));
            var options = ChargerCommand.Options(environment, location, manifest.Depot, Path.Combine(folder, "archives"), Path.Combine(folder, "quarantaine"));
            var (report, aggregate) = ChargerCommand.Run(environment, location, options);
            ChargerCommand.PrintSummary(console, report, options);
            PowerBiCommand.PrintAggregate(environment, aggregate);
            console.WriteLine();

            using (var session = ReportingCli.OpenWarehouse(environment, location, create: false))
            {
                var result = new IndicatorService(session).Compute(new Scope("50", Period.Year(manifest.Year), null, Population.Actifs));
                IndicatorTableWriter.Write(console, result);
                console.WriteLine();
                var questionnaire = new QuestionnaireService(session).Compute(DemoQuestionnaires.FlashCode(manifest.Year));
                if (questionnaire is not null) QuestionnaireTableWriter.Write(console, questionnaire);
                console.WriteLine();
                WriteAnnexes(environment, session, manifest.Year, Path.Combine(folder, "annexes"));
            }
            console.WriteLine();
            var entrepot = Path.GetRelativePath(Directory.GetCurrentDirectory(), location.Target);
            console.MarkupLine("[bold]Pour aller plus loin[/] (même entrepôt ; depuis la racine du dépôt, « reporting » s'écrit « dotnet run --project src/Reporting.Cli -- ») :");
            console.MarkupLine($"  reporting --entrepot {ConsoleText.Escape(entrepot)} indicateurs --departement 50 --periode {manifest.Year} --label Parentalité --population periode-complete");
            console.MarkupLine($"  reporting --entrepot {ConsoleText.Escape(entrepot)} indicateurs --national --periode {manifest.Year} --format json");
            console.MarkupLine($"  reporting --entrepot {ConsoleText.Escape(entrepot)} questionnaire --code {DemoQuestionnaires.QualitativeCode(manifest.Year)}");
            console.MarkupLine($"  reporting --entrepot {ConsoleText.Escape(entrepot)} questionnaire --code {DemoQuestionnaires.FlashCode(manifest.Year)} --type-repondant Parent --format json --textes");
            var annexes = ConsoleText.Escape(Path.Combine(Path.GetRelativePath(Directory.GetCurrentDirectory(), folder), "annexes"));
            console.MarkupLine($"  reporting --entrepot {ConsoleText.Escape(entrepot)} annexes --departement 14 --mois {manifest.Year}-03 --sortie {annexes}");
            console.MarkupLine($"  reporting --entrepot {ConsoleText.Escape(entrepot)} annexes --national --mois {manifest.Year}-06 --sortie {annexes}");
            console.MarkupLine($"  reporting --entrepot {ConsoleText.Escape(entrepot)} modeles --departement 50 --annee {manifest.Year + 1} --sortie {ConsoleText.Escape(Path.Combine(Path.GetRelativePath(Directory.GetCurrentDirectory(), folder), "modeles"))}");
            console.WriteLine();
            var entrees = ConsoleText.Escape(Path.GetRelativePath(Directory.GetCurrentDirectory(), inputs));
            console.MarkupLine($"[bold]Fichiers d'origine[/] : {entrees} (intacts ; le chargement a déplacé ceux du dépôt vers les archives). Pour les charger dans votre propre entrepôt, copiez-les dans un dossier de dépôt, puis :");
            console.MarkupLine("  reporting charger --depot <dossier>");
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>
    /// The annexes a coordinator of the Manche hands out: the June annex (with the workbooks to send back),
    /// the bilan of the year counted as the seed evaluation counted (Parentalité, promeneurs of the whole
    /// year), and the national comparison of the year.
    /// </summary>
    private static void WriteAnnexes(CliEnvironment environment, WarehouseSession session, int year, string folder)
    {
        var generator = new AnnexGenerator(session, environment.Clock);
        var threshold = IndicateursCommand.Threshold(environment, null);
        var files = new List<AnnexFile>();
        var skipped = new List<string>();
        files.AddRange(AnnexesCommand.Write(generator, new Scope("50", Period.Month(year, 6), null, Population.Actifs), folder, threshold, out var m1));
        skipped.AddRange(m1);
        files.Add(generator.WriteBilan(folder, new Scope("50", Period.Year(year), "Parentalité", Population.PeriodeComplete)));
        files.Add(generator.WriteNational(folder, new Scope(null, Period.Year(year), null, Population.Actifs), threshold));
        environment.Console.MarkupLine("[bold]Annexes Excel[/] (annexe mensuelle de juin, bilan annuel compté comme l'évaluation de la Manche, comparaison nationale) :");
        AnnexesCommand.Print(environment.Console, folder, files, skipped);
    }

    /// <summary>
    /// The hint added to « Entrepôt introuvable » when the demo's warehouse exists in the current folder: the demo
    /// never writes the default warehouse, its own is opened with --entrepot.
    /// </summary>
    public static string WarehouseHint()
    {
        var demo = Path.Combine(DefaultFolder, "entrepot.duckdb");
        return File.Exists(demo) ? $" Pour explorer la démonstration, indiquez son entrepôt : « reporting --entrepot {demo} <commande> »." : string.Empty;
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(file)); // the load orders versions by this date
        }
    }

    /// <summary>Empties the demo folder, refusing any folder that is not a demo folder.</summary>
    private static void Reset(string folder)
    {
        if (!Directory.Exists(folder)) return;
        var entries = Directory.EnumerateFileSystemEntries(folder).Select(Path.GetFileName).ToList();
        string[] ours = [InputsFolder, "depot", "archives", "quarantaine", "modeles", "annexes", "entrepot.duckdb", "entrepot.duckdb.wal"];
        if (entries.Any(e => !ours.Contains(e)))
            throw new CliException($"Le dossier {folder} contient d'autres fichiers que ceux de la démonstration : choisissez un autre dossier avec --dossier.");
        Directory.Delete(folder, recursive: true);
    }
}

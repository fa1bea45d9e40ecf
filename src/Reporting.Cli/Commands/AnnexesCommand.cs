using System.CommandLine;
using System.Globalization;
using Reporting.Domain.Periods;
using Reporting.Indicators.Definitions;
using Reporting.Outputs.Annexes;
using Reporting.Warehouse.Engine;
using Reporting.Outputs.Console;
using Spectre.Console;

namespace Reporting.Cli.Commands;

/// <summary>
/// <c>reporting annexes</c>: writes the Excel annexes of a scope (monthly annex, annual bilan, national
/// comparison, feedback workbooks). The generators live in <c>Reporting.Outputs.Annexes</c>; this only wires.
/// </summary>
public static class AnnexesCommand
{
    /// <summary>Configuration key of the default output folder.</summary>
    public const string OutputKey = "Annexes:Sortie";

    public static Command Create(CliEnvironment environment)
    {
        var scope = new ScopeOptions(withPeriode: false);
        var mois = new Option<string?>("--mois") { Description = "Mois de l'annexe mensuelle (ex. 2019-06) ; avec --national, la comparaison nationale du mois.", HelpName = "aaaa-mm" };
        var annee = new Option<string?>("--annee") { Description = "Année du bilan annuel (ex. 2019) ; avec --national, la comparaison nationale de l'année.", HelpName = "aaaa" };
        var sortie = new Option<string?>("--sortie") { Description = "Dossier où écrire les classeurs (défaut : configuration Annexes:Sortie, sinon annexes/ à côté de l'entrepôt).", HelpName = "dossier" };
        var seuil = new Option<int?>("--seuil") { Description = "Seuil du secret statistique de la comparaison nationale (défaut 5, jamais moins de 3).", HelpName = "n" };
        var command = new Command("annexes", "Écrit les annexes Excel : annexe mensuelle d'un département (--mois), bilan annuel (--annee), comparaison nationale (--national), et les tableaux à renvoyer aux promeneurs dont des cellules ont été rejetées.");
        scope.AddTo(command);
        command.Add(mois);
        command.Add(annee);
        command.Add(sortie);
        command.Add(seuil);
        command.SetAction(parse => ReportingCli.Guard(environment, () =>
        {
            var s = scope.Read(parse, () => PeriodOf(parse.GetValue(mois), parse.GetValue(annee)));
            var threshold = IndicateursCommand.Threshold(environment, parse.GetValue(seuil));
            var location = ReportingCli.Location(environment, parse);
            using var session = ReportingCli.OpenForReading(environment, parse, location);
            IndicateursCommand.RequireData(session);
            var folder = OutputFolder(environment, location, parse.GetValue(sortie));
            var files = Write(new AnnexGenerator(session, environment.Clock), s, folder, threshold, out var skipped);
            Print(environment.Console, folder, files, skipped);
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>What <c>annexes</c> writes for a scope: a monthly annex or a bilan with the feedback workbooks, or a national comparison.</summary>
    public static IReadOnlyList<AnnexFile> Write(AnnexGenerator generator, Scope scope, string folder, int seuil, out List<string> skipped)
    {
        skipped = [];
        if (scope.IsNational) return [generator.WriteNational(folder, scope, seuil)];
        var main = scope.Period.MonthCount == 1 ? generator.WriteMonthly(folder, scope) : generator.WriteBilan(folder, scope);
        return [main, .. generator.WriteFeedback(folder, scope.Departement!, scope.Period.FirstDay.Year, skipped, scope.Label)];
    }

    /// <summary>The output folder: <c>--sortie</c>, else the configuration, else <c>annexes/</c> beside the warehouse.</summary>
    public static string OutputFolder(CliEnvironment environment, WarehouseLocation location, string? option)
    {
        var chosen = option ?? environment.Configuration[OutputKey];
        if (!string.IsNullOrWhiteSpace(chosen)) return OutputLocations.Folder(chosen);
        var beside = location.Engine == WarehouseEngine.DuckDb ? Path.GetDirectoryName(location.Target) : null;
        return OutputLocations.Folder(Path.Combine(beside ?? Directory.GetCurrentDirectory(), "annexes"));
    }

    public static void Print(IAnsiConsole console, string folder, IReadOnlyList<AnnexFile> files, IReadOnlyCollection<string> skipped)
    {
        console.MarkupLine($"[bold]{files.Count} classeur{(files.Count > 1 ? "s" : "")} écrit{(files.Count > 1 ? "s" : "")}[/] dans {ConsoleText.Escape(folder)} :");
        foreach (var file in files)
        {
            var size = new FileInfo(file.Path).Length;
            var what = file.Kind switch
            {
                AnnexKind.Mensuelle => "annexe mensuelle",
                AnnexKind.Bilan => "bilan annuel",
                AnnexKind.Nationale => "comparaison nationale",
                _ => $"à renvoyer à {file.PromeneurId} : {file.Corrections} cellule{(file.Corrections > 1 ? "s" : "")} à corriger",
            };
            console.MarkupLine($"  {ConsoleText.Escape(Path.GetFileName(file.Path))} ({ConsoleText.Escape(what)}, {Math.Max(1, (size + 1023) / 1024).ToString(CultureInfo.GetCultureInfo("fr-FR"))} Ko)");
        }
        if (files.Any(f => f.Kind != AnnexKind.Retour && f.Promeneurs == 0))
            console.MarkupLine("  [yellow]Attention : aucun promeneur dans la population de cette annexe ; vérifiez le département, la période, le label et la population.[/]");
        foreach (var warning in files.SelectMany(f => f.Warnings).Distinct())
            console.MarkupLine($"  [yellow]Attention : {ConsoleText.Escape(warning)}[/]");
        foreach (var sentence in skipped)
            console.MarkupLine($"  [yellow]{ConsoleText.Escape(sentence)}[/]");
    }

    private static Period PeriodOf(string? month, string? year)
    {
        if ((month is null) == (year is null))
            throw new CliException("Indiquez soit --mois <aaaa-mm> (annexe mensuelle), soit --annee <aaaa> (bilan annuel).", ExitCodes.BadArguments);
        if (month is not null)
        {
            var period = Period.TryParse(month, out _, out var monthOutOfRange);
            if (monthOutOfRange) throw new CliException($"Mois « {month} » hors des années prises en charge : de {Period.MinYear} à {Period.MaxYear}.", ExitCodes.BadArguments);
            if (period is null || period.MonthCount != 1 || !month.Contains('-'))
                throw new CliException($"Mois « {month} » invalide : un mois est attendu sous la forme aaaa-mm (ex. 2019-06).", ExitCodes.BadArguments);
            return period;
        }
        var y = Period.TryParse(year, out _, out var yearOutOfRange);
        if (yearOutOfRange) throw new CliException($"Année « {year} » hors des années prises en charge : de {Period.MinYear} à {Period.MaxYear}.", ExitCodes.BadArguments);
        if (y is null || y.MonthCount != 12 || y.FirstDay.Month != 1 || year!.Contains('-'))
            throw new CliException($"Année « {year} » invalide : une année sur quatre chiffres est attendue (ex. 2019).", ExitCodes.BadArguments);
        return y;
    }
}

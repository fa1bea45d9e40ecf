using System.CommandLine;
using Reporting.Cli;
using Reporting.Tests.Support;

namespace Reporting.Tests.Cli;

/// <summary>
/// What a newcomer meets first (issue 12): help entirely in French, a mistyped command answered with the nearest
/// one, a period outside the supported years said as such, and ordinary mistakes on paths answered in French with
/// exit code 1 or 2, never a stack trace.
/// </summary>
public sealed class NewcomerTests
{
    /// <summary>Every command path of the tree (« », « base », « base dacpac »…).</summary>
    public static TheoryData<string> CommandPaths()
    {
        var data = new TheoryData<string>();
        void Walk(Command command, string path)
        {
            data.Add(path);
            foreach (var sub in command.Subcommands) Walk(sub, (path + " " + sub.Name).Trim());
        }
        Walk(ReportingCli.Build(new CliHarness().Environment), "");
        return data;
    }

    [Theory]
    [MemberData(nameof(CommandPaths))]
    public void Help_is_french_only(string command)
    {
        var cli = new CliHarness();

        var code = cli.Run([.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"]);

        Assert.Equal(ExitCodes.Success, code);
        foreach (var english in new[] { "Show help", "(REQUIRED)", "[default:", "[command]", "additional arguments", "Arguments passed", "Usage:", "Options:", "Commands:", "Description:" })
            Assert.DoesNotContain(english, cli.Out, StringComparison.Ordinal);
        Assert.Contains("Affiche l'aide et l'utilisation de la commande.", cli.Out, StringComparison.Ordinal);
        Assert.Contains("Description :", cli.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_translates_required_and_default_marks()
    {
        var cli = new CliHarness();

        cli.Run("indicateurs", "--help");

        Assert.Contains("--periode <période> (OBLIGATOIRE)  Période", cli.Out, StringComparison.Ordinal);
        // The descriptions stay in one column.
        var options = cli.Out.Split('\n').SkipWhile(l => !l.StartsWith("Options :", StringComparison.Ordinal)).Skip(1).TakeWhile(l => l.Length > 0).ToList();
        Assert.Single(options.Select(l => l.IndexOf("  ", 4, StringComparison.Ordinal) is var i and > 0 ? l.Length - l[i..].TrimStart().Length : -1).Distinct());
        Assert.Contains("Format de sortie : json ou table. [défaut : table]", cli.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "chargr", "--depot", "depot" }, "Erreur : Commande « chargr » inconnue. Vouliez-vous dire « reporting charger » ? Voir « reporting --help ».")]
    [InlineData(new[] { "indicateur", "--periode", "2019" }, "Erreur : Commande « indicateur » inconnue. Vouliez-vous dire « reporting indicateurs » ? Voir « reporting --help ».")]
    [InlineData(new[] { "base", "initialsier" }, "Erreur : Commande « initialsier » inconnue. Vouliez-vous dire « reporting base initialiser » ? Voir « reporting base --help ».")]
    [InlineData(new[] { "bonjour" }, "Erreur : Commande « bonjour » inconnue. Voir « reporting --help ».")]
    public void A_mistyped_command_gets_one_line_with_the_nearest_command(string[] arguments, string message)
    {
        var cli = new CliHarness();

        var code = cli.Run(arguments);

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Equal(message, cli.Error.Trim());
        Assert.Equal("", cli.Out);
    }

    [Theory]
    [InlineData(new[] { "indicateurs", "--departement", "50", "--periode", "1999" }, "Erreur : Période « 1999 » hors des années prises en charge : de 2000 à 2100.")]
    [InlineData(new[] { "indicateurs", "--departement", "50", "--periode", "2019-01..2101-01" }, "Erreur : Période « 2019-01..2101-01 » hors des années prises en charge : de 2000 à 2100.")]
    [InlineData(new[] { "indicateurs", "--departement", "50", "--periode", "2019-13" }, "Erreur : Période « 2019-13 » invalide : une année (2019), un mois (2019-06) ou une plage de mois (2019-01..2019-06) est attendue.")]
    [InlineData(new[] { "annexes", "--departement", "50", "--mois", "1999-06" }, "Erreur : Mois « 1999-06 » hors des années prises en charge : de 2000 à 2100.")]
    [InlineData(new[] { "annexes", "--departement", "50", "--annee", "2150" }, "Erreur : Année « 2150 » hors des années prises en charge : de 2000 à 2100.")]
    [InlineData(new[] { "modele", "--annee", "1999" }, "Erreur : Année 1999 hors des années prises en charge : de 2000 à 2100.")]
    public void A_well_formed_period_outside_the_supported_years_is_said_so(string[] arguments, string message)
    {
        var cli = new CliHarness();

        var code = cli.Run(arguments);

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Equal(message, cli.Error.Trim());
    }

    /// <summary>Ordinary mistakes on paths, for every command that reads or writes one.</summary>
    public static TheoryData<string, int> PathMistakes()
    {
        var data = new TheoryData<string, int>();
        // {file}: an existing file; {dir}: an existing folder; /proc/x: a place that cannot be created.
        string[] commands =
        [
            "annexes --departement 50 --mois 2019-06 --sortie {file}",
            "annexes --departement 50 --mois 2019-06 --sortie /proc/x",
            "annexes --departement 50 --mois 2019-06 --sortie /proc/x/y",
            "modeles --departement 50 --annee 2019 --sortie {file}",
            "modeles --departement 50 --annee 2019 --sortie /proc/x",
            "modele --sortie {file}",
            "modele --sortie /proc/x",
            "modele --sortie /proc/x/modele.xlsx",
            "modele --sortie {file}/modele.xlsx",
            "base dacpac --sortie {dir}",
            "base dacpac --sortie /proc/x/Reporting.dacpac",
            "base script --sortie {dir}",
            "base script --sortie /proc/x/deploiement.sql",
            "charger --depot {file}",
            "charger --depot /proc/x",
            "--entrepot {dir} indicateurs --departement 50 --periode 2019",
            "--entrepot /proc/x/e.duckdb indicateurs --departement 50 --periode 2019",
            "--entrepot /proc/x/e.duckdb charger --depot {dir}",
            "--entrepot {file} indicateurs --departement 50 --periode 2019",
            "--entrepot {dir} base initialiser",
            "--entrepot /proc/x/e.duckdb base initialiser",
            "demo --dossier {file}",
            "demo --dossier /proc/x",
            "--entrepot {dir}/e.duckdb demo",
            "--entrepot /proc/x/e.duckdb purger",
            "--entrepot /proc/x/e.duckdb powerbi preparer",
            "--entrepot /proc/x/e.duckdb questionnaire --code QQ-2019",
        ];
        foreach (var command in commands) data.Add(command, 0);
        return data;
    }

    [Theory]
    [MemberData(nameof(PathMistakes))]
    public void An_ordinary_mistake_on_a_path_is_a_french_message_never_a_stack_trace(string command, int unused)
    {
        _ = unused;
        using var folder = new TempFolder();
        var file = folder.Combine("fichier.txt");
        File.WriteAllText(file, "un fichier");
        var dir = folder.Combine("dossier");
        Directory.CreateDirectory(dir);
        var arguments = command.Replace("{file}", file, StringComparison.Ordinal).Replace("{dir}", dir, StringComparison.Ordinal).Split(' ');
        var cli = new CliHarness(new Dictionary<string, string?> { ["AttenteVerrou"] = "0" });

        var code = cli.Run(arguments);

        Assert.True(code is ExitCodes.CannotProceed or ExitCodes.BadArguments, $"exit {code}\n{cli}");
        Assert.StartsWith("Erreur : ", cli.Error, StringComparison.Ordinal);
        var all = cli.Out + cli.Error + cli.Console;
        Assert.DoesNotContain("   at ", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Erreur inattendue", all, StringComparison.Ordinal);
        foreach (var english in new[] { "Access to the path", "Could not find", "already exists", "denied", "No such file" })
            Assert.DoesNotContain(english, all, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("modele --sortie {file}", "Erreur : --sortie {file} est un fichier existant : un dossier est attendu.")]
    [InlineData("modele --sortie /proc/x", "Erreur : --sortie /proc/x : impossible de créer ce dossier")]
    [InlineData("base dacpac --sortie {dir}", "Erreur : --sortie {dir} est un dossier existant : un fichier est attendu.")]
    public void Output_mistakes_are_named_before_any_work(string command, string message)
    {
        using var folder = new TempFolder();
        var file = folder.Combine("fichier.txt");
        File.WriteAllText(file, "un fichier");
        var dir = folder.Combine("dossier");
        Directory.CreateDirectory(dir);
        string Fill(string text) => text.Replace("{file}", file, StringComparison.Ordinal).Replace("{dir}", dir, StringComparison.Ordinal);
        var cli = new CliHarness();

        var code = cli.Run(Fill(command).Split(' '));

        Assert.Equal(ExitCodes.CannotProceed, code);
        Assert.StartsWith(Fill(message), cli.Error, StringComparison.Ordinal);
        Assert.Equal("un fichier", File.ReadAllText(file));
    }

    [Fact]
    public void Annexes_and_modeles_refuse_an_output_that_is_a_file_or_cannot_be_created_on_a_loaded_warehouse()
    {
        using var warehouse = Reporting.Tests.Indicators.HandComputedDepartement.Load();
        var file = Path.Combine(warehouse.Root, "fichier.txt");
        File.WriteAllText(file, "un fichier");
        (string[] Arguments, string Message)[] cases =
        [
            (["annexes", "--departement", "50", "--mois", "2019-06", "--sortie", file], $"Erreur : --sortie {file} est un fichier existant : un dossier est attendu."),
            (["annexes", "--departement", "50", "--mois", "2019-06", "--sortie", "/proc/x"], "Erreur : --sortie /proc/x : impossible de créer ce dossier"),
            (["modeles", "--departement", "50", "--annee", "2019", "--sortie", file], $"Erreur : --sortie {file} est un fichier existant : un dossier est attendu."),
            (["modeles", "--departement", "50", "--annee", "2019", "--sortie", "/proc/x"], "Erreur : --sortie /proc/x : impossible de créer ce dossier"),
        ];
        foreach (var (arguments, message) in cases)
        {
            var cli = new CliHarness();

            var code = cli.Run(["--entrepot", warehouse.DatabasePath, .. arguments]);

            Assert.True(code == ExitCodes.CannotProceed, cli.ToString());
            Assert.StartsWith(message, cli.Error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", cli.Error + cli.Console, StringComparison.Ordinal);
        }
        Assert.Equal("un fichier", File.ReadAllText(file));
    }

    [Fact]
    public void A_redirected_console_is_wide_enough_never_to_cut_a_line()
    {
        var console = CliEnvironment.SystemConsole(redirected: true);

        Assert.Equal(CliEnvironment.RedirectedWidth, console.Profile.Width);
    }
}

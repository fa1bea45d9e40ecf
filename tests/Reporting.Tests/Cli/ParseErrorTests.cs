using Reporting.Cli;

namespace Reporting.Tests.Cli;

/// <summary>
/// Arguments the parser itself refuses (a missing required option, a value of the wrong type, an
/// unknown word): exit code 2 and a French message on the error output, nothing on the standard
/// output (README « Codes de sortie »; INDICATORS.md "Command-line contract").
/// </summary>
public sealed class ParseErrorTests
{
    public static TheoryData<string[], string> Refused => new()
    {
        { ["indicateurs", "--departement", "50", "--format", "json"], "Erreur : Option --periode manquante. Période : une année (2019), un mois (2019-06) ou une plage de mois (2019-01..2019-06)." },
        { ["indicateurs", "--departement", "50", "--periode"], "Erreur : Valeur manquante pour l'option --periode. Période : une année (2019)" },
        { ["indicateurs", "--departement", "50", "--periode", "2019", "--format", "xml"], "Erreur : Valeur « xml » invalide pour l'option --format. Format de sortie : json ou table." },
        { ["indicateurs", "--departement", "50", "--periode", "2019", "--seuil", "abc"], "Erreur : Valeur « abc » invalide pour l'option --seuil. Seuil du secret statistique" },
        { ["indicateurs", "--departement", "50", "--periode", "2019", "en-trop"], "Erreur : Argument « en-trop » non reconnu." },
        { ["inconnue"], "Erreur : Commande « inconnue » inconnue. Voir « reporting --help »." },
        { [], "Erreur : Indiquez une commande : charger, indicateurs, questionnaire, annexes, modeles, modele, demo, base, powerbi, service, etat, purger." },
        { ["charger"], "Erreur : Option --depot manquante. Dossier de dépôt" },
        { ["modeles", "--departement", "50", "--annee", "deux", "--sortie", "x"], "Erreur : Valeur « deux » invalide pour l'option --annee. Année des tableaux de suivi." },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refused_arguments_exit_2_with_a_french_message_and_no_output(string[] arguments, string message)
    {
        var cli = new CliHarness();

        var code = cli.Run(arguments);

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.StartsWith(message, cli.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("error", cli.Error, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("", cli.Out);
    }

    [Fact]
    public void Help_still_prints_on_the_standard_output()
    {
        var cli = new CliHarness();

        Assert.Equal(ExitCodes.Success, cli.Run("indicateurs", "--help"));
        Assert.Contains("--periode", cli.Out);
        Assert.Equal("", cli.Error);
    }
}

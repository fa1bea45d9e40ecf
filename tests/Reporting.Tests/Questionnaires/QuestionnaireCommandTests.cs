using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Reporting.Cli;
using Reporting.Tests.Support;
using Spectre.Console;

namespace Reporting.Tests.Questionnaires;

/// <summary><c>reporting questionnaire</c>: the JSON contract of INDICATORS.md, the French table, the errors.</summary>
public sealed class QuestionnaireCommandTests
{
    private sealed record Outcome(int ExitCode, string Out, string Error, string Console);

    private static Outcome Run(TestWarehouse w, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var screen = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(screen), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 220;
        var environment = new CliEnvironment
        {
            Configuration = new ConfigurationBuilder().Build(),
            Console = console,
            Out = output,
            Error = error,
            Clock = w.Clock,
        };
        var exit = ReportingCli.Run(["--entrepot", w.DatabasePath, .. args], environment);
        return new Outcome(exit, output.ToString(), error.ToString(), screen.ToString());
    }

    private static TestWarehouse Loaded()
    {
        var w = new TestWarehouse();
        QuestionnaireSamples.References(w);
        QuestionnaireSamples.Flash().SaveWorkbook(w.InDepot("QF-2019.xlsx"), QuestionnaireSamples.Sent);
        w.Load();
        return w;
    }

    private static string[] Keys(JsonElement e) => e.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public void The_JSON_follows_the_contract_with_hand_computed_counts()
    {
        using var w = Loaded();

        var run = Run(w, "questionnaire", "--code", "QF-2019", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Equal(["code", "intitule", "reponses", "questions"], Keys(root));
        Assert.Equal("QF-2019", root.GetProperty("code").GetString());
        Assert.Equal("Évaluation flash des Promeneurs du Net Parentalité", root.GetProperty("intitule").GetString());
        Assert.Equal(4, root.GetProperty("reponses").GetInt32());
        var questions = root.GetProperty("questions").EnumerateArray().ToList();
        Assert.Equal(
            [
                ["code", "libelle", "type", "modalites"],
                ["code", "libelle", "type", "modalites"],
                ["code", "libelle", "type", "moyenne", "min", "max", "repartition"],
                ["code", "libelle", "type", "moyenne", "min", "max"],
                ["code", "libelle", "type", "textes"],
            ],
            questions.Select(Keys));
        Assert.Equal(["choix unique", "choix multiple", "échelle", "nombre", "texte"], questions.Select(q => q.GetProperty("type").GetString()));
        Assert.Equal([("Oui, souvent", 2), ("Oui, parfois", 1), ("Jamais", 0)],
            questions[0].GetProperty("modalites").EnumerateObject().Select(p => (p.Name, p.Value.GetInt32())));
        Assert.Equal([("Des informations", 2), ("Un contact plus facile, sans se déplacer", 2), ("Des réponses à mes questions", 1)],
            questions[1].GetProperty("modalites").EnumerateObject().Select(p => (p.Name, p.Value.GetInt32())));
        Assert.Equal((3.75m, 3m, 5m), (questions[2].GetProperty("moyenne").GetDecimal(), questions[2].GetProperty("min").GetDecimal(), questions[2].GetProperty("max").GetDecimal()));
        Assert.Equal([("1", 0), ("2", 0), ("3", 2), ("4", 1), ("5", 1)],
            questions[2].GetProperty("repartition").EnumerateObject().Select(p => (p.Name, p.Value.GetInt32())));
        Assert.Equal((3m, 1.5m, 4m), (questions[3].GetProperty("moyenne").GetDecimal(), questions[3].GetProperty("min").GetDecimal(), questions[3].GetProperty("max").GetDecimal()));
        Assert.Equal(2, questions[4].GetProperty("textes").GetInt32());
        Assert.Contains("\"moyenne\": 3.75,", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_respondent_type_filter_is_matched_ignoring_case_and_accents()
    {
        using var w = Loaded();

        var run = Run(w, "questionnaire", "--code", "qf-2019", "--type-repondant", "PARENT", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(2, json.RootElement.GetProperty("reponses").GetInt32());
        var none = Run(w, "questionnaire", "--code", "QF-2019", "--type-repondant", "hierarchie", "--format", "json");
        using var empty = JsonDocument.Parse(none.Out);
        Assert.Equal(0, empty.RootElement.GetProperty("reponses").GetInt32());
        Assert.Equal(JsonValueKind.Null, empty.RootElement.GetProperty("questions")[2].GetProperty("moyenne").ValueKind);
    }

    [Fact]
    public void Free_texts_are_written_as_plain_strings_when_asked_for()
    {
        using var w = Loaded();

        var json = Run(w, "questionnaire", "--code", "QF-2019", "--format", "json", "--textes");
        var table = Run(w, "questionnaire", "--code", "QF-2019", "--textes");

        using var document = JsonDocument.Parse(json.Out);
        Assert.Equal(["=SOMME(A1:A2)", "+1 pour les cafés des parents"],
            document.RootElement.GetProperty("questions")[4].GetProperty("citations").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("« =SOMME(A1:A2) »", table.Console, StringComparison.Ordinal);
        Assert.DoesNotContain("citations", Run(w, "questionnaire", "--code", "QF-2019", "--format", "json").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_is_in_French()
    {
        using var w = Loaded();

        var run = Run(w, "questionnaire", "--code", "QF-2019");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Questionnaire QF-2019", run.Console, StringComparison.Ordinal);
        Assert.Contains("4 répondants (tous types de répondants)", run.Console, StringComparison.Ordinal);
        Assert.Contains("Un contact plus facile, sans se déplacer", run.Console, StringComparison.Ordinal);
        Assert.Contains("Moyenne", run.Console, StringComparison.Ordinal);
        Assert.Contains("3,8", run.Console, StringComparison.Ordinal);
        Assert.Contains("Réponses en texte libre", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Consecutive_questions_with_the_same_options_are_shown_as_one_opinion_matrix()
    {
        using var w = new TestWarehouse();
        QuestionnaireSamples.References(w);
        new QuestionnaireBuilder("QQ-2019", "Questionnaire qualitatif")
            .Question("O1", "Ouverture du réseau : directeurs d'EAJE", "choix unique", "Favorable|Plutôt favorable|Plutôt défavorable|Défavorable")
            .Question("O2", "Ouverture du réseau : psychologues", "choix unique", "Favorable|Plutôt favorable|Plutôt défavorable|Défavorable")
            .Response(null, "PDN-50-0001", "Promeneur", "Favorable", "Défavorable")
            .Response(null, "PDN-50-0002", "Promeneur", "Plutôt favorable", null)
            .SaveWorkbook(w.InDepot("QQ-2019.xlsx"), QuestionnaireSamples.Sent);
        w.Load();

        var run = Run(w, "questionnaire", "--code", "QQ-2019");

        var lines = run.Console.Split('\n');
        Assert.Contains(lines, l => l.Contains("Ouverture du réseau", StringComparison.Ordinal) && l.Contains("Favorable", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("O1 directeurs d'EAJE", StringComparison.Ordinal) && l.Contains("1 (50 %)", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("O2 psychologues", StringComparison.Ordinal) && l.Contains("1 (100 %)", StringComparison.Ordinal));
        Assert.Contains("sauf O2 (1).", run.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_code_or_respondent_type_fails_with_a_French_message()
    {
        using var w = Loaded();

        var code = Run(w, "questionnaire", "--code", "QQ-2018", "--format", "json");
        var type = Run(w, "questionnaire", "--code", "QF-2019", "--type-repondant", "Voisin");

        Assert.Equal((2, ""), (code.ExitCode, code.Out));
        Assert.Equal("Erreur : Questionnaire « QQ-2018 » inconnu : questionnaire chargé : QF-2019.", code.Error.Trim());
        Assert.Equal(2, type.ExitCode);
        Assert.Equal("Erreur : Type de répondant « Voisin » inconnu : valeurs attendues « Promeneur », « Parent », « Partenaire », « Hiérarchie » ou « Collègue ».", type.Error.Trim());
    }

    [Fact]
    public void A_warehouse_without_questionnaires_says_so()
    {
        using var w = new TestWarehouse();
        QuestionnaireSamples.References(w);
        w.Load();

        var run = Run(w, "questionnaire", "--code", "QQ-2019");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("Erreur : Aucun questionnaire n'est chargé dans l'entrepôt ", run.Error, StringComparison.Ordinal);
    }
}

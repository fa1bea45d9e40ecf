using Reporting.Domain.Model;
using Reporting.Domain.Territory;
using Reporting.Indicators.Definitions;
using Reporting.Indicators.Questionnaires;
using Reporting.Outputs.Formatting;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Reporting.Outputs.Console;

/// <summary>
/// Questionnaire results as readable French tables (<c>--format table</c>): one row per option, value
/// or measure, with its share of the question's respondents. Consecutive single-choice questions with
/// the same options (an opinion matrix, such as "which professions should join the network") are shown
/// as one grid. Free texts, when asked for, are printed as plain text, never interpreted.
/// </summary>
public static class QuestionnaireTableWriter
{
    public static void Write(IAnsiConsole console, QuestionnaireResult result)
    {
        var who = result.TypeRepondant is null ? "tous types de répondants" : $"répondants de type « {result.TypeRepondant} »";
        var territoire = Departements.Exists(result.Departement) ? $"{result.Departement} {Departements.Get(result.Departement).Nom}" : result.Departement;
        console.MarkupLine($"[bold]Questionnaire {ConsoleText.Escape(result.Code)}[/] — {ConsoleText.Escape(result.Intitule)} · {result.Annee} · {ConsoleText.Escape(territoire)}");
        console.MarkupLine($"{Plural(result.Reponses, "répondant")} ({ConsoleText.Escape(who)})");

        Table? table = null;
        foreach (var block in QuestionBlocks.Of(result.Questions))
        {
            if (block.Count > 1)
            {
                if (table is not null) console.Write(table);
                table = null;
                WriteMatrix(console, block);
                continue;
            }
            if (table is null)
                table = new Table().Border(TableBorder.Rounded).AddColumn("Question et réponses")
                    .AddColumn(new TableColumn("Nombre").RightAligned()).AddColumn(new TableColumn("Part").RightAligned());
            else
                table.AddEmptyRow();
            AddQuestion(table, block[0]);
        }
        if (table is not null) console.Write(table);
    }

    private static void AddQuestion(Table table, QuestionResult q)
    {
        table.AddRow(new Markup($"[bold]{ConsoleText.Escape(q.Code)} {ConsoleText.Escape(q.Libelle)}[/] [grey]({ConsoleText.Escape(q.Type)}, {Plural(q.Repondants, "répondant")})[/]"), new Text(""), new Text(""));
        void Row(string label, string count = "", string share = "") => table.AddRow(new Text("  " + Domain.Text.ControlCharacters.Neutralise(label)), new Text(count), new Text(share));
        foreach (var (option, count) in q.Modalites ?? [])
            Row(option, FrenchFormat.Integer(count), Share(count, q.Repondants));
        if (q.IsNumeric)
        {
            Row("Moyenne", q.Moyenne is decimal avg ? FrenchFormat.Number(avg, 1) : "–");
            Row("Minimum – maximum", q.Min is decimal min && q.Max is decimal max ? $"{FrenchFormat.Number(min, 2)} – {FrenchFormat.Number(max, 2)}" : "–");
        }
        var top = q.Repartition?.Max(r => r.Value);
        foreach (var (value, count) in q.Repartition ?? [])
            Row($"{value} sur {top}", FrenchFormat.Integer(count), Share(count, q.Repondants));
        if (q.Textes is int textes)
            Row("Réponses en texte libre", FrenchFormat.Integer(textes));
        foreach (var text in q.Citations ?? [])
            Row($"« {text} »");
    }

    /// <summary>
    /// An opinion matrix: one row per question, one column per shared option, each cell "count (share)";
    /// a label prefix common to every row is said once, the respondents per question in the caption.
    /// </summary>
    private static void WriteMatrix(IAnsiConsole console, List<QuestionResult> block)
    {
        var prefix = CommonPrefix(block.Select(q => q.Libelle).ToList());
        var usual = block.GroupBy(q => q.Repondants).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        var exceptions = block.Where(q => q.Repondants != usual).Select(q => $"{q.Code} ({q.Repondants})").ToList();
        var caption = $"Nombre de réponses (part des répondants à la question) ; {Plural(usual, "répondant")} par question" +
                      (exceptions.Count > 0 ? $", sauf {string.Join(", ", exceptions)}" : string.Empty) + ".";
        var table = new Table().Border(TableBorder.Rounded).Caption(ConsoleText.Escape(caption))
            .AddColumn(prefix.Length > 0 ? ConsoleText.Escape(prefix.TrimEnd(' ', ':')) : "Question");
        // Option columns as narrow as their cells ("12 (48 %)") and the longest word of their header: the labels get the rest.
        foreach (var (option, _) in block[0].Modalites!)
            table.AddColumn(new TableColumn(ConsoleText.Escape(option)) { Width = Math.Max(9, option.Split(' ').Max(w => w.Length)) }.RightAligned());
        foreach (var q in block)
        {
            var cells = new List<IRenderable> { new Markup($"[bold]{ConsoleText.Escape(q.Code)}[/] {ConsoleText.Escape(q.Libelle[prefix.Length..])}") };
            cells.AddRange(q.Modalites!.Select(m => new Text($"{FrenchFormat.Integer(m.Count)} ({Share(m.Count, q.Repondants)})")));
            table.AddRow(cells);
        }
        console.Write(table);
    }

    /// <summary>The start shared by every label, up to and including its last " : " or ": " ("Ouverture du réseau : "); empty when none.</summary>
    private static string CommonPrefix(List<string> labels)
    {
        var shortest = labels.Min(l => l.Length);
        var common = 0;
        while (common < shortest && labels.All(l => l[common] == labels[0][common])) common++;
        var colon = labels[0][..common].LastIndexOf(": ", StringComparison.Ordinal);
        return colon > 0 ? labels[0][..(colon + 2)] : string.Empty;
    }

    private static string Share(int count, int total) => IndicatorDisplay.Share(count, total, 0);

    private static string Plural(int n, string word) => $"{FrenchFormat.Integer(n)} {word}{(n > 1 ? "s" : "")}";
}

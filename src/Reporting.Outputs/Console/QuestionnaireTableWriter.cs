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
        console.MarkupLine($"[bold]Questionnaire {Markup.Escape(result.Code)}[/] — {Markup.Escape(result.Intitule)} · {result.Annee} · {Markup.Escape(territoire)}");
        console.MarkupLine($"{Plural(result.Reponses, "répondant")} ({Markup.Escape(who)})");

        Table? table = null;
        foreach (var block in Blocks(result.Questions))
        {
            if (block.Count > 1)
            {
                if (table is not null) console.Write(table);
                table = null;
                console.Write(Matrix(block));
                continue;
            }
            table ??= new Table().Border(TableBorder.Rounded).AddColumn("Question").AddColumn("Réponse")
                .AddColumn(new TableColumn("Nombre").RightAligned()).AddColumn(new TableColumn("Part").RightAligned());
            AddQuestion(table, block[0]);
        }
        if (table is not null) console.Write(table);
    }

    /// <summary>Runs of consecutive single-choice questions sharing their options (two or more make a matrix); any other question alone.</summary>
    private static List<List<QuestionResult>> Blocks(IReadOnlyList<QuestionResult> questions)
    {
        var blocks = new List<List<QuestionResult>>();
        foreach (var q in questions)
        {
            var last = blocks.Count > 0 ? blocks[^1] : null;
            if (last is not null && q.Type == QuestionTypes.ChoixUnique && last[^1].Type == QuestionTypes.ChoixUnique
                && last[^1].Modalites!.Select(m => m.Option).SequenceEqual(q.Modalites!.Select(m => m.Option), StringComparer.Ordinal))
                last.Add(q);
            else
                blocks.Add([q]);
        }
        return blocks;
    }

    private static void AddQuestion(Table table, QuestionResult q)
    {
        var title = new Markup($"[bold]{Markup.Escape(q.Code)}[/] {Markup.Escape(q.Libelle)} [grey]({Markup.Escape(q.Type)}, {Plural(q.Repondants, "répondant")})[/]");
        var rows = new List<(string Label, string Count, string Share)>();
        if (q.Modalites is not null)
            rows.AddRange(q.Modalites.Select(m => (m.Option, FrenchFormat.Integer(m.Count), Share(m.Count, q.Repondants))));
        if (q.IsNumeric)
        {
            rows.Add(("Moyenne", q.Moyenne is decimal avg ? FrenchFormat.Number(avg, 1) : "–", ""));
            rows.Add(("Minimum – maximum", q.Min is decimal min && q.Max is decimal max ? $"{FrenchFormat.Number(min, 2)} – {FrenchFormat.Number(max, 2)}" : "–", ""));
        }
        if (q.Repartition is not null)
            rows.AddRange(q.Repartition.Select(r => ($"{q.Code} = {r.Value}", FrenchFormat.Integer(r.Count), Share(r.Count, q.Repondants))));
        if (q.Textes is int textes)
            rows.Add(("Réponses en texte libre", FrenchFormat.Integer(textes), ""));
        if (q.Citations is not null)
            rows.AddRange(q.Citations.Select(c => ($"« {c} »", "", "")));
        for (var i = 0; i < rows.Count; i++)
            table.AddRow(i == 0 ? title : new Text(""), new Text(rows[i].Label), new Text(rows[i].Count), new Text(rows[i].Share));
        table.AddEmptyRow();
    }

    private static Table Matrix(List<QuestionResult> block)
    {
        var options = block[0].Modalites!.Select(m => m.Option).ToList();
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Question");
        foreach (var option in options) table.AddColumn(new TableColumn(Markup.Escape(option)).RightAligned());
        table.AddColumn(new TableColumn("Répondants").RightAligned());
        foreach (var q in block)
        {
            var cells = new List<IRenderable> { new Markup($"[bold]{Markup.Escape(q.Code)}[/] {Markup.Escape(q.Libelle)}") };
            cells.AddRange(q.Modalites!.Select(m => new Text($"{FrenchFormat.Integer(m.Count)} ({Share(m.Count, q.Repondants)})")));
            cells.Add(new Text(FrenchFormat.Integer(q.Repondants)));
            table.AddRow(cells);
        }
        return table;
    }

    private static string Share(int count, int total) => FrenchFormat.Percent(IndicatorCatalog.Ratio(count, total), 0);

    private static string Plural(int n, string word) => $"{FrenchFormat.Integer(n)} {word}{(n > 1 ? "s" : "")}";
}

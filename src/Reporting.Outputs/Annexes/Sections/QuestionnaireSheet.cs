using OfficeOpenXml.Style;
using Reporting.Domain.Model;
using Reporting.Indicators.Definitions;
using Reporting.Indicators.Questionnaires;
using Reporting.Outputs.Annexes.Layout;
using Reporting.Outputs.Formatting;

namespace Reporting.Outputs.Annexes.Sections;

/// <summary>
/// The results of one questionnaire (the same <see cref="QuestionnaireResult"/> as <c>reporting
/// questionnaire</c>): choice counts and shares of the question's respondents, scale and number
/// averages, and a sample of the free texts written exactly as typed (as text, never a formula).
/// Consecutive single-choice questions with the same options form one grid (an opinion matrix).
/// </summary>
internal static class QuestionnaireSheet
{
    /// <summary>How many free-text answers of a question are quoted.</summary>
    public const int QuotesPerQuestion = 5;

    public const string AverageLabel = "Moyenne";

    public static void Write(AnnexBook book, QuestionnaireResult result, string subtitle)
    {
        var sheet = book.AddSheet(book.SafeSheetName(result.Code));
        sheet.Title($"Questionnaire {result.Code} — {result.Intitule}", subtitle);
        sheet.Note($"{AnnexText.Plural(result.Reponses, "répondant", "répondants")} ; les parts se rapportent aux répondants de chaque question (un choix multiple peut dépasser 100 %).");
        sheet.Skip();
        var header = sheet.Header(1, "Question et réponses", "Nombre", "Part des répondants");
        sheet.FreezeBelow(header);
        sheet.RepeatOnEachPage(header);
        foreach (var block in QuestionBlocks.Of(result.Questions))
        {
            if (block.Count > 1) Matrix(sheet, block);
            else Question(sheet, block[0]);
        }
    }

    private static void Question(SheetBuilder sheet, QuestionResult q)
    {
        var title = sheet.Row++;
        sheet.Wrapped(title, 1, 3, $"{q.Code} — {q.Libelle} ({q.Type}, {AnnexText.Plural(q.Repondants, "répondant", "répondants")})", bold: true);
        foreach (var (option, count) in q.Modalites ?? [])
            Row(sheet, option, count, q.Repondants);
        if (q.IsNumeric)
        {
            Value(sheet, AverageLabel, q.Moyenne);
            Value(sheet, "Minimum", q.Min);
            Value(sheet, "Maximum", q.Max);
        }
        var top = q.Repartition?.Max(r => r.Value);
        foreach (var (value, count) in q.Repartition ?? [])
            Row(sheet, $"{value} sur {top}", count, q.Repondants);
        if (q.Textes is int textes)
        {
            var row = sheet.Row++;
            sheet.Text(row, 1, "    Réponses en texte libre");
            sheet.Number(row, 2, textes, AnnexStyle.Integer);
            var quotes = Quotes(q.Citations ?? []);
            foreach (var quote in quotes)
            {
                var r = sheet.Row++;
                sheet.Wrapped(r, 1, 3, quote);
                sheet.Sheet.Cells[r, 1].Style.Font.Italic = true;
            }
            if (textes > quotes.Count)
                sheet.Text(sheet.Row++, 1, $"    … et {AnnexText.Plural(textes - quotes.Count, "autre réponse", "autres réponses")} en texte libre.");
        }
        sheet.Grid(title, 1, sheet.Row - 1, 3, bands: false);
        sheet.Sheet.Cells[title, 1, title, 3].Style.Fill.PatternType = ExcelFillStyle.Solid;
        sheet.Sheet.Cells[title, 1, title, 3].Style.Fill.BackgroundColor.SetColor(AnnexStyle.TotalFill);
    }

    /// <summary>The first answers of a text question, each different text once, exactly as typed.</summary>
    public static IReadOnlyList<string> Quotes(IEnumerable<string> texts) =>
        texts.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct(StringComparer.Ordinal).Take(QuotesPerQuestion).ToList();

    /// <summary>One row per question, a count and a share column per shared option.</summary>
    private static void Matrix(SheetBuilder sheet, List<QuestionResult> block)
    {
        var prefix = CommonPrefix(block.Select(q => q.Libelle).ToList());
        sheet.Skip();
        var headers = new List<string> { prefix.Length > 0 ? prefix.TrimEnd(' ', ':') : "Question", "Répondants" };
        foreach (var (option, _) in block[0].Modalites!)
        {
            headers.Add($"{option} (nombre)");
            headers.Add($"{option} (part)");
        }
        var header = sheet.Header(1, [.. headers]);
        foreach (var q in block)
        {
            var row = sheet.Row++;
            sheet.Text(row, 1, $"{q.Code} {q.Libelle[prefix.Length..]}");
            sheet.Number(row, 2, q.Repondants, AnnexStyle.Integer);
            for (var i = 0; i < q.Modalites!.Count; i++)
            {
                sheet.Number(row, 3 + 2 * i, q.Modalites[i].Count, AnnexStyle.Integer);
                sheet.Share(row, 4 + 2 * i, q.Modalites[i].Count, q.Repondants);
            }
        }
        sheet.Grid(header, 1, sheet.Row - 1, headers.Count);
        sheet.Skip();
    }

    private static void Row(SheetBuilder sheet, string label, int count, int respondents)
    {
        var row = sheet.Row++;
        sheet.Text(row, 1, "    " + label);
        sheet.Number(row, 2, count, AnnexStyle.Integer);
        sheet.Share(row, 3, count, respondents);
    }

    private static void Value(SheetBuilder sheet, string label, decimal? value)
    {
        var row = sheet.Row++;
        sheet.Text(row, 1, "    " + label);
        if (value is decimal v) sheet.Number(row, 2, v, AnnexStyle.Decimal1);
        else sheet.Text(row, 2, "–");
    }

    /// <summary>The start shared by every label, up to and including its last ": " ("Ouverture du réseau : "); empty when none.</summary>
    private static string CommonPrefix(List<string> labels)
    {
        var shortest = labels.Min(l => l.Length);
        var common = 0;
        while (common < shortest && labels.All(l => l[common] == labels[0][common])) common++;
        var colon = labels[0][..common].LastIndexOf(": ", StringComparison.Ordinal);
        return colon > 0 ? labels[0][..(colon + 2)] : string.Empty;
    }
}

using Reporting.Domain.Model;
using Reporting.Warehouse.Engine;

namespace Reporting.Indicators.Questionnaires;

/// <summary>
/// Computes questionnaire results from the warehouse: the figures come from the single query
/// <c>queries/questionnaire_results.sql</c>; the questions and their options from
/// <c>queries/questionnaire_questions.sql</c>, so that every option and every scale value is listed,
/// with 0 when nobody chose it. JSON, tables and annexes all read <see cref="QuestionnaireResult"/>.
/// </summary>
public sealed class QuestionnaireService(WarehouseSession session)
{
    private sealed record QuestionRow(
        string QuestionnaireCode, string QuestionnaireTitle, short SurveyYear, string DepartementCode, short QuestionNumber,
        string QuestionCode, string QuestionLabel, string QuestionType, short? ScaleMin, short? ScaleMax, short? OptionNumber, string? OptionLabel);

    private sealed record AmountRow(string QuestionCode, string Measure, string OptionLabel, decimal? NumericValue, decimal Amount);

    private sealed record TextRow(string QuestionCode, int RespondentNumber, string RespondentType, string TextValue);

    public IReadOnlyList<QuestionnaireSummary> List() => session.Query<QuestionnaireSummary>("queries/questionnaire_list.sql").ToList();

    /// <summary>
    /// The results of a questionnaire (code matched ignoring case), or null when no questionnaire has that
    /// code; with <paramref name="citations"/>, the free texts of each text question too.
    /// </summary>
    public QuestionnaireResult? Compute(string code, string? respondentType = null, bool citations = false)
    {
        var normalized = code.Trim().ToUpperInvariant();
        var questions = session.Query<QuestionRow>("queries/questionnaire_questions.sql", new { code = normalized }).ToList();
        if (questions.Count == 0) return null;
        var parameters = new { code = normalized, respondent_type = respondentType ?? string.Empty };
        var amounts = session.Query<AmountRow>("queries/questionnaire_results.sql", parameters).ToList();
        var texts = citations ? session.Query<TextRow>("queries/questionnaire_texts.sql", parameters).ToLookup(t => t.QuestionCode, t => t.TextValue) : null;

        decimal? Amount(string question, string measure) =>
            amounts.FirstOrDefault(a => a.QuestionCode == question && a.Measure == measure)?.Amount;
        int Count(string question, string measure) => (int)(Amount(question, measure) ?? 0m);

        var results = new List<QuestionResult>();
        foreach (var group in questions.GroupBy(q => q.QuestionNumber).OrderBy(g => g.Key))
        {
            var q = group.First();
            var result = new QuestionResult(q.QuestionCode, q.QuestionNumber, q.QuestionLabel, q.QuestionType) { Repondants = Count(q.QuestionCode, "repondants") };
            if (QuestionTypes.IsChoice(q.QuestionType))
            {
                var chosen = amounts.Where(a => a.QuestionCode == q.QuestionCode && a.Measure == "modalite").ToDictionary(a => a.OptionLabel, a => (int)a.Amount, StringComparer.Ordinal);
                result = result with
                {
                    Modalites = group.Where(o => o.OptionLabel is not null).OrderBy(o => o.OptionNumber)
                        .Select(o => (o.OptionLabel!, chosen.GetValueOrDefault(o.OptionLabel!))).ToList(),
                };
            }
            else if (QuestionTypes.IsNumeric(q.QuestionType))
            {
                var values = Count(q.QuestionCode, "valeurs");
                result = result with
                {
                    Moyenne = values == 0 ? null : Amount(q.QuestionCode, "somme")!.Value / values,
                    Min = values == 0 ? null : Amount(q.QuestionCode, "minimum"),
                    Max = values == 0 ? null : Amount(q.QuestionCode, "maximum"),
                };
                if (q.QuestionType == QuestionTypes.Echelle && q.ScaleMin is short min && q.ScaleMax is short max)
                {
                    var given = amounts.Where(a => a.QuestionCode == q.QuestionCode && a.Measure == "repartition")
                        .ToDictionary(a => (int)a.NumericValue!.Value, a => (int)a.Amount);
                    result = result with { Repartition = Enumerable.Range(min, max - min + 1).Select(v => (v, given.GetValueOrDefault(v))).ToList() };
                }
            }
            else
            {
                result = result with { Textes = Count(q.QuestionCode, "textes"), Citations = texts?[q.QuestionCode].ToList() };
            }
            results.Add(result);
        }

        var first = questions[0];
        return new QuestionnaireResult(first.QuestionnaireCode, first.QuestionnaireTitle, first.SurveyYear, first.DepartementCode,
            respondentType, Count(string.Empty, "repondants"), results);
    }
}

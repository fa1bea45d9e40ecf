using Reporting.Domain.Model;
using Reporting.Domain.Text;
using Reporting.Sources.Documents;
using Reporting.Validation.Common;
using Q = Reporting.Domain.Contracts.InputContract.Questionnaire;

namespace Reporting.Validation.Questionnaires;

/// <summary>Where one part of a questionnaire is read: a sheet of a document (the workbook's, or a CSV's only sheet).</summary>
public sealed record QuestionnaireSource(ISourceDocument Document, string Sheet);

/// <summary>
/// What validation makes of a questionnaire, part by part (description, questions, responses), so
/// that each file of a questionnaire sent as three CSV files keeps its own rejected cells.
/// </summary>
public sealed record QuestionnaireValidation(
    Validated<QuestionnaireMeta> Meta,
    Validated<IReadOnlyList<QuestionDefinition>> Questions,
    Validated<ResponseSheet> Responses)
{
    /// <summary>Why the questionnaire cannot be loaded at all (first failing part), or null.</summary>
    public string? FileError => Meta.FileError ?? Questions.FileError ?? Responses.FileError;

    public QuestionnaireContent Content => new(Meta.Content!, Questions.Content!, Responses.Content!.Respondents);

    public IReadOnlyList<string> Notes => Responses.Content?.Notes ?? [];

    /// <summary>Question rows not loaded.</summary>
    public int RejectedQuestions => Questions.RejectedRows;

    /// <summary>Respondent rows not loaded (a respondent with a discarded answer is loaded, so not counted).</summary>
    public int RejectedRespondents =>
        Responses.Rejections.Select(r => r.Row).Distinct().Except(Responses.Content?.Respondents.Select(r => r.SourceRow) ?? []).Count();

    /// <summary>The description of a questionnaire for the loader's summary: "QQ-2019 : 14 questions, 25 répondants".</summary>
    public string Summary => $"Questionnaire {Meta.Content!.Code} : {Questions.Content!.Count} question{(Questions.Content.Count > 1 ? "s" : "")}, " +
                             $"{Responses.Content!.Respondents.Count} répondant{(Responses.Content.Respondents.Count > 1 ? "s" : "")}" +
                             (Notes.Count > 0 ? ". " + string.Join(" ", Notes) : ".");
}

/// <summary>Validates a questionnaire (INPUTS.md §4), sent as one workbook or as three CSV files.</summary>
public static class QuestionnaireValidator
{
    /// <summary>The workbook with sheets Questionnaire, Questions and Réponses.</summary>
    public static QuestionnaireValidation ValidateWorkbook(ISourceDocument document, Func<string, bool> knownPromeneur)
    {
        string? Sheet(string name) => document.SheetNames.FirstOrDefault(s => TextKey.Equal(s, name));
        string[] names = [Q.MetaSheet, Q.QuestionsSheet, Q.ResponsesSheet];
        var missing = names.Where(n => Sheet(n) is null).ToList();
        if (missing.Count > 0)
        {
            var reason = $"Questionnaire incomplet : feuille{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Select(m => $"« {m} »"))} absente{(missing.Count > 1 ? "s" : "")}.";
            return new QuestionnaireValidation(Validated<QuestionnaireMeta>.Refuse(reason), new(), new());
        }
        return Validate(new(document, Sheet(Q.MetaSheet)!), new(document, Sheet(Q.QuestionsSheet)!), new(document, Sheet(Q.ResponsesSheet)!), knownPromeneur);
    }

    /// <summary>The three parts, wherever they are; the responses are read against the valid questions.</summary>
    public static QuestionnaireValidation Validate(QuestionnaireSource meta, QuestionnaireSource questions, QuestionnaireSource responses, Func<string, bool> knownPromeneur)
    {
        var m = QuestionnaireMetaValidator.Validate(meta.Document, meta.Sheet);
        if (m.FileError is not null) return new QuestionnaireValidation(m, new(), new());
        var q = QuestionsValidator.Validate(questions.Document, questions.Sheet);
        if (q.FileError is not null) return new QuestionnaireValidation(m, q, new());
        var r = ResponsesValidator.Validate(responses.Document, responses.Sheet, q.Content!, knownPromeneur);
        return new QuestionnaireValidation(m, q, r);
    }
}

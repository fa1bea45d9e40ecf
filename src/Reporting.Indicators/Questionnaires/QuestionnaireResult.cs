using Reporting.Domain.Model;

namespace Reporting.Indicators.Questionnaires;

/// <summary>A questionnaire loaded in the warehouse.</summary>
public sealed record QuestionnaireSummary(string Code, string Title, short SurveyYear, string DepartementCode);

/// <summary>
/// The results of one question (INDICATORS.md, "Questionnaire results"). What is filled depends on the
/// type: <see cref="Modalites"/> for a choice (every defined option, in order), <see cref="Moyenne"/>,
/// <see cref="Min"/> and <see cref="Max"/> for a scale or a number (null when nobody answered) plus
/// <see cref="Repartition"/> for a scale (every value of its range), <see cref="Textes"/> for a text.
/// </summary>
public sealed record QuestionResult(string Code, int Number, string Libelle, string Type)
{
    /// <summary>Respondents who answered this question (the base of its percentages).</summary>
    public int Repondants { get; init; }

    public IReadOnlyList<(string Option, int Count)>? Modalites { get; init; }

    public decimal? Moyenne { get; init; }

    public decimal? Min { get; init; }

    public decimal? Max { get; init; }

    public IReadOnlyList<(int Value, int Count)>? Repartition { get; init; }

    public int? Textes { get; init; }

    /// <summary>The free-text answers exactly as written (only when asked for: they can be long and personal).</summary>
    public IReadOnlyList<string>? Citations { get; init; }

    public bool IsChoice => QuestionTypes.IsChoice(Type);

    public bool IsNumeric => QuestionTypes.IsNumeric(Type);
}

/// <summary>The results of a questionnaire for all respondents, or for one type of respondent.</summary>
public sealed record QuestionnaireResult(
    string Code,
    string Intitule,
    int Annee,
    string Departement,
    string? TypeRepondant,
    int Reponses,
    IReadOnlyList<QuestionResult> Questions);

using Reporting.Domain.Categories;

namespace Reporting.Domain.Model;

/// <summary>The canonical question types of INPUTS.md §4 (values of <see cref="Lists.TypeQuestion"/>).</summary>
public static class QuestionTypes
{
    public const string ChoixUnique = "choix unique";
    public const string ChoixMultiple = "choix multiple";
    public const string Echelle = "échelle";
    public const string Nombre = "nombre";
    public const string Texte = "texte";

    public static bool IsChoice(string type) => type is ChoixUnique or ChoixMultiple;

    public static bool IsNumeric(string type) => type is Echelle or Nombre;
}

/// <summary>The Questionnaire sheet (or <c>&lt;CODE&gt;.questionnaire.csv</c>): what the questionnaire is.</summary>
public sealed record QuestionnaireMeta(string Code, string Intitule, int Annee, string Departement);

/// <summary>
/// One row of the Questions sheet. <see cref="Options"/> holds the canonical options of a choice
/// question (empty otherwise); <see cref="ScaleMin"/>/<see cref="ScaleMax"/> the range of a scale.
/// <see cref="Number"/> is the question's position among the questions loaded (1, 2, …).
/// </summary>
public sealed record QuestionDefinition(
    string Code,
    int Number,
    string Libelle,
    string Type,
    IReadOnlyList<string> Options,
    int? ScaleMin,
    int? ScaleMax,
    int SourceRow);

/// <summary>
/// One value of one answer (the grain of <c>fact.response</c>): a chosen option (1-based number in
/// the question's options; a multiple choice gives one value per option), a number (scale or
/// number question) or a free text kept exactly as written.
/// </summary>
public sealed record AnswerValue(string QuestionCode, int? OptionNumber, decimal? Number, string? Text);

/// <summary>One row of the Réponses sheet that has at least one valid answer.</summary>
public sealed record Respondent(
    int Number,
    int SourceRow,
    string Type,
    string? PromeneurId,
    DateTime? AnsweredAt,
    IReadOnlyList<AnswerValue> Answers);

/// <summary>A whole questionnaire as loaded: description, questions and respondents.</summary>
public sealed record QuestionnaireContent(QuestionnaireMeta Meta, IReadOnlyList<QuestionDefinition> Questions, IReadOnlyList<Respondent> Respondents);

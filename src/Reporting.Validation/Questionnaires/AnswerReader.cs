using Reporting.Domain.Model;
using Reporting.Domain.Parsing;
using Reporting.Domain.Text;

namespace Reporting.Validation.Questionnaires;

/// <summary>
/// Reads the answers of one question from the cells of the Réponses sheet, by the question's type:
/// a choice gives the option chosen (every option chosen for a multiple choice), a scale or a number
/// gives its value, a text is kept exactly as written (never interpreted, whatever its first
/// character). A blank cell is no answer. A wrong cell fails with a French message that says what was
/// expected (the caller says what becomes of the respondent, see etl/REGLES.md « Questionnaires »).
/// </summary>
public sealed class AnswerReader
{
    /// <summary>Largest number accepted as the answer to a number question (the warehouse keeps 6 decimals).</summary>
    public const decimal MaxNumber = 999_999_999_999m;

    private readonly ChoiceOptions? _options;

    public AnswerReader(QuestionDefinition question)
    {
        Question = question;
        if (QuestionTypes.IsChoice(question.Type)) _options = new ChoiceOptions(question.Code, question.Options);
    }

    public QuestionDefinition Question { get; }

    /// <summary>The values of one answer cell: none for a blank cell.</summary>
    public Parsed<IReadOnlyList<AnswerValue>> Read(object? value)
    {
        if (Cells.IsBlank(value)) return Parsed<IReadOnlyList<AnswerValue>>.Success([]);
        var isText = Question.Type is not (QuestionTypes.ChoixUnique or QuestionTypes.ChoixMultiple or QuestionTypes.Echelle or QuestionTypes.Nombre);
        if (isText)
        {
            var text = Cells.FreeText(value);
            return text.Ok ? One(new AnswerValue(Question.Code, null, null, text.Value is string t ? LookAlikes.Nfc(t) : null)) : Fail(text.Error!);
        }
        if (CellProblems.Of(value) is string problem) return Fail(problem);
        return Question.Type switch
        {
            QuestionTypes.ChoixUnique => SingleChoice(value),
            QuestionTypes.ChoixMultiple => MultipleChoice(value),
            QuestionTypes.Echelle => Scale(value),
            QuestionTypes.Nombre => Number(value),
            _ => throw new InvalidOperationException("text questions are read above"),
        };
    }

    private Parsed<IReadOnlyList<AnswerValue>> SingleChoice(object? value)
    {
        var text = ChoiceText(value);
        return _options!.Match(text) is int option
            ? One(new AnswerValue(Question.Code, option + 1, null, null))
            : Fail($"« {Cells.Display(value)} » n'est pas une modalité de la question {Question.Code} : modalités attendues {_options.List.Enumerate()}.");
    }

    private Parsed<IReadOnlyList<AnswerValue>> MultipleChoice(object? value)
    {
        var (chosen, unknown) = _options!.Split(ChoiceText(value));
        if (unknown.Count == 1)
            return Fail($"« {unknown[0]} » n'est pas une modalité de la question {Question.Code} : modalités attendues {_options.List.Enumerate()}, séparées par |, ; ou ,.");
        if (unknown.Count > 1)
            return Fail($"{string.Join(", ", unknown.Select(u => $"« {u} »"))} ne sont pas des modalités de la question {Question.Code} : modalités attendues {_options.List.Enumerate()}, séparées par |, ; ou ,.");
        return Parsed<IReadOnlyList<AnswerValue>>.Success(chosen.Select(o => new AnswerValue(Question.Code, o + 1, null, null)).ToList());
    }

    private Parsed<IReadOnlyList<AnswerValue>> Scale(object? value)
    {
        var (min, max) = (Question.ScaleMin!.Value, Question.ScaleMax!.Value);
        return Cells.TryDecimal(value, out var n) && n == decimal.Truncate(n) && n >= min && n <= max
            ? One(new AnswerValue(Question.Code, null, decimal.Truncate(n), null))
            : Fail($"« {Cells.Display(value)} » n'est pas une valeur de l'échelle de la question {Question.Code} : un nombre entier de {min} à {max} est attendu.");
    }

    private Parsed<IReadOnlyList<AnswerValue>> Number(object? value) =>
        Cells.TryDecimal(value, out var n) && Math.Abs(n) <= MaxNumber
            ? One(new AnswerValue(Question.Code, null, Math.Round(n, 6), null))
            : Fail($"« {Cells.Display(value)} » n'est pas un nombre (question {Question.Code}) : un nombre est attendu, avec une virgule ou un point décimal (ex. 12,5).");

    /// <summary>How a choice cell reads: an Excel TRUE/FALSE is "Oui"/"Non", a number as displayed.</summary>
    private static string ChoiceText(object? value) => value is bool b ? (b ? "Oui" : "Non") : Cells.Display(value);

    private static Parsed<IReadOnlyList<AnswerValue>> One(AnswerValue answer) => Parsed<IReadOnlyList<AnswerValue>>.Success([answer]);

    private static Parsed<IReadOnlyList<AnswerValue>> Fail(string message) => Parsed<IReadOnlyList<AnswerValue>>.Fail(message);
}

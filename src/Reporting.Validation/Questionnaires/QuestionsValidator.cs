using System.Globalization;
using System.Text.RegularExpressions;
using Reporting.Domain.Categories;
using Reporting.Domain.Model;
using Reporting.Domain.Parsing;
using Reporting.Domain.Text;
using Reporting.Sources.Documents;
using Reporting.Validation.Common;
using Q = Reporting.Domain.Contracts.InputContract.Questionnaire;

namespace Reporting.Validation.Questionnaires;

/// <summary>
/// Validates the Questions sheet (INPUTS.md §4): code, label, type and options of each question. A
/// wrong row rejects that question (its answers are then not loaded); no valid question at all
/// refuses the questionnaire.
/// </summary>
public static partial class QuestionsValidator
{
    public const int MaxCodeLength = 40;
    public const int MaxLabelLength = 1000;
    public const int MaxOptionLength = 300;

    /// <summary>Most values a scale may have (its distribution lists every one).</summary>
    public const int MaxScaleValues = 101;

    private static readonly string[] Required = [Q.CodeQuestion, Q.Libelle, Q.Type];

    /// <summary>"1-5" once folded by <see cref="TextKey"/> (a hyphen or dash counts as a space): "1 5".</summary>
    [GeneratedRegex(@"^(\d{1,3}) (\d{1,3})$", RegexOptions.CultureInvariant)]
    private static partial Regex ScaleRange();

    public static Validated<IReadOnlyList<QuestionDefinition>> Validate(ISourceDocument document, string sheet)
    {
        var (header, rows) = TableRows.Read(document, sheet, Q.QuestionColumns);
        if (header is null) return Validated<IReadOnlyList<QuestionDefinition>>.Refuse("Liste des questions vide : la ligne d'en-tête « Code question;Libellé;Type;Modalités » puis une ligne par question sont attendues.");
        var absent = header.Missing(Required).ToList();
        if (absent.Count > 0) return Validated<IReadOnlyList<QuestionDefinition>>.Refuse(TableRows.MissingColumns("Liste des questions", absent));

        var questions = new List<QuestionDefinition>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new Validated<IReadOnlyList<QuestionDefinition>> { Content = questions };
        foreach (var row in rows)
        {
            var cells = new RowErrors(sheet, row, header);
            var code = cells.Take(Q.CodeQuestion, Code);
            var libelle = cells.Take(Q.Libelle, v => Limited(Cells.RequiredText(v, Q.Libelle), MaxLabelLength));
            var type = cells.Take(Q.Type, v => Cells.Category(v, Lists.TypeQuestion));
            IReadOnlyList<string> options = [];
            (int Min, int Max)? scale = null;
            if (!cells.Any)
            {
                var raw = cells.Raw(Q.Modalites);
                if (QuestionTypes.IsChoice(type)) options = cells.Take(Q.Modalites, v => Options(v, code));
                else if (type == QuestionTypes.Echelle) scale = cells.Take(Q.Modalites, Scale);
                else if (!Cells.IsBlank(raw))
                    cells.Add(Q.Modalites, raw, $"Les modalités ne s'appliquent pas à une question de type « {type} » : laissez la cellule vide, ou choisissez le type « {QuestionTypes.ChoixUnique} », « {QuestionTypes.ChoixMultiple} » ou « {QuestionTypes.Echelle} ».");
            }
            if (!cells.Any && seen.TryGetValue(TextKey.Of(code), out var first))
                cells.Add(Q.CodeQuestion, cells.Raw(Q.CodeQuestion), $"La question {code} figure déjà ligne {first} : cette ligne n'est pas chargée.");
            if (cells.Any)
            {
                result.Rejections.AddRange(cells.Errors);
                continue;
            }
            seen[TextKey.Of(code)] = row.Number;
            questions.Add(new QuestionDefinition(code, questions.Count + 1, libelle, type, options, scale?.Min, scale?.Max, row.Number));
        }
        if (questions.Count == 0)
            return Validated<IReadOnlyList<QuestionDefinition>>.Refuse("Aucune question valide dans la liste des questions" +
                (result.Rejections.Count > 0 ? $" : ligne {result.Rejections[0].Row}, {result.Rejections[0].Message}" : "."));
        return result;
    }

    /// <summary>A question code: required, short, and not the name of a fixed column of the Réponses sheet.</summary>
    private static Parsed<string> Code(object? value)
    {
        var code = Limited(Cells.RequiredText(value, Q.CodeQuestion), MaxCodeLength);
        if (code.Ok && Q.ResponseColumns.Any(c => TextKey.Equal(c, code.Value)))
            return Parsed<string>.Fail($"Le code « {code.Value} » est celui d'une colonne fixe de la feuille Réponses : choisissez un autre code de question.");
        return code;
    }

    /// <summary>The options of a choice question: separated by '|', at least one, each once.</summary>
    private static Parsed<IReadOnlyList<string>> Options(object? value, string code)
    {
        if (Cells.IsBlank(value))
            return Parsed<IReadOnlyList<string>>.Fail($"Valeur manquante : « {Q.Modalites} » est obligatoire pour une question à choix : les modalités séparées par | sont attendues (ex. Oui|Non).");
        var options = new List<string>();
        foreach (var part in Cells.Display(value).Split('|'))
        {
            var option = TextKey.Clean(part);
            if (option is null) continue;
            if (option.Length > MaxOptionLength)
                return Parsed<IReadOnlyList<string>>.Fail($"La modalité « {option[..40]}… » est trop longue : {MaxOptionLength} caractères au plus.");
            if (options.Any(o => TextKey.Equal(o, option)))
                return Parsed<IReadOnlyList<string>>.Fail($"La modalité « {option} » figure deux fois dans les modalités de la question {code}.");
            options.Add(option);
        }
        return options.Count == 0
            ? Parsed<IReadOnlyList<string>>.Fail($"Valeur manquante : « {Q.Modalites} » est obligatoire pour une question à choix : les modalités séparées par | sont attendues (ex. Oui|Non).")
            : Parsed<IReadOnlyList<string>>.Success(options);
    }

    /// <summary>The range of a scale, "min-max" in whole numbers (1-5, 0-10).</summary>
    private static Parsed<(int Min, int Max)> Scale(object? value)
    {
        if (Cells.IsBlank(value))
            return Parsed<(int, int)>.Fail($"Valeur manquante : « {Q.Modalites} » est obligatoire pour une échelle : la plage min-max est attendue (ex. 1-5).");
        if (value is DateTime)
            return Parsed<(int, int)>.Fail($"Excel a transformé l'échelle en date (« {Cells.Display(value)} ») : saisissez la plage comme du texte, précédée d'une apostrophe (ex. '1-5).");
        var m = ScaleRange().Match(TextKey.Of(Cells.Display(value)));
        if (m.Success)
        {
            var min = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var max = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
            if (min < max && max - min < MaxScaleValues) return Parsed<(int, int)>.Success((min, max));
        }
        return Parsed<(int, int)>.Fail($"« {Cells.Display(value)} » n'est pas une échelle valide : une plage min-max de nombres entiers est attendue (ex. 1-5).");
    }

    private static Parsed<string> Limited(Parsed<string> text, int max) =>
        text.Ok && text.Value.Length > max
            ? Parsed<string>.Fail($"« {text.Value[..Math.Min(40, text.Value.Length)]}… » est trop long : {max} caractères au plus.")
            : text;
}

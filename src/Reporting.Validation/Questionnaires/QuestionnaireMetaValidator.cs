using Reporting.Domain.Model;
using Reporting.Domain.Parsing;
using Reporting.Domain.Text;
using Reporting.Sources.Documents;
using Reporting.Validation.Common;
using Reporting.Validation.Reference;
using Q = Reporting.Domain.Contracts.InputContract.Questionnaire;

namespace Reporting.Validation.Questionnaires;

/// <summary>
/// Validates the description of a questionnaire (INPUTS.md §4): labels in column A, values in column
/// B, found by their label wherever they are. Any problem refuses the questionnaire: without its code
/// its answers cannot be stored.
/// </summary>
public static class QuestionnaireMetaValidator
{
    public const int MaxCodeLength = 40;
    public const int MaxTitleLength = 300;

    public static Validated<QuestionnaireMeta> Validate(ISourceDocument document, string sheet)
    {
        var values = new Dictionary<string, object?>();
        foreach (var row in document.ReadSheet(sheet).Take(200))
        {
            var key = TextKey.Of(Cells.Display(row[1]));
            if (key.Length > 0) values.TryAdd(key, row[2]);
        }
        object? Value(string label) => values.TryGetValue(TextKey.Of(label), out var v) ? v : null;
        string Where(string label) => sheet.Length == 0 ? $"ligne « {label} »" : $"feuille « {sheet} », ligne « {label} »";

        var code = Cells.Text(Value(Q.Code))?.ToUpperInvariant();
        if (code is null)
            return Validated<QuestionnaireMeta>.Refuse($"Code du questionnaire absent ({Where(Q.Code)}) : renseignez-le (ex. QQ-2019).");
        if (code.Length > MaxCodeLength)
            return Validated<QuestionnaireMeta>.Refuse($"Code du questionnaire « {code} » trop long ({Where(Q.Code)}) : {MaxCodeLength} caractères au plus.");

        var intitule = Cells.Text(Value(Q.Intitule));
        if (intitule is null)
            return Validated<QuestionnaireMeta>.Refuse($"Valeur manquante : « {Q.Intitule} » est obligatoire ({Where(Q.Intitule)}).");
        if (intitule.Length > MaxTitleLength)
            return Validated<QuestionnaireMeta>.Refuse($"Intitulé du questionnaire trop long ({Where(Q.Intitule)}) : {MaxTitleLength} caractères au plus.");

        var annee = Cells.Year(Value(Q.Annee), Q.Annee);
        if (!annee.Ok) return Validated<QuestionnaireMeta>.Refuse($"{annee.Error} ({Where(Q.Annee)})");

        var departement = PromeneursValidator.DepartementCode(Value(Q.Departement));
        if (!departement.Ok) return Validated<QuestionnaireMeta>.Refuse($"{departement.Error} ({Where(Q.Departement)})");

        return new Validated<QuestionnaireMeta> { Content = new QuestionnaireMeta(code, intitule, annee.Value, departement.Value) };
    }
}

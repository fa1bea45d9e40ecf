using System.Globalization;
using Reporting.Domain.Categories;
using Reporting.Domain.Model;
using Reporting.Domain.Parsing;
using Reporting.Domain.Text;
using Reporting.Sources.Documents;
using Reporting.Sources.Recognition;
using Reporting.Validation.Common;
using Q = Reporting.Domain.Contracts.InputContract.Questionnaire;

namespace Reporting.Validation.Questionnaires;

/// <summary>The valid respondents of a Réponses sheet, and what the coordinator should know about its columns.</summary>
public sealed record ResponseSheet(IReadOnlyList<Respondent> Respondents, IReadOnlyList<string> Notes);

/// <summary>
/// Validates the Réponses sheet (INPUTS.md §4): one row per respondent, the fixed columns then one
/// column per question code. A wrong answer discards only that answer; a wrong identifier or
/// timestamp discards only that cell; a missing or unknown respondent type, or a row without any valid
/// answer, discards the respondent (etl/REGLES.md, « Questionnaires »).
/// </summary>
public static class ResponsesValidator
{
    public const string OnlyThisAnswer = " Seule cette réponse est écartée.";
    public const string OnlyTheIdentifier = " Seul l'identifiant est écarté ; les réponses sont chargées.";
    public const string OnlyTheTimestamp = " Seul l'horodatage est écarté ; les réponses sont chargées.";
    public const string RespondentNotLoaded = " Ce répondant n'est pas chargé.";
    public const string NoValidAnswer = "Aucune réponse valide sur cette ligne : ce répondant n'est pas compté.";

    private static readonly string[] TimestampFormats =
    [
        "dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "d/M/yyyy H:mm:ss", "d/M/yyyy H:mm", "dd/MM/yyyy", "d/M/yyyy",
        "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd", "yyyy/MM/dd HH:mm:ss", "yyyy/MM/dd",
    ];

    public static Validated<ResponseSheet> Validate(ISourceDocument document, string sheet, IReadOnlyList<QuestionDefinition> questions, Func<string, bool> knownPromeneur)
    {
        var rows = document.ReadSheet(sheet).Where(r => !r.IsBlank);
        var headerRow = rows.FirstOrDefault();
        if (headerRow is null)
            return Validated<ResponseSheet>.Refuse("Liste des réponses vide : la ligne d'en-tête « Horodatage;Identifiant PdN;Type de répondant;<codes des questions> » est attendue.");
        var header = HeaderMap.Of(headerRow, [.. Q.ResponseColumns, .. questions.Select(q => q.Code)]);
        if (!header.Has(Q.TypeRepondant))
            return Validated<ResponseSheet>.Refuse(TableRows.MissingColumns("Liste des réponses", [Q.TypeRepondant]));

        var notes = new List<string>();
        var known = Q.ResponseColumns.Concat(questions.Select(q => q.Code)).Select(TextKey.Of).ToHashSet(StringComparer.Ordinal);
        foreach (var (_, cell) in headerRow.Cells.OrderBy(c => c.Key))
        {
            var name = Cells.Display(cell);
            if (name.Length > 0 && !known.Contains(TextKey.Of(name)))
                notes.Add($"Colonne « {name} » ignorée : aucune question valide de ce code dans la liste des questions.");
        }
        foreach (var q in questions.Where(q => !header.Has(q.Code)))
            notes.Add($"Aucune colonne de réponses pour la question {q.Code} : elle est chargée sans réponse.");

        var readers = questions.Where(q => header.Has(q.Code)).Select(q => new AnswerReader(q)).ToList();
        var respondents = new List<Respondent>();
        var result = new Validated<ResponseSheet> { Content = new ResponseSheet(respondents, notes) };
        foreach (var row in rows.SkipWhile(r => r.Number <= headerRow.Number))
        {
            var cells = new RowErrors(sheet, row, header);
            // Cells that discard only themselves, suffixed once the fate of the respondent is known.
            var partial = new List<(string Column, object? Raw, string Message, string Suffix)>();

            var rawType = cells.Raw(Q.TypeRepondant);
            var type = Cells.Category(rawType, Lists.TypeRepondant);
            if (!type.Ok) cells.Add(Q.TypeRepondant, rawType, type.Error + RespondentNotLoaded);

            string? identifiant = null;
            var rawId = cells.Raw(Q.Identifiant);
            if (!Cells.IsBlank(rawId))
            {
                if (!Identifiers.TryParse(Cells.Display(rawId), out var id, out _))
                    partial.Add((Q.Identifiant, rawId, Identifiers.Invalid(Cells.Display(rawId)), OnlyTheIdentifier));
                else if (!knownPromeneur(id))
                    partial.Add((Q.Identifiant, rawId, $"Promeneur {id} inconnu de la liste des promeneurs : ajoutez-le à la liste de référence.", OnlyTheIdentifier));
                else identifiant = id;
            }

            var rawTime = cells.Raw(Q.Horodatage);
            var answeredAt = Timestamp(rawTime);
            if (!Cells.IsBlank(rawTime) && answeredAt is null)
                partial.Add((Q.Horodatage, rawTime, $"« {Cells.Display(rawTime)} » n'est pas un horodatage valide : une date jj/mm/aaaa, suivie ou non de l'heure hh:mm, est attendue.", OnlyTheTimestamp));

            var answers = new List<AnswerValue>();
            foreach (var reader in readers)
            {
                var raw = cells.Raw(reader.Question.Code);
                var parsed = reader.Read(raw);
                if (parsed.Ok) answers.AddRange(parsed.Value);
                else partial.Add((reader.Question.Code, raw, parsed.Error!, OnlyThisAnswer));
            }

            var kept = type.Ok && answers.Count > 0;
            foreach (var (column, raw, message, suffix) in partial) cells.Add(column, raw, kept ? message + suffix : message);
            if (type.Ok && answers.Count == 0) cells.Add(Q.TypeRepondant, rawType, NoValidAnswer);
            result.Rejections.AddRange(cells.Errors);
            if (kept) respondents.Add(new Respondent(respondents.Count + 1, row.Number, type.Value, identifiant, answeredAt, answers));
        }
        return result;
    }

    /// <summary>A real Excel date-time, an Excel serial number, or text dd/MM/yyyy [HH:mm[:ss]] or yyyy-MM-dd [HH:mm[:ss]].</summary>
    private static DateTime? Timestamp(object? value) => value switch
    {
        DateTime dt => dt,
        double d when d >= 1 && d < 2958466 => DateTime.FromOADate(d),
        string s when DateTime.TryParseExact(s.Trim(), TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) => parsed,
        _ => null,
    };
}

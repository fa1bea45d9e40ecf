using Reporting.Domain.Contracts;
using Reporting.Domain.Text;
using Reporting.Sources.Documents;

namespace Reporting.Sources.Recognition;

/// <summary>The kind of a file as told by its content, and the sheet that holds its table.</summary>
public sealed record Recognition(InputKind Kind, string Sheet);

/// <summary>
/// Recognises a file by its content only (INPUTS.md): sheet names for the multi-sheet workbooks,
/// otherwise the header row of the first sheet (or of the CSV).
/// </summary>
public static class FileRecognizer
{
    private static readonly (InputKind Kind, IReadOnlyList<string> Headers)[] Tables =
    [
        (InputKind.Promeneurs, InputContract.Promeneurs.Columns),
        (InputKind.Structures, InputContract.Structures.Columns),
        (InputKind.Regroupements, InputContract.Regroupements.Columns),
        (InputKind.Emargement, InputContract.Emargement.Columns),
        (InputKind.QuestionnaireQuestions, InputContract.Questionnaire.QuestionColumns),
        (InputKind.QuestionnaireResponses, InputContract.Questionnaire.ResponseColumns),
        (InputKind.Acces, InputContract.Acces.Columns),
        (InputKind.ActiviteReseau, InputContract.ActiviteReseau.Columns),
        (InputKind.Parcours, InputContract.Parcours.Columns),
        (InputKind.GroupesLocaux, InputContract.GroupesLocaux.Columns),
    ];

    public static Recognition Recognize(ISourceDocument document)
    {
        var sheets = document.SheetNames;
        string? Sheet(string name) => sheets.FirstOrDefault(s => TextKey.Equal(s, name));

        var identification = Sheet(InputContract.Tracking.IdentificationSheet);
        var trackingSheets = new[] { identification, Sheet(InputContract.Tracking.TempsSheet), Sheet(InputContract.Tracking.SollicitationsSheet) }.Count(s => s is not null);
        if (trackingSheets >= 2 || (identification is not null && HasLabel(document, identification, InputContract.Tracking.IdentifiantLabel)))
            return new Recognition(InputKind.TrackingWorkbook, identification ?? sheets[0]);

        var meta = Sheet(InputContract.Questionnaire.MetaSheet);
        if (meta is not null && (Sheet(InputContract.Questionnaire.QuestionsSheet) is not null || Sheet(InputContract.Questionnaire.ResponsesSheet) is not null))
            return new Recognition(InputKind.QuestionnaireWorkbook, meta);

        if (sheets.Count == 0) return new Recognition(InputKind.Unknown, string.Empty);
        var first = sheets[0];
        var header = FirstRow(document, first);
        if (header is null) return new Recognition(InputKind.Unknown, first);

        var best = InputKind.Unknown;
        var bestScore = 0.0;
        foreach (var (kind, headers) in Tables)
        {
            var map = HeaderMap.Of(header, headers);
            var score = (double)map.Count / headers.Count;
            if (score > bestScore)
            {
                best = kind;
                bestScore = score;
            }
        }
        if (bestScore >= 0.6) return new Recognition(best, first);

        // A questionnaire description as CSV: labels in column A (Code, Intitulé, Année, Département).
        if (HasLabel(document, first, "Intitulé") && HasLabel(document, first, "Code"))
            return new Recognition(InputKind.QuestionnaireMeta, first);
        return new Recognition(InputKind.Unknown, first);
    }

    /// <summary>The first row holding a non-blank cell, within the first 20 rows.</summary>
    public static RawRow? FirstRow(ISourceDocument document, string sheet) =>
        document.ReadSheet(sheet).Take(20).FirstOrDefault(r => !r.IsBlank);

    private static bool HasLabel(ISourceDocument document, string sheet, string label) =>
        document.ReadSheet(sheet).Take(50).Any(r => TextKey.Equal(Domain.Parsing.Cells.Display(r[1]), label));

    /// <summary>A French line that tells what the recognisable files look like.</summary>
    public const string UnknownMessage =
        "Fichier non reconnu : ni tableau de suivi (feuilles Identification, Temps, Sollicitations), ni liste de référence " +
        "(en-têtes « Identifiant;Nom;Prénom;… » pour les promeneurs, « Code;Nom;Type;Commune;Département » pour les structures, « Utilisateur;Département » pour la liste d'accès au tableau de bord), " +
        "ni regroupements, émargement, questionnaire, activité du groupe du réseau (« Département;Mois;Label;Documents;… »), " +
        "parcours de labellisation (« Identifiant PdN;Étape;Date ») ou groupes locaux (« Groupe;Département;Identifiant PdN;Date d'entrée;Date de sortie »).";
}

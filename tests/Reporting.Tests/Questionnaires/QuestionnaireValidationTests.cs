using Reporting.Domain.Model;
using Reporting.Sources.Documents;
using Reporting.Tests.Support;
using Reporting.Validation.Questionnaires;

namespace Reporting.Tests.Questionnaires;

/// <summary>Validation of the three parts of a questionnaire (INPUTS.md §4) and the French messages of every rejection.</summary>
public sealed class QuestionnaireValidationTests
{
    private static readonly HashSet<string> Known = ["PDN-50-0001", "PDN-50-0002"];

    private static QuestionnaireValidation Validate(QuestionnaireBuilder builder)
    {
        using var folder = new TempFolder();
        using var document = SourceDocument.Open(builder.SaveWorkbook(folder.Combine("q.xlsx")));
        return QuestionnaireValidator.ValidateWorkbook(document, Known.Contains);
    }

    private static QuestionnaireBuilder Simple() => new QuestionnaireBuilder()
        .Question("Q1", "Êtes-vous sollicité(e) en ligne ?", "choix unique", "Oui, souvent|Oui, parfois|Jamais")
        .Question("Q2", "Réseaux utilisés", "choix multiple", "Facebook|Instagram|Messenger")
        .Question("Q3", "Satisfaction", "échelle", "1-5")
        .Question("Q4", "Heures par semaine", "nombre")
        .Question("Q5", "Commentaire", "texte");

    [Fact]
    public void The_description_is_found_by_its_labels_and_types_and_options_come_out_canonical()
    {
        var builder = new QuestionnaireBuilder("qf-2019 ", "  Questionnaire flash  ", "2019", "050")
            .Question("F1", "Comment avez-vous connu le PdN ?", "  CHOIX unique ", " Par la structure | Par un parent |Autre ")
            .Question("F2", "Satisfaction", "Echelle", "0 – 10")
            .Question("F3", "Remarques", "TEXTE", "");

        var v = Validate(builder);

        Assert.Null(v.FileError);
        Assert.Equal(new QuestionnaireMeta("QF-2019", "Questionnaire flash", 2019, "50"), v.Meta.Content);
        var questions = v.Questions.Content!;
        Assert.Equal(["choix unique", "échelle", "texte"], questions.Select(q => q.Type));
        Assert.Equal(["Par la structure", "Par un parent", "Autre"], questions[0].Options);
        Assert.Equal((0, 10), (questions[1].ScaleMin, questions[1].ScaleMax));
        Assert.Equal([1, 2, 3], questions.Select(q => q.Number));
        Assert.Empty(v.Questions.Rejections);
    }

    [Theory]
    [InlineData("sondage", "", "« sondage » n'est pas une valeur de « Type » : valeurs attendues « choix unique », « choix multiple », « échelle », « nombre » ou « texte ».")]
    [InlineData("choix unique", "", "Valeur manquante : « Modalités » est obligatoire pour une question à choix : les modalités séparées par | sont attendues (ex. Oui|Non).")]
    [InlineData("choix multiple", "Oui|Non|oui", "La modalité « oui » figure deux fois dans les modalités de la question Q9.")]
    [InlineData("échelle", "1 à 5", "« 1 à 5 » n'est pas une échelle valide : une plage min-max de nombres entiers est attendue (ex. 1-5).")]
    [InlineData("échelle", "5-1", "« 5-1 » n'est pas une échelle valide : une plage min-max de nombres entiers est attendue (ex. 1-5).")]
    [InlineData("échelle", "", "Valeur manquante : « Modalités » est obligatoire pour une échelle : la plage min-max est attendue (ex. 1-5).")]
    [InlineData("texte", "Oui|Non", "Les modalités ne s'appliquent pas à une question de type « texte » : laissez la cellule vide, ou choisissez le type « choix unique », « choix multiple » ou « échelle ».")]
    [InlineData("nombre", "1-5", "Les modalités ne s'appliquent pas à une question de type « nombre » : laissez la cellule vide, ou choisissez le type « choix unique », « choix multiple » ou « échelle ».")]
    public void A_wrong_question_is_rejected_with_a_message_and_the_others_load(string type, string modalites, string message)
    {
        var v = Validate(Simple().Question("Q9", "Question fautive", type, modalites));

        Assert.Null(v.FileError);
        Assert.Equal(5, v.Questions.Content!.Count);
        var rejection = Assert.Single(v.Questions.Rejections);
        Assert.Equal(("Questions", 7, message), (rejection.Sheet, rejection.Row, rejection.Message));
        Assert.Contains("Colonne « Q9 » ignorée : aucune question valide de ce code dans la liste des questions.", v.Notes);
    }

    [Fact]
    public void A_question_code_given_twice_or_taken_by_a_fixed_column_is_rejected()
    {
        var v = Validate(Simple().Question("q1", "Doublon", "texte").Question("Horodatage", "Date", "texte"));

        Assert.Equal(
            ["La question q1 figure déjà ligne 2 : cette ligne n'est pas chargée.",
             "Le code « Horodatage » est celui d'une colonne fixe de la feuille Réponses : choisissez un autre code de question."],
            v.Questions.Rejections.Select(r => r.Message));
    }

    [Theory]
    [InlineData("Code", null, "Code du questionnaire absent (feuille « Questionnaire », ligne « Code ») : renseignez-le (ex. QQ-2019).")]
    [InlineData("Intitulé", " ", "Valeur manquante : « Intitulé » est obligatoire (feuille « Questionnaire », ligne « Intitulé »).")]
    [InlineData("Année", "19", "« 19 » n'est pas une année valide : une année sur quatre chiffres est attendue (ex. 2019). (feuille « Questionnaire », ligne « Année »)")]
    [InlineData("Département", "99", "Département « 99 » inconnu : un code INSEE est attendu (ex. 50, 2A, 974). (feuille « Questionnaire », ligne « Département »)")]
    public void A_wrong_description_refuses_the_questionnaire(string label, string? value, string reason) =>
        Assert.Equal(reason, Validate(Simple().Meta(label, value)).FileError);

    [Fact]
    public void A_workbook_without_its_three_sheets_is_refused()
    {
        using var folder = new TempFolder();
        var path = Simple().SaveWorkbook(folder.Combine("q.xlsx"));
        using (var package = new OfficeOpenXml.ExcelPackage(new FileInfo(path)))
        {
            package.Workbook.Worksheets.Delete("Réponses");
            package.Save();
        }
        using var document = SourceDocument.Open(path);

        Assert.Equal("Questionnaire incomplet : feuille « Réponses » absente.", QuestionnaireValidator.ValidateWorkbook(document, Known.Contains).FileError);
    }

    [Fact]
    public void A_rejected_answer_discards_only_that_answer_and_the_respondent_keeps_the_others()
    {
        var v = Validate(Simple()
            .Response(new DateTime(2019, 12, 3, 10, 15, 0), "PDN-50-0001", "Promeneur", "Oui, parfois", "Facebook, Messenger", 4, "3,5", "=> Plus de lien")
            .Response("03/12/2019 11:00", "PDN-50-0002", "promeneur", "Sans avis", "Facebook, TikTok", "6", "trois", "Rien à signaler"));

        var respondents = v.Responses.Content!.Respondents;
        Assert.Equal(2, respondents.Count);
        var second = respondents[1];
        Assert.Equal((2, 3, "Promeneur", "PDN-50-0002"), (second.Number, second.SourceRow, second.Type, second.PromeneurId));
        Assert.Equal(new DateTime(2019, 12, 3, 11, 0, 0), second.AnsweredAt);
        Assert.Equal(["Q5"], second.Answers.Select(a => a.QuestionCode));
        Assert.Equal(
            [
                ("Q1", "D3", "« Sans avis » n'est pas une modalité de la question Q1 : modalités attendues « Oui, souvent », « Oui, parfois » ou « Jamais ». Seule cette réponse est écartée."),
                ("Q2", "E3", "« TikTok » n'est pas une modalité de la question Q2 : modalités attendues « Facebook », « Instagram » ou « Messenger », séparées par |, ; ou ,. Seule cette réponse est écartée."),
                ("Q3", "F3", "« 6 » n'est pas une valeur de l'échelle de la question Q3 : un nombre entier de 1 à 5 est attendu. Seule cette réponse est écartée."),
                ("Q4", "G3", "« trois » n'est pas un nombre (question Q4) : un nombre est attendu, avec une virgule ou un point décimal (ex. 12,5). Seule cette réponse est écartée."),
            ],
            v.Responses.Rejections.Select(r => (r.Column, r.Cell, r.Message)));
        Assert.Equal(0, v.RejectedRespondents);

        var first = respondents[0];
        Assert.Equal(
            [("Q1", 2, null, null), ("Q2", 1, null, null), ("Q2", 3, null, null), ("Q3", null, 4m, null), ("Q4", null, 3.5m, null), ("Q5", null, null, "=> Plus de lien")],
            first.Answers.Select(a => (a.QuestionCode, a.OptionNumber, a.Number, a.Text)));
    }

    [Fact]
    public void A_wrong_identifier_or_timestamp_discards_only_that_cell()
    {
        var v = Validate(Simple()
            .Response("hier", "PDN-50-0099", "Promeneur", "Jamais")
            .Response(null, "PDN 50 7", "Promeneur", "Jamais"));

        Assert.All(v.Responses.Content!.Respondents, r => Assert.Null(r.PromeneurId));
        Assert.Equal(2, v.Responses.Content!.Respondents.Count);
        Assert.Equal(
            [
                "« hier » n'est pas un horodatage valide : une date jj/mm/aaaa, suivie ou non de l'heure hh:mm, est attendue. Seul l'horodatage est écarté ; les réponses sont chargées.",
                "Promeneur PDN-50-0099 inconnu de la liste des promeneurs : ajoutez-le à la liste de référence. Seul l'identifiant est écarté ; les réponses sont chargées.",
                "« PDN 50 7 » n'est pas un identifiant de promeneur valide : le format attendu est PDN-<code département>-<4 chiffres> (ex. PDN-50-0007). Seul l'identifiant est écarté ; les réponses sont chargées.",
            ],
            v.Responses.Rejections.OrderBy(r => r.Row).ThenBy(r => r.Column == "Horodatage" ? 0 : 1).Select(r => r.Message));
    }

    [Fact]
    public void A_respondent_without_a_known_type_or_without_any_valid_answer_is_not_loaded()
    {
        var v = Validate(Simple()
            .Response(null, null, "Voisin", "Jamais", "Facebook")
            .Response(null, null, "Parent", "Toujours")
            .Response(null, null, "", "Jamais")
            .Response(null, null, "Parent", "Jamais"));

        Assert.Equal([5], v.Responses.Content!.Respondents.Select(r => r.SourceRow));
        Assert.Equal(3, v.RejectedRespondents);
        Assert.Equal(
            [
                (2, "Type de répondant", "« Voisin » n'est pas une valeur de « Type de répondant » : valeurs attendues « Promeneur », « Parent », « Partenaire », « Hiérarchie » ou « Collègue ». Ce répondant n'est pas chargé."),
                (3, "Q1", "« Toujours » n'est pas une modalité de la question Q1 : modalités attendues « Oui, souvent », « Oui, parfois » ou « Jamais »."),
                (3, "Type de répondant", "Aucune réponse valide sur cette ligne : ce répondant n'est pas compté."),
                (4, "Type de répondant", "Valeur manquante : « Type de répondant » est obligatoire. Ce répondant n'est pas chargé."),
            ],
            v.Responses.Rejections.Select(r => (r.Row, r.Column, r.Message)));
    }

    [Fact]
    public void Columns_without_a_question_and_questions_without_a_column_are_noted()
    {
        var builder = Simple().Response(null, null, "Promeneur", "Jamais");
        builder.ResponsesHeader = ["Horodatage", "Identifiant PdN", "Type de répondant", "q1", "Q7"];

        var v = Validate(builder);

        Assert.Equal(
            [
                "Colonne « Q7 » ignorée : aucune question valide de ce code dans la liste des questions.",
                "Aucune colonne de réponses pour la question Q2 : elle est chargée sans réponse.",
                "Aucune colonne de réponses pour la question Q3 : elle est chargée sans réponse.",
                "Aucune colonne de réponses pour la question Q4 : elle est chargée sans réponse.",
                "Aucune colonne de réponses pour la question Q5 : elle est chargée sans réponse.",
            ],
            v.Notes);
        Assert.Equal(3, Assert.Single(v.Responses.Content!.Respondents).Answers.Single().OptionNumber);
    }
}

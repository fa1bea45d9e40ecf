using Reporting.Domain.Model;
using Reporting.Domain.Parsing;
using Reporting.Sources.Documents;
using Reporting.Tests.Support;
using Reporting.Validation.Questionnaires;
using Reporting.Validation.Tracking;

namespace Reporting.Tests.Validation;

/// <summary>
/// Issue 8, points 4 and 5: a formula saved without its computed value (files written by tools that never
/// calculate) and a text longer than a cell may hold. Neither is ever read as empty nor cut.
/// </summary>
public sealed class UnreadableCellsTests : IDisposable
{
    private const string NoValue =
        " sans valeur calculée : le fichier a été enregistré par un outil qui ne calcule pas les formules. " +
        "Ouvrez-le dans Excel (ou LibreOffice) et enregistrez-le à nouveau, ou remplacez la formule par sa valeur.";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Reporting.Validation.Common.Validated<TrackingWorkbook> Validate(TrackingWorkbookBuilder builder)
    {
        using var doc = SourceDocument.Open(builder.Save(_folder.Combine($"{Guid.NewGuid():N}.xlsx")));
        var validated = TrackingWorkbookValidator.Validate(doc);
        Assert.Null(validated.FileError);
        return validated;
    }

    [Fact]
    public void A_number_given_by_a_formula_without_a_computed_value_rejects_its_row_with_how_to_fix_it()
    {
        var validated = Validate(new TrackingWorkbookBuilder()
            .Month("Janvier", new UncomputedFormula("SUM(C2:G2)"), 2, 1, 10, 4, 3)
            .Month("Février", 5, 2, 1, 10, 4, 3));

        Assert.Equal(3, Assert.Single(validated.Content!.Months).SourceRow);
        Assert.Equal(
            new Rejection("Temps", 2, "Heures en ligne", "B2", "=SUM(C2:G2)", "La cellule contient la formule « =SUM(C2:G2) »" + NoValue),
            Assert.Single(validated.Rejections));
        Assert.Equal(1, validated.RejectedRows);
    }

    [Fact]
    public void A_category_given_by_a_formula_without_a_computed_value_rejects_its_row()
    {
        var validated = Validate(new TrackingWorkbookBuilder()
            .Month("Janvier", 5, 2, 1, 10, 4, 3)
            .Solicitation(new DateTime(2019, 1, 3), new UncomputedFormula("IF(A2=\"\",\"Reçue\",\"Initiée\")"), "Parent", "Message privé", "Scolarité", "6-11 ans", "Non")
            .Solicitation(new DateTime(2019, 1, 4), "Reçue", "Parent", "Message privé", "Scolarité", "6-11 ans", "Non"));

        Assert.Single(validated.Content!.Solicitations);
        var rejection = Assert.Single(validated.Rejections);
        Assert.Equal(("Sollicitations", 2, "B2"), (rejection.Sheet, rejection.Row, rejection.Cell));
        Assert.Equal("La cellule contient la formule « =IF(A2=\"\",\"Reçue\",\"Initiée\") »" + NoValue, rejection.Message);
    }

    [Fact]
    public void A_text_longer_than_a_cell_may_hold_rejects_its_row_and_is_never_cut()
    {
        var validated = Validate(new TrackingWorkbookBuilder()
            .Month("Janvier", 5, 2, 1, 10, 4, 3)
            .Solicitation(new DateTime(2019, 1, 3), "Reçue", "Parent", "Message privé", new string('x', 40_000), "6-11 ans", "Non")
            .Solicitation(new DateTime(2019, 1, 4), "Reçue", "Parent", "Message privé", "Scolarité", "6-11 ans", "Non"));

        Assert.Equal(3, Assert.Single(validated.Content!.Solicitations).SourceRow);
        var rejection = Assert.Single(validated.Rejections);
        Assert.Equal(("Sollicitations", 2, "E2"), (rejection.Sheet, rejection.Row, rejection.Cell));
        Assert.Equal("Texte trop long : 40\u202F000 caractères, au-delà des 32\u202F767 qu'une cellule peut contenir. Raccourcissez-le : il n'est pas tronqué.", rejection.Message);
        Assert.Equal(new string('x', 40) + "…", rejection.Value);
    }

    [Fact]
    public void An_optional_text_longer_than_a_cell_may_hold_rejects_its_row_in_a_reference_list()
    {
        var path = ReferenceFiles.Structures(_folder.Combine("structures.csv"),
            $"CS-50-001;Centre social;Centre social;{new string('x', 33_000)};50", "CS-50-002;Centre social 2;Centre social;Caen;14");
        using var doc = SourceDocument.Open(path);

        var validated = Reporting.Validation.Reference.StructuresValidator.Validate(doc, ISourceDocument.CsvSheetName);

        Assert.Equal(["CS-50-002"], validated.Content!.Select(s => s.Code));
        var rejection = Assert.Single(validated.Rejections);
        Assert.Equal(("Commune", 2), (rejection.Column, rejection.Row));
        Assert.StartsWith("Texte trop long : 33\u202F000 caractères", rejection.Message, StringComparison.Ordinal);
    }

    private static QuestionnaireValidation ValidateQuestionnaire(QuestionnaireBuilder builder)
    {
        using var folder = new TempFolder();
        using var document = SourceDocument.Open(builder.SaveWorkbook(folder.Combine("q.xlsx")));
        return QuestionnaireValidator.ValidateWorkbook(document, id => id == "PDN-50-0001");
    }

    [Fact]
    public void A_free_text_answer_typed_as_a_formula_is_kept_as_its_text_and_a_number_answer_is_rejected()
    {
        var v = ValidateQuestionnaire(new QuestionnaireBuilder()
            .Question("Q1", "Votre site", "texte")
            .Question("Q2", "Heures par semaine", "nombre")
            .Response(new DateTime(2019, 5, 2, 10, 0, 0), "PDN-50-0001", "Promeneur", new UncomputedFormula("HYPERLINK(\"https://exemple.fr\")"), 3)
            .Response(new DateTime(2019, 5, 3, 10, 0, 0), "PDN-50-0001", "Promeneur", "bien", new UncomputedFormula("A3*2")));

        Assert.Null(v.FileError);
        var first = v.Content.Respondents[0];
        Assert.Equal(new AnswerValue("Q1", null, null, "=HYPERLINK(\"https://exemple.fr\")"), first.Answers.Single(a => a.QuestionCode == "Q1"));
        var rejection = Assert.Single(v.Responses.Rejections);
        Assert.Equal(("Réponses", 3), (rejection.Sheet, rejection.Row));
        Assert.StartsWith("La cellule contient la formule « =A3*2 »" + NoValue, rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_free_text_answer_longer_than_a_cell_may_hold_is_rejected()
    {
        var v = ValidateQuestionnaire(new QuestionnaireBuilder()
            .Question("Q1", "Commentaire", "texte")
            .Response(new DateTime(2019, 5, 2, 10, 0, 0), "PDN-50-0001", "Promeneur", new string('é', 33_000)));

        var rejection = Assert.Single(v.Responses.Rejections, r => r.Column == "Q1");
        Assert.StartsWith("Texte trop long : 33\u202F000 caractères", rejection.Message, StringComparison.Ordinal);
        Assert.Empty(v.Content.Respondents);
    }
}

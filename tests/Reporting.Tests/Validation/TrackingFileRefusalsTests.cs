using Reporting.Domain.Contracts;
using Reporting.Domain.Model;
using Reporting.Sources.Documents;
using Reporting.Tests.Sources;
using Reporting.Tests.Support;
using Reporting.Validation.Common;
using Reporting.Validation.Tracking;

namespace Reporting.Tests.Validation;

/// <summary>Problems that refuse a whole tracking workbook (INPUTS.md §1): nothing of it is loaded and the message says what to fix.</summary>
public sealed class TrackingFileRefusalsTests : IDisposable
{
    private const string InvalidId = " n'est pas un identifiant de promeneur valide : le format attendu est PDN-<code département>-<4 chiffres> (ex. PDN-50-0007).";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Validated<TrackingWorkbook> Validate(string path)
    {
        using var doc = SourceDocument.Open(path);
        return TrackingWorkbookValidator.Validate(doc);
    }

    private Validated<TrackingWorkbook> Validate(TrackingWorkbookBuilder builder) =>
        Validate(builder.Month("Janvier", 1, 1, 1, 1, 1, 1).Save(_folder.Combine($"{Guid.NewGuid():N}.xlsx")));

    private string Refusal(TrackingWorkbookBuilder builder)
    {
        var validated = Validate(builder);
        Assert.Null(validated.Content);
        Assert.Empty(validated.Rejections);
        return Assert.IsType<string>(validated.FileError);
    }

    private static TrackingIdentification Identification(Validated<TrackingWorkbook> validated)
    {
        Assert.Null(validated.FileError);
        return validated.Content!.Identification;
    }

    // ---- sheets and columns

    [Fact]
    public void Missing_sheets()
    {
        Assert.Equal("Tableau de suivi incomplet : feuille « Temps » absente.", Refusal(new TrackingWorkbookBuilder { IncludeTemps = false }));
        Assert.Equal("Tableau de suivi incomplet : feuille « Sollicitations » absente.", Refusal(new TrackingWorkbookBuilder { IncludeSollicitations = false }));
        Assert.Equal("Tableau de suivi incomplet : feuilles « Temps », « Sollicitations » absentes.",
            Refusal(new TrackingWorkbookBuilder { IncludeTemps = false, IncludeSollicitations = false }));
    }

    [Fact]
    public void Missing_identification_sheet()
    {
        var header = RawXlsx.TextRow(1, [.. InputContract.Tracking.TempsColumns]);
        var path = new RawXlsx()
            .Sheet("Temps", header)
            .Sheet("Sollicitations", RawXlsx.TextRow(1, [.. InputContract.Tracking.SollicitationsColumns]))
            .Save(_folder.Combine("sans-identification.xlsx"));
        Assert.Equal("Tableau de suivi incomplet : feuille « Identification » absente.", Validate(path).FileError);

        var other = new RawXlsx().Sheet("Feuil1", header).Save(_folder.Combine("autre.xlsx"));
        Assert.Equal("Tableau de suivi incomplet : feuilles « Identification », « Temps », « Sollicitations » absentes.", Validate(other).FileError);
    }

    [Fact]
    public void Missing_columns()
    {
        Assert.Equal("Feuille « Temps » : colonne « Permanences » introuvable dans la ligne d'en-tête.",
            Refusal(new TrackingWorkbookBuilder { TempsHeader = ["Mois", "Heures en ligne", "Heures hors ligne", "Amis public", "Amis professionnels", "Publications"] }));
        Assert.Equal("Feuille « Temps » : colonnes « Heures en ligne », « Heures hors ligne » introuvables dans la ligne d'en-tête.",
            Refusal(new TrackingWorkbookBuilder { TempsHeader = ["Mois", "Heures", "Permanences", "Amis public", "Amis professionnels", "Publications"] }));
        Assert.Equal("Feuille « Sollicitations » : colonnes « Thème », « Tranche d'âge » introuvables dans la ligne d'en-tête.",
            Refusal(new TrackingWorkbookBuilder { SollicitationsHeader = ["Date", "Sens", "Interlocuteur", "Modalité", "Nouveau participant"] }));
        Assert.Equal("Feuille « Sollicitations » : colonne « Nouveau participant » introuvable dans la ligne d'en-tête.",
            Refusal(new TrackingWorkbookBuilder { SollicitationsHeader = ["Date", "Sens", "Interlocuteur", "Modalité", "Thème", "Tranche d'âge"] }));
    }

    [Fact]
    public void Empty_tables()
    {
        Assert.Equal("Feuille « Sollicitations » vide : la ligne d'en-tête (Date, Sens, Interlocuteur, Modalité, Thème, Tranche d'âge, Nouveau participant) est attendue en ligne 1.",
            Refusal(new TrackingWorkbookBuilder { SollicitationsHeader = [] }));
        var path = new TrackingWorkbookBuilder { TempsHeader = [] }.Save(_folder.Combine("temps-vide.xlsx"));
        Assert.Equal("Feuille « Temps » vide : la ligne d'en-tête (Mois, Heures en ligne, Heures hors ligne, Permanences, Amis public, Amis professionnels, Publications) est attendue en ligne 1.",
            Validate(path).FileError);
    }

    // ---- Identification, found by label wherever it is

    [Fact]
    public void Identification_values_are_found_by_label_in_any_row_and_spelling()
    {
        var builder = new TrackingWorkbookBuilder();
        foreach (var label in InputContract.Tracking.IdentificationLabels) builder.WithoutIdentification(label);
        builder
            .Identification("Tableau de suivi des Promeneurs du Net", null)
            .Identification("  ANNEE ", "2019")
            .Identification("label", "pdnj")
            .Identification("Commentaire", "à compléter chaque mois")
            .Identification("departement", 50.0)
            .Identification("Code   structure", "CS-50-012")
            .Identification("prenom", "Zoé")
            .Identification("NOM", "Lefèvre")
            .Identification("identifiant pdn", " pdn-50-0007 ")
            .Identification("Version du modele", "pdn-suivi-1")
            .Identification("Année", 2010); // a second "Année" further down: the first one counts

        var id = Identification(Validate(builder));

        Assert.Equal(new TrackingIdentification("PDN-SUIVI-1", "PDN-50-0007", "Lefèvre", "Zoé", "CS-50-012", "50", "Jeunesse", 2019), id);
    }

    [Fact]
    public void Shuffled_identification_rows_read_the_same()
    {
        var ordered = Identification(Validate(new TrackingWorkbookBuilder()));
        var builder = new TrackingWorkbookBuilder();
        var labels = InputContract.Tracking.IdentificationLabels.ToList();
        var values = new Dictionary<string, object?>
        {
            ["Version du modèle"] = "PDN-SUIVI-1", ["Identifiant PdN"] = "PDN-50-0001", ["Nom"] = "DUPONT", ["Prénom"] = "Camille",
            ["Code structure"] = "CS-50-001", ["Département"] = "50", ["Label"] = "Parentalité", ["Année"] = 2019,
        };
        foreach (var label in labels) builder.WithoutIdentification(label);
        foreach (var i in new[] { 5, 2, 7, 0, 3, 6, 1, 4 }) builder.Identification(labels[i], values[labels[i]]);

        Assert.Equal(ordered, Identification(Validate(builder)));
    }

    [Fact]
    public void Defaults_when_optional_values_are_missing()
    {
        var builder = new TrackingWorkbookBuilder("PDN-2A-0003", departement: "")
            .WithoutIdentification("Version du modèle").WithoutIdentification("Nom").WithoutIdentification("Prénom").WithoutIdentification("Code structure");

        var id = Identification(Validate(builder));

        Assert.Equal(new TrackingIdentification("PDN-SUIVI-1", "PDN-2A-0003", null, null, null, "2A", "Parentalité", 2019), id);
    }

    [Theory]
    [InlineData("PDN 50 0001", "PDN-50-0001", "50")]
    [InlineData("pdn-2b-0001", "PDN-2B-0001", "2B")]
    [InlineData("PDN-974-1234", "PDN-974-1234", "974")]
    public void Identifiers_are_normalised(string raw, string identifiant, string departement)
    {
        var id = Identification(Validate(new TrackingWorkbookBuilder(raw, departement: departement)));
        Assert.Equal(identifiant, id.Identifiant);
        Assert.Equal(departement, id.Departement);
    }

    [Fact]
    public void Missing_identifier()
    {
        const string Expected = "Feuille « Identification », ligne « Identifiant PdN » : identifiant du promeneur absent ; renseignez-le (ex. PDN-50-0007).";
        Assert.Equal(Expected, Refusal(new TrackingWorkbookBuilder().WithoutIdentification("Identifiant PdN")));
        Assert.Equal(Expected, Refusal(new TrackingWorkbookBuilder().Identification("Identifiant PdN", "   ")));
    }

    [Theory]
    [InlineData("PDN-50-7")]
    [InlineData("PDN-99-0001")]
    [InlineData("PDN-20-0001")]
    [InlineData("PDN-5-0001")]
    [InlineData("50-0001")]
    [InlineData("PDN-50-00017")]
    [InlineData("Camille Dupont")]
    public void Invalid_identifier(string raw) => Assert.Equal($"Feuille « Identification », ligne « Identifiant PdN » : « {raw} »" + InvalidId, Refusal(new TrackingWorkbookBuilder(raw)));

    [Theory]
    [InlineData("99")]
    [InlineData("Manche")]
    [InlineData("20")]
    public void Unknown_departement(string raw) =>
        Assert.Equal($"Feuille « Identification », ligne « Département » : département « {raw} » inconnu ; un code INSEE est attendu (ex. 50, 2A, 974).",
            Refusal(new TrackingWorkbookBuilder(departement: raw)));

    [Fact]
    public void Unknown_departement_as_a_number() =>
        Assert.Equal("Feuille « Identification », ligne « Département » : département « 99 » inconnu ; un code INSEE est attendu (ex. 50, 2A, 974).",
            Refusal(new TrackingWorkbookBuilder().Identification("Département", 99.0)));

    [Fact]
    public void Bad_label()
    {
        Assert.Equal("Feuille « Identification », ligne « Label » : « Enfance » n'est pas une valeur de « Label » : valeurs attendues « Jeunesse » ou « Parentalité ».",
            Refusal(new TrackingWorkbookBuilder(label: "Enfance")));
        Assert.Equal("Feuille « Identification », ligne « Label » : Valeur manquante : « Label » est obligatoire.",
            Refusal(new TrackingWorkbookBuilder().WithoutIdentification("Label")));
    }

    [Fact]
    public void Bad_year()
    {
        Assert.Equal("Feuille « Identification », ligne « Année » : « 2019/2020 » n'est pas une année valide : une année sur quatre chiffres est attendue (ex. 2019).",
            Refusal(new TrackingWorkbookBuilder(annee: "2019/2020")));
        Assert.Equal("Feuille « Identification », ligne « Année » : « 19 » n'est pas une année valide : une année sur quatre chiffres est attendue (ex. 2019).",
            Refusal(new TrackingWorkbookBuilder(annee: 19.0)));
        Assert.Equal("Feuille « Identification », ligne « Année » : Valeur manquante : « Année » est obligatoire.",
            Refusal(new TrackingWorkbookBuilder().Identification("Année", null)));
    }

    [Fact]
    public void Unsupported_template_version()
    {
        Assert.Equal("Feuille « Identification », ligne « Version du modèle » : version de modèle « PDN-SUIVI-2 » non prise en charge ; utilisez le modèle PDN-SUIVI-1 généré par « reporting modele ».",
            Refusal(new TrackingWorkbookBuilder().Identification("Version du modèle", " PDN-SUIVI-2 ")));
    }

    [Fact]
    public void The_first_problem_is_reported()
    {
        var builder = new TrackingWorkbookBuilder("PDN-50-7", departement: "99", label: "Enfance", annee: "x").Identification("Version du modèle", "V0");
        Assert.StartsWith("Feuille « Identification », ligne « Version du modèle » : version de modèle « V0 »", Refusal(builder));
        builder.Identification("Version du modèle", null);
        Assert.StartsWith("Feuille « Identification », ligne « Identifiant PdN » : « PDN-50-7 » n'est pas un identifiant", Refusal(builder));
        builder.Identification("Identifiant PdN", "PDN-50-0001");
        Assert.StartsWith("Feuille « Identification », ligne « Département » : département « 99 » inconnu", Refusal(builder));
        builder.Identification("Département", "50");
        Assert.StartsWith("Feuille « Identification », ligne « Label » : « Enfance » n'est pas une valeur de « Label »", Refusal(builder));
        builder.Identification("Label", "Jeunesse");
        Assert.StartsWith("Feuille « Identification », ligne « Année » : « x » n'est pas une année valide", Refusal(builder));
        builder.Identification("Année", 2019);
        Assert.Null(Validate(builder).FileError);
    }

    [Fact]
    public void A_refused_identification_hides_row_problems()
    {
        var path = new TrackingWorkbookBuilder(annee: "x").Month("Janvier", "beaucoup", 1, 1, 1, 1, 1).Save(_folder.Combine("x.xlsx"));
        var validated = Validate(path);
        Assert.NotNull(validated.FileError);
        Assert.Empty(validated.Rejections);
        Assert.Equal(0, validated.RejectedRows);
    }
}

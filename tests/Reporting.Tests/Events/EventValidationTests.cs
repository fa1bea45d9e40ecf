using Reporting.Domain.Model;
using Reporting.Sources.Documents;
using Reporting.Sources.Recognition;
using Reporting.Tests.Support;
using Reporting.Validation.Events;

namespace Reporting.Tests.Events;

/// <summary>The exact French messages of the regroupements and émargement files (INPUTS.md §3).</summary>
public sealed class EventValidationTests
{
    private const string Header = "Code;Date;Type;Intitulé;Département;Durée (heures);Public";

    private static (IReadOnlyList<EventRecord> Records, IReadOnlyList<Rejection> Rejections, string? Error) Regroupements(params string[] rows)
    {
        using var folder = new TempFolder();
        var path = ReferenceFiles.Csv(folder.Combine("r.csv"), [Header, .. rows]);
        using var document = SourceDocument.Open(path);
        var recognition = FileRecognizer.Recognize(document);
        Assert.Equal(Reporting.Domain.Contracts.InputKind.Regroupements, recognition.Kind);
        var v = RegroupementsValidator.Validate(document, recognition.Sheet);
        return (v.Content ?? [], v.Rejections, v.FileError);
    }

    [Theory]
    [InlineData("AP-1;12/02/2019;Réunion;Titre;50;3;Commun", "Type", "C2", "« Réunion » n'est pas une valeur de « Type » : valeurs attendues « Analyse des pratiques », « Journée départementale », « Formation », « Groupe local », « Journée thématique » ou « Autre ».")]
    [InlineData("AP-1;12/02/2019;Formation;Titre;50;3;Tous", "Public", "G2", "« Tous » n'est pas une valeur de « Public » : valeurs attendues « Jeunesse », « Parentalité » ou « Commun ».")]
    [InlineData("AP-1;12/02/2019;Formation;Titre;50;0;Commun", "Durée (heures)", "F2", "« 0 » n'est pas une durée valide : un nombre d'heures supérieur à 0 et au plus 100 est attendu (ex. 2,5).")]
    [InlineData("AP-1;12/02/2019;Formation;Titre;50;trois;Commun", "Durée (heures)", "F2", "« trois » n'est pas une durée valide : un nombre d'heures supérieur à 0 et au plus 100 est attendu (ex. 2,5).")]
    [InlineData("AP-1;12/02/2019;Formation;Titre;99;3;Commun", "Département", "E2", "Département « 99 » inconnu : un code INSEE est attendu (ex. 50, 2A, 974).")]
    [InlineData("AP-1;;Formation;Titre;50;3;Commun", "Date", "B2", "Valeur manquante : « Date » est obligatoire.")]
    [InlineData("AP-1;31/02/2019;Formation;Titre;50;3;Commun", "Date", "B2", "« 31/02/2019 » n'est pas une date valide : une date jj/mm/aaaa ou aaaa-mm-jj est attendue.")]
    [InlineData("AP-1;12/02/2019;Formation;;50;3;Commun", "Intitulé", "D2", "Valeur manquante : « Intitulé » est obligatoire.")]
    public void A_wrong_regroupement_row_is_rejected_with_its_message(string row, string column, string cell, string message)
    {
        var (records, rejections, error) = Regroupements(row, "OK-1;13/02/2019;Formation;Titre;50;2,5;Commun");
        Assert.Null(error);
        var rejection = Assert.Single(rejections);
        Assert.Equal((2, column, cell, message), (rejection.Row, rejection.Column, rejection.Cell, rejection.Message));
        var ok = Assert.Single(records);
        Assert.Equal(new EventRecord("OK-1", new DateOnly(2019, 2, 13), "Formation", "Titre", "50", 2.5m, "Commun", 3), ok);
    }

    [Fact]
    public void A_repeated_code_keeps_the_first_row()
    {
        var (records, rejections, _) = Regroupements("AP-1;12/02/2019;Formation;Titre;50;3;Commun", "ap-1;13/02/2019;Formation;Autre;50;3;Commun");
        Assert.Single(records);
        Assert.Equal("Le regroupement AP-1 figure déjà ligne 2 : cette ligne n'est pas chargée.", Assert.Single(rejections).Message);
    }

    [Fact]
    public void Missing_columns_refuse_the_file()
    {
        using var folder = new TempFolder();
        var path = ReferenceFiles.Csv(folder.Combine("r.csv"), ["Code;Date;Type;Intitulé;Département", "A;12/02/2019;Formation;T;50"]);
        using var document = SourceDocument.Open(path);
        var v = RegroupementsValidator.Validate(document, ISourceDocument.CsvSheetName);
        Assert.Equal("Liste des regroupements : colonnes « Durée (heures) », « Public » introuvables dans la ligne d'en-tête.", v.FileError);
    }

    [Fact]
    public void Attendance_rows_naming_unknown_events_or_promeneurs_are_rejected_and_the_others_load()
    {
        using var folder = new TempFolder();
        var path = ReferenceFiles.Csv(folder.Combine("e.csv"),
        [
            "Code regroupement;Identifiant PdN;Statut",
            "AP-1;PDN-50-0001;Présent",
            "XX-9;PDN-50-0001;Présent",
            "AP-1;PDN-50-0099;Présent",
            "AP-1;PDN-50-0002;En retard",
            "AP-1;pdn-50-0001;Absent",
            "AP-1;50-0003;Présent",
        ]);
        using var document = SourceDocument.Open(path);
        var v = EmargementValidator.Validate(document, ISourceDocument.CsvSheetName,
            code => code == "AP-1", id => id is "PDN-50-0001" or "PDN-50-0002");

        Assert.Equal([new AttendanceRecord("AP-1", "PDN-50-0001", "Présent", 2)], v.Content);
        Assert.Equal(
        [
            (3, "Code regroupement", "Regroupement « XX-9 » inconnu : déposez d'abord la liste des regroupements qui le décrit."),
            (4, "Identifiant PdN", "Promeneur PDN-50-0099 inconnu de la liste des promeneurs : ajoutez-le à la liste de référence."),
            (5, "Statut", "« En retard » n'est pas une valeur de « Statut » : valeurs attendues « Présent », « Excusé » ou « Absent »."),
            (6, "Identifiant PdN", "Le promeneur PDN-50-0001 est déjà émargé pour AP-1 ligne 2 : cette ligne n'est pas chargée."),
            (7, "Identifiant PdN", "« 50-0003 » n'est pas un identifiant de promeneur valide : le format attendu est PDN-<code département>-<4 chiffres> (ex. PDN-50-0007)."),
        ], v.Rejections.Select(r => (r.Row, r.Column, r.Message)));
    }
}

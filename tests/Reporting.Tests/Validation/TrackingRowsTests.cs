using Reporting.Domain.Contracts;
using Reporting.Domain.Model;
using Reporting.Sources.Documents;
using Reporting.Sources.Recognition;
using Reporting.Tests.Support;
using Reporting.Validation.Common;
using Reporting.Validation.Tracking;

namespace Reporting.Tests.Validation;

/// <summary>
/// Temps and Sollicitations of a real tracking workbook (written with EPPlus, read back through
/// <see cref="SourceDocument"/>): a wrong cell rejects its row only, with its place and a French message.
/// </summary>
public sealed class TrackingRowsTests : IDisposable
{
    private const string NotHours = " n'est pas un nombre d'heures : un nombre décimal entre 0 et 300 est attendu (ex. 12,5).";
    private const string HoursOutOfRange = " est hors limites : un nombre d'heures entre 0 et 300 par mois est attendu.";
    private const string NotCount = " n'est pas un nombre entier positif ou nul.";
    private const string NotMonth = " n'est pas un mois valide : un mois de Janvier à Décembre, ou un numéro de 1 à 12, est attendu.";
    private const string NotDate = " n'est pas une date valide : une date jj/mm/aaaa ou aaaa-mm-jj est attendue.";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Validated<TrackingWorkbook> Validate(TrackingWorkbookBuilder builder)
    {
        var path = builder.Save(_folder.Combine($"{Guid.NewGuid():N}.xlsx"));
        using var doc = SourceDocument.Open(path);
        Assert.Equal(InputKind.TrackingWorkbook, FileRecognizer.Recognize(doc).Kind);
        var validated = TrackingWorkbookValidator.Validate(doc);
        Assert.Null(validated.FileError);
        return validated;
    }

    [Fact]
    public void Identification_values_come_out_canonical()
    {
        var id = Validate(new TrackingWorkbookBuilder()).Content!.Identification;
        Assert.Equal(new TrackingIdentification("PDN-SUIVI-1", "PDN-50-0001", "DUPONT", "Camille", "CS-50-001", "50", "Parentalité", 2019), id);
    }

    [Fact]
    public void Temps_loads_good_rows_and_rejects_each_bad_one_where_it_is()
    {
        var validated = Validate(new TrackingWorkbookBuilder()
            .Month("Janvier", 5.5, 2, 1, 10, 4, 3)                          // 2
            .Month("fevrier", "7,25", "1.5", "2", "11", null, null)         // 3
            .Month("Mars", 10, 301.5, 1, 10, 4, 3)                          // 4: hours out of range
            .Month("Avril", 10, 1, 2.5, 10, 4, 3)                           // 5: not a whole count
            .Month()                                                        // 6: blank row
            .Month("Mai", null, null, null, null, null, null)               // 7: not submitted
            .Month("Juin", null, null, null, "12", null, null)              // 8: submitted, blanks are 0
            .Month("janvier", 1, 1, 1, 1, 1, 1)                             // 9: duplicate month
            .Month("Trimestre 1", 1, 1, 1, 1, 1, 1)                         // 10: invalid month
            .Month(new DateTime(2018, 11, 1), 1, 1, 1, 1, 1, 1)             // 11: date outside the year
            .Month("Juillet", "beaucoup", 1, 1, 1, -1.0, 1)                 // 12: two bad cells
            .Month(12.0, "7,5", null, null, null, null, null)               // 13: month number
            .Month(new DateTime(2019, 9, 30), 0, 0, 0, 0, 0, 1)             // 14: month as a date
            .Month(null, 3, 3, 3, 3, 3, 3));                                // 15: no month

        var months = validated.Content!.Months;
        Assert.Equal(
        [
            new MonthActivity(2, 1, 5.5m, 2m, 1, 10, 4, 3),
            new MonthActivity(3, 2, 7.25m, 1.5m, 2, 11, 0, 0),
            new MonthActivity(8, 6, 0m, 0m, 0, 12, 0, 0),
            new MonthActivity(13, 12, 7.5m, 0m, 0, 0, 0, 0),
            new MonthActivity(14, 9, 0m, 0m, 0, 0, 0, 1),
        ], months);
        Assert.Equal(
        [
            new Rejection("Temps", 4, "Heures hors ligne", "C4", "301,5", "« 301,5 »" + HoursOutOfRange),
            new Rejection("Temps", 5, "Permanences", "D5", "2,5", "« 2,5 »" + NotCount),
            new Rejection("Temps", 9, "Mois", "A9", "janvier", "Le mois de Janvier est déjà renseigné ligne 2 : cette ligne n'est pas chargée."),
            new Rejection("Temps", 10, "Mois", "A10", "Trimestre 1", "« Trimestre 1 »" + NotMonth),
            new Rejection("Temps", 11, "Mois", "A11", "01/11/2018", "La date 01/11/2018 n'est pas dans l'année 2019 du tableau de suivi."),
            new Rejection("Temps", 12, "Heures en ligne", "B12", "beaucoup", "« beaucoup »" + NotHours),
            new Rejection("Temps", 12, "Amis professionnels", "F12", "-1", "« -1 »" + NotCount),
            new Rejection("Temps", 15, "Mois", "A15", null, "Valeur manquante : « Mois » est obligatoire."),
        ], validated.Rejections);
        Assert.Equal(7, validated.RejectedRows);
    }

    [Fact]
    public void A_month_rejected_once_may_be_given_again_further_down()
    {
        var validated = Validate(new TrackingWorkbookBuilder()
            .Month("Mars", 400, 0, 0, 0, 0, 0)
            .Month("Mars", 40, 0, 0, 0, 0, 0));

        Assert.Equal(3, Assert.Single(validated.Content!.Months).SourceRow);
        Assert.Equal("B2", Assert.Single(validated.Rejections).Cell);
    }

    [Fact]
    public void A_month_without_values_is_not_submitted_even_when_its_label_is_wrong()
    {
        var validated = Validate(new TrackingWorkbookBuilder()
            .Month("Janvier", 1, 0, 0, 0, 0, 0)
            .Month("Trimestre 1", null, null, null, null, null, null)
            .Month("Février", "  ", null, null, null, null, null));

        Assert.Equal([1], validated.Content!.Months.Select(m => m.Month));
        Assert.Empty(validated.Rejections);
    }

    [Fact]
    public void Hours_bounds_are_inclusive()
    {
        var validated = Validate(new TrackingWorkbookBuilder()
            .Month("Janvier", 0, 300, 0, 0, 0, 0)
            .Month("Février", "300,0", "0,0", 0, 0, 0, 0)
            .Month("Mars", "300,001", 0, 0, 0, 0, 0)
            .Month("Avril", -0.01, 0, 0, 0, 0, 0));

        Assert.Equal([1, 2], validated.Content!.Months.Select(m => m.Month));
        Assert.Equal(300m, validated.Content.Months[0].HeuresHorsLigne);
        Assert.Equal(
        [
            new Rejection("Temps", 4, "Heures en ligne", "B4", "300,001", "« 300,001 »" + HoursOutOfRange),
            new Rejection("Temps", 5, "Heures en ligne", "B5", "-0,01", "« -0,01 »" + HoursOutOfRange),
        ], validated.Rejections);
    }

    [Fact]
    public void Temps_columns_are_found_by_header_in_any_order()
    {
        var builder = new TrackingWorkbookBuilder
        {
            TempsHeader = ["Publications", "Remarques", "  MOIS ", "amis professionnels", "Heures hors ligne", "Amis public", "Permanences", "heures en ligne"],
        };
        var validated = Validate(builder
            .Month(3, "note", "Janvier", 4, 2, 10, 1, 5.5)
            .Month(3, null, "Février", 4, 2, 10, "x", 5.5));

        Assert.Equal(new MonthActivity(2, 1, 5.5m, 2m, 1, 10, 4, 3), Assert.Single(validated.Content!.Months));
        Assert.Equal(new Rejection("Temps", 3, "Permanences", "G3", "x", "« x »" + NotCount), Assert.Single(validated.Rejections));
    }

    [Fact]
    public void Sollicitations_load_good_rows_and_reject_each_bad_one_where_it_is()
    {
        var validated = Validate(new TrackingWorkbookBuilder()
            .Solicitation(new DateTime(2019, 1, 3), " recue ", "parent", "message prive", "SCOLARITE", "6-11 ans", "oui")           // 2
            .Solicitation(new DateTime(2018, 12, 31), "Reçue", "Parent", "Message privé", "Scolarité", "6-11 ans", "Non")           // 3
            .Solicitation("32/01/2019", "Reçue", "Parent", "Message privé", "Scolarité", "6-11 ans", "Non")                          // 4
            .Solicitation()                                                                                                          // 5
            .Solicitation(new DateTime(2019, 2, 1), "Initiée", "Jeune", "Par pigeon", "Loisirs et culture", "15-18 ans", "Non")     // 6
            .Solicitation(new DateTime(2019, 2, 2), null, "Jeune", "Autre", "Autre", "15-18 ans", "Non")                            // 7
            .Solicitation("2019-03-15", "Initiée", "futur parent", "Visioconference", "Acces aux droits", "Non precise", null)       // 8
            .Solicitation("15/03/2019", "Initiée", "Jeune", "Autre", "Autre", "18-25 ans", "Peut-être")                              // 9
            .Solicitation("15/03/2019", "Initiée", "Jeune", "Autre", "Météo", "26-30 ans", "Non")                                    // 10
            .Solicitation(43539.0, "Reçue", "Professionnel", "Action collective", "Numérique et écrans", "11-15 ans", true)        // 11
            .Solicitation(null, "Reçue", "Professionnel", "Action collective", "Autre", "0-3 ans", "Non"));                          // 12

        Assert.Equal(
        [
            new Solicitation(2, new DateOnly(2019, 1, 3), "Reçue", "Parent", "Message privé", "Scolarité", "6-11 ans", true),
            new Solicitation(8, new DateOnly(2019, 3, 15), "Initiée", "Futur parent", "Visioconférence", "Accès aux droits", "Non précisé", false),
            new Solicitation(11, new DateOnly(2019, 3, 15), "Reçue", "Professionnel", "Action collective", "Numérique et écrans", "11-15 ans", true),
        ], validated.Content!.Solicitations);
        Assert.Equal(
        [
            new Rejection("Sollicitations", 3, "Date", "A3", "31/12/2018", "La date 31/12/2018 n'est pas dans l'année 2019 du tableau de suivi."),
            new Rejection("Sollicitations", 4, "Date", "A4", "32/01/2019", "« 32/01/2019 »" + NotDate),
            new Rejection("Sollicitations", 6, "Modalité", "D6", "Par pigeon",
                "« Par pigeon » n'est pas une valeur de « Modalité » : valeurs attendues « Message privé », « Commentaire ou publication », « Rendez-vous en face à face », « Action collective », « Appel téléphonique », « Visioconférence », « Orientation vers un partenaire » ou « Autre »."),
            new Rejection("Sollicitations", 7, "Sens", "B7", null, "Valeur manquante : « Sens » est obligatoire."),
            new Rejection("Sollicitations", 9, "Nouveau participant", "G9", "Peut-être", "« Peut-être » n'est pas une valeur de « Nouveau participant » : valeurs attendues « Oui » ou « Non »."),
            new Rejection("Sollicitations", 10, "Thème", "E10", "Météo",
                "« Météo » n'est pas une valeur de « Thème » : valeurs attendues « Information sur la structure », « Activités de la structure », « Parentalité et éducation », « Scolarité », « Santé et bien-être », « Loisirs et culture », « Accès aux droits », « Vie quotidienne », « Numérique et écrans » ou « Autre »."),
            new Rejection("Sollicitations", 10, "Tranche d'âge", "F10", "26-30 ans",
                "« 26-30 ans » n'est pas une valeur de « Tranche d'âge » : valeurs attendues « 0-3 ans », « 3-6 ans », « 6-11 ans », « 11-15 ans », « 15-18 ans », « 18-25 ans » ou « Non précisé »."),
            new Rejection("Sollicitations", 12, "Date", "A12", null, "Valeur manquante : « Date » est obligatoire."),
        ], validated.Rejections);
        Assert.Equal(7, validated.RejectedRows);
    }

    [Fact]
    public void Interlocuteur_rejection_lists_the_allowed_values()
    {
        var validated = Validate(new TrackingWorkbookBuilder()
            .Solicitation(new DateTime(2019, 5, 5), "Reçue", "Voisin", "Autre", "Autre", "0-3 ans", "Non"));

        Assert.Empty(validated.Content!.Solicitations);
        Assert.Equal(
            new Rejection("Sollicitations", 2, "Interlocuteur", "C2", "Voisin", "« Voisin » n'est pas une valeur de « Interlocuteur » : valeurs attendues « Parent », « Futur parent », « Jeune », « Professionnel » ou « Autre »."),
            Assert.Single(validated.Rejections));
    }

    [Fact]
    public void Dates_on_the_edges_of_the_year()
    {
        var validated = Validate(new TrackingWorkbookBuilder()
            .Solicitation(new DateTime(2019, 1, 1), "Reçue", "Parent", "Autre", "Autre", "0-3 ans", "Non")
            .Solicitation(new DateTime(2019, 12, 31, 23, 59, 0), "Reçue", "Parent", "Autre", "Autre", "0-3 ans", "Non")
            .Solicitation("01/01/2020", "Reçue", "Parent", "Autre", "Autre", "0-3 ans", "Non"));

        Assert.Equal([new DateOnly(2019, 1, 1), new DateOnly(2019, 12, 31)], validated.Content!.Solicitations.Select(s => s.Date));
        Assert.Equal("La date 01/01/2020 n'est pas dans l'année 2019 du tableau de suivi.", Assert.Single(validated.Rejections).Message);
    }

    [Fact]
    public void Nouveau_participant_blank_is_non()
    {
        var validated = Validate(new TrackingWorkbookBuilder()
            .Solicitation(new DateTime(2019, 5, 5), "Reçue", "Parent", "Autre", "Autre", "0-3 ans")
            .Solicitation(new DateTime(2019, 5, 6), "Reçue", "Parent", "Autre", "Autre", "0-3 ans", "  ")
            .Solicitation(new DateTime(2019, 5, 7), "Reçue", "Parent", "Autre", "Autre", "0-3 ans", "OUI")
            .Solicitation(new DateTime(2019, 5, 8), "Reçue", "Parent", "Autre", "Autre", "0-3 ans", false));

        Assert.Equal([false, false, true, false], validated.Content!.Solicitations.Select(s => s.NouveauParticipant));
        Assert.Empty(validated.Rejections);
    }

    [Fact]
    public void Sollicitations_columns_are_found_by_header_in_any_order()
    {
        var builder = new TrackingWorkbookBuilder
        {
            SollicitationsHeader = ["N°", "Nouveau participant", "Tranche d’âge", "Thème", "Modalité", "Interlocuteur", "Sens", "Date"],
        };
        var validated = Validate(builder
            .Solicitation(1.0, "Non", "0-3 ans", "Autre", "Autre", "Parent", "Reçue", new DateTime(2019, 4, 1))
            .Solicitation(2.0, "Non", "0-3 ans", "Autre", "Autre", "Parent", "Reçue", new DateTime(2020, 4, 1)));

        Assert.Equal(2, Assert.Single(validated.Content!.Solicitations).SourceRow);
        var rejection = Assert.Single(validated.Rejections);
        Assert.Equal(("Date", "H3", "01/04/2020"), (rejection.Column, rejection.Cell, rejection.Value));
    }

    [Fact]
    public void A_workbook_with_headers_only_loads_nothing_and_rejects_nothing()
    {
        var validated = Validate(new TrackingWorkbookBuilder());
        Assert.Empty(validated.Content!.Months);
        Assert.Empty(validated.Content.Solicitations);
        Assert.Empty(validated.Rejections);
    }

    [Fact]
    public void Total_rows_added_below_the_tables_are_skipped_without_a_rejection()
    {
        var validated = Validate(new TrackingWorkbookBuilder()
            .Month("Janvier", 5, 1, 1, 10, 2, 1)
            .Month("Février", 3, 1, 0, 12, 3, 0)
            .Month("Total", 8, 2, 1, 22, 5, 1)
            .Month("  TOTAL annuel ", 8, 2, 1, 22, 5, 1)
            .Solicitation(new DateTime(2019, 1, 3), "Reçue", "Parent", "Message privé", "Scolarité", "6-11 ans", "Oui")
            .Solicitation("Total", null, null, null, null, null, null)
            .Solicitation("Cumul", "2", null, null, null, null, "1"));

        Assert.Empty(validated.Rejections);
        Assert.Equal([1, 2], validated.Content!.Months.Select(m => m.Month));
        Assert.Single(validated.Content.Solicitations);
    }
}

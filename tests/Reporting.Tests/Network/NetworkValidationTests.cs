using Reporting.Domain.Contracts;
using Reporting.Domain.Model;
using Reporting.Sources.Documents;
using Reporting.Sources.Recognition;
using Reporting.Tests.Support;
using Reporting.Validation.Common;
using Reporting.Validation.Events;
using Reporting.Validation.Network;

namespace Reporting.Tests.Network;

/// <summary>The exact French messages of the version 2 inputs (INPUTS.md §5–7), one per rule.</summary>
public sealed class NetworkValidationTests
{
    private const string ReseauHeader = "Département;Mois;Label;Documents;Photos;Posts;Posts organisation;Posts vie du réseau;Posts ressources;Membres promeneurs;Membres autres";
    private const string ParcoursHeader = "Identifiant PdN;Étape;Date";
    private const string GroupesHeader = "Groupe;Département;Identifiant PdN;Date d'entrée;Date de sortie";
    private static readonly DateOnly Today = new(2020, 6, 15);

    private static Validated<T> Read<T>(InputKind kind, string[] lines, Func<ISourceDocument, string, Validated<T>> validate)
    {
        using var folder = new TempFolder();
        var path = ReferenceFiles.Csv(folder.Combine("f.csv"), lines);
        using var document = SourceDocument.Open(path);
        var recognition = FileRecognizer.Recognize(document);
        Assert.Equal(kind, recognition.Kind);
        return validate(document, recognition.Sheet);
    }

    private static Validated<IReadOnlyList<NetworkActivityRecord>> Reseau(params string[] rows) =>
        Read(InputKind.ActiviteReseau, [ReseauHeader, .. rows], ActiviteReseauValidator.Validate);

    private static Validated<IReadOnlyList<OnboardingStepRecord>> Parcours(Func<string, DateOnly?> loaded, params string[] rows) =>
        Read(InputKind.Parcours, [ParcoursHeader, .. rows], (d, s) => ParcoursValidator.Validate(d, s, id => id is "PDN-50-0001" or "PDN-50-0002", loaded, Today));

    private static Validated<IReadOnlyList<GroupMembershipRecord>> Groupes(params string[] rows) =>
        Read(InputKind.GroupesLocaux, [GroupesHeader, .. rows], (d, s) => GroupesLocauxValidator.Validate(d, s, id => id.StartsWith("PDN-50-00", StringComparison.Ordinal)));

    private static void AssertOnly<T>(Validated<T> v, int row, string column, string cell, string message)
    {
        Assert.Null(v.FileError);
        var rejection = Assert.Single(v.Rejections);
        Assert.Equal((row, column, cell, message), (rejection.Row, rejection.Column, rejection.Cell, rejection.Message));
    }

    [Theory]
    [InlineData("99;2019-03;Commun;1;2;3;1;1;1;20;5", "Département", "A2", "Département « 99 » inconnu : un code INSEE est attendu (ex. 50, 2A, 974).")]
    [InlineData(";2019-03;Commun;1;2;3;1;1;1;20;5", "Département", "A2", "Valeur manquante : « Département » est obligatoire.")]
    [InlineData("50;mars;Commun;1;2;3;1;1;1;20;5", "Mois", "B2", "« mars » n'est pas un mois valide : un mois aaaa-mm ou mm/aaaa, ou une date de ce mois, est attendu (ex. 2019-03).")]
    [InlineData("50;2019-13;Commun;1;2;3;1;1;1;20;5", "Mois", "B2", "« 2019-13 » n'est pas un mois valide : un mois aaaa-mm ou mm/aaaa, ou une date de ce mois, est attendu (ex. 2019-03).")]
    [InlineData("50;;Commun;1;2;3;1;1;1;20;5", "Mois", "B2", "Valeur manquante : « Mois » est obligatoire.")]
    [InlineData("50;2019-03;Tous;1;2;3;1;1;1;20;5", "Label", "C2", "« Tous » n'est pas une valeur de « Label » : valeurs attendues « Jeunesse », « Parentalité » ou « Commun ».")]
    [InlineData("50;2019-03;Commun;-1;2;3;1;1;1;20;5", "Documents", "D2", "« -1 » n'est pas un nombre entier positif ou nul.")]
    [InlineData("50;2019-03;Commun;1;2,5;3;1;1;1;20;5", "Photos", "E2", "« 2,5 » n'est pas un nombre entier positif ou nul.")]
    [InlineData("50;2019-03;Commun;1;2;3;1;1;1;vingt;5", "Membres promeneurs", "J2", "« vingt » n'est pas un nombre entier positif ou nul.")]
    [InlineData("50;2019-03;Commun;1;2;7;3;1;2;20;5", "Posts", "F2", "Les posts par sujet (organisation 3 + vie du réseau 1 + ressources 2 = 6) ne font pas le total « Posts » (7) : la somme des trois colonnes doit être égale à « Posts ».")]
    public void A_wrong_network_activity_row_is_rejected_with_its_message(string row, string column, string cell, string message)
    {
        var v = Reseau(row, "50;04/2019;parentalite;2;3;4;2;1;1;21;5");
        AssertOnly(v, 2, column, cell, message);
        Assert.Equal(new NetworkActivityRecord("50", 2019, 4, "Parentalité", 2, 3, 4, 2, 1, 1, 21, 5, 3), Assert.Single(v.Content!));
    }

    [Fact]
    public void A_network_month_may_be_a_date_and_blank_counts_are_zero()
    {
        var v = Reseau("50;15/03/2019;Jeunesse;;;;;;;;", "2A;2019-3;Commun;1;0;2;2;0;0;3;1");
        Assert.Empty(v.Rejections);
        Assert.Equal([(3, "50"), (3, "2A")], v.Content!.Select(r => (r.Month, r.Departement)));
        Assert.Equal(0, v.Content![0].Posts);
    }

    [Fact]
    public void A_repeated_network_row_keeps_the_first()
    {
        var v = Reseau("50;2019-03;Commun;1;2;3;1;1;1;20;5", "50;03/2019;commun;9;9;0;0;0;0;9;9");
        AssertOnly(v, 3, "Mois", "B3", "Le département 50, label Commun, mois 03/2019 figure déjà ligne 2 : cette ligne n'est pas chargée.");
        Assert.Equal(1, Assert.Single(v.Content!).Documents);
    }

    [Fact]
    public void A_network_file_without_a_column_is_refused()
    {
        using var folder = new TempFolder();
        var path = ReferenceFiles.Csv(folder.Combine("f.csv"), ["Département;Mois;Label;Documents;Photos;Posts;Posts organisation;Posts vie du réseau;Membres promeneurs;Membres autres", "50;2019-03;Commun;1;1;1;1;0;1;1"]);
        using var document = SourceDocument.Open(path);
        Assert.Equal(InputKind.ActiviteReseau, FileRecognizer.Recognize(document).Kind);
        var v = ActiviteReseauValidator.Validate(document, ISourceDocument.CsvSheetName);
        Assert.Equal("Activité du groupe du réseau : colonne « Posts ressources » introuvable dans la ligne d'en-tête.", v.FileError);
    }

    [Theory]
    [InlineData("PDN-50-0009;Signature de la charte;01/03/2020", "Identifiant PdN", "A2", "Promeneur PDN-50-0009 inconnu de la liste des promeneurs : ajoutez-le à la liste de référence.")]
    [InlineData("50-0001;Signature de la charte;01/03/2020", "Identifiant PdN", "A2", "« 50-0001 » n'est pas un identifiant de promeneur valide : le format attendu est PDN-<code département>-<4 chiffres> (ex. PDN-50-0007).")]
    [InlineData("PDN-50-0001;Formation initiale;01/03/2020", "Étape", "B2", "« Formation initiale » n'est pas une valeur de « Étape » : valeurs attendues « Demande de l'employeur », « Entretien préalable », « Signature de la charte », « Création du compte professionnel » ou « Fiche annuaire national ».")]
    [InlineData("PDN-50-0001;Premier mois transmis;01/03/2020", "Étape", "B2", "« Premier mois transmis » ne se saisit pas : cette étape est lue dans les tableaux de suivi (premier mois transmis).")]
    [InlineData("PDN-50-0001;Signature de la charte;", "Date", "C2", "Valeur manquante : « Date » est obligatoire.")]
    [InlineData("PDN-50-0001;Signature de la charte;16/06/2020", "Date", "C2", "La date 16/06/2020 est dans le futur : une étape déjà franchie est attendue (au plus tard le 15/06/2020).")]
    [InlineData("PDN-50-0001;Demande de l'employeur;01/07/2020", "Date", "C2", "La date 01/07/2020 est dans le futur : une étape déjà franchie est attendue (au plus tard le 15/06/2020).")]
    [InlineData("PDN-50-0001;Signature de la charte;31/01/2020", "Date", "C2", "La date 31/01/2020 est antérieure à l'entretien préalable du 01/02/2020 : « Signature de la charte » ne peut pas le précéder.")]
    public void A_wrong_journey_row_is_rejected_with_its_message(string row, string column, string cell, string message)
    {
        var v = Parcours(_ => null, row, "PDN-50-0001;entretien prealable;01/02/2020");
        AssertOnly(v, 2, column, cell, message);
        Assert.Equal(new OnboardingStepRecord("PDN-50-0001", "Entretien préalable", new DateOnly(2020, 2, 1), 3), Assert.Single(v.Content!));
    }

    [Fact]
    public void The_interview_comes_from_the_warehouse_when_the_file_has_none_and_the_employer_request_may_precede_it()
    {
        var v = Parcours(id => id == "PDN-50-0002" ? new DateOnly(2020, 3, 1) : null,
            "PDN-50-0002;Fiche annuaire national;28/02/2020",
            "PDN-50-0002;Demande de l'employeur;10/01/2020",
            "PDN-50-0002;Création du compte professionnel;01/03/2020",
            "PDN-50-0001;Signature de la charte;01/01/2020");
        AssertOnly(v, 2, "Date", "C2", "La date 28/02/2020 est antérieure à l'entretien préalable du 01/03/2020 : « Fiche annuaire national » ne peut pas le précéder.");
        Assert.Equal(["Demande de l'employeur", "Création du compte professionnel", "Signature de la charte"], v.Content!.Select(r => r.Etape));
    }

    [Fact]
    public void A_repeated_step_keeps_the_first()
    {
        var v = Parcours(_ => null, "PDN-50-0001;Signature de la charte;01/03/2020", "pdn-50-0001;signature de la charte;02/03/2020");
        AssertOnly(v, 3, "Étape", "B3", "L'étape « Signature de la charte » du promeneur PDN-50-0001 figure déjà ligne 2 : cette ligne n'est pas chargée.");
    }

    [Theory]
    [InlineData(";50;PDN-50-0001;01/01/2019;", "Groupe", "A2", "Valeur manquante : « Groupe » est obligatoire.")]
    [InlineData("Sud;99;PDN-50-0001;01/01/2019;", "Département", "B2", "Département « 99 » inconnu : un code INSEE est attendu (ex. 50, 2A, 974).")]
    [InlineData("Sud;50;PDN-14-0001;01/01/2019;", "Identifiant PdN", "C2", "Promeneur PDN-14-0001 inconnu de la liste des promeneurs : ajoutez-le à la liste de référence.")]
    [InlineData("Sud;50;;01/01/2019;", "Identifiant PdN", "C2", "Valeur manquante : « Identifiant PdN » est obligatoire.")]
    [InlineData("Sud;50;PDN-50-0001;;", "Date d'entrée", "D2", "Valeur manquante : « Date d'entrée » est obligatoire.")]
    [InlineData("Sud;50;PDN-50-0001;01/01/2019;demain", "Date de sortie", "E2", "« demain » n'est pas une date valide : une date jj/mm/aaaa ou aaaa-mm-jj est attendue.")]
    [InlineData("Sud;50;PDN-50-0001;01/01/2019;31/12/2018", "Date de sortie", "E2", "La date de sortie 31/12/2018 est antérieure à la date d'entrée 01/01/2019.")]
    public void A_wrong_membership_row_is_rejected_with_its_message(string row, string column, string cell, string message)
    {
        var v = Groupes(row, "Groupe local  Sud-Manche;50;PDN-50-0002;2019-01-01;");
        AssertOnly(v, 2, column, cell, message);
        Assert.Equal(new GroupMembershipRecord("Groupe local Sud-Manche", "50", "PDN-50-0002", new DateOnly(2019, 1, 1), null, 3), Assert.Single(v.Content!));
        Assert.Empty(v.Warnings);
    }

    [Fact]
    public void A_group_keeps_the_spelling_of_its_first_row_and_a_repeated_entry_is_rejected()
    {
        var v = Groupes("Groupe local Sud-Manche;50;PDN-50-0001;01/01/2019;", "groupe local sud manche;50;PDN-50-0002;01/01/2019;", "GROUPE LOCAL SUD-MANCHE;50;PDN-50-0001;01/01/2019;30/06/2019");
        AssertOnly(v, 4, "Identifiant PdN", "C4", "Le promeneur PDN-50-0001 entre déjà dans « Groupe local Sud-Manche » le 01/01/2019 ligne 2 : cette ligne n'est pas chargée.");
        Assert.Equal(["Groupe local Sud-Manche", "Groupe local Sud-Manche"], v.Content!.Select(r => r.Groupe));
    }

    [Fact]
    public void A_sixteenth_member_loads_and_flags_the_group()
    {
        // 15 members from January; one leaves on 31/03; two join on 31/03 (16 that day), then 16 from 01/04 is 16 too.
        var rows = Enumerable.Range(1, 15).Select(i => $"Nord;50;PDN-50-{i:0000};01/01/2019;{(i == 1 ? "31/03/2019" : "")}")
            .Append("Nord;50;PDN-50-0016;31/03/2019;").ToArray();
        var v = Groupes(rows);
        Assert.Empty(v.Rejections);
        Assert.Equal(16, v.Content!.Count);
        Assert.Equal("Le groupe local « Nord » (département 50) compte 16 membres le 31/03/2019 : un groupe local compte au plus 15 membres. Les adhésions sont chargées ; le groupe est signalé dans les annexes.", Assert.Single(v.Warnings));
    }

    [Fact]
    public void A_member_leaving_the_day_before_another_joins_keeps_the_group_at_15()
    {
        var rows = Enumerable.Range(1, 15).Select(i => $"Nord;50;PDN-50-{i:0000};01/01/2019;{(i == 1 ? "30/03/2019" : "")}")
            .Append("Nord;50;PDN-50-0016;31/03/2019;").ToArray();
        Assert.Empty(Groupes(rows).Warnings);
    }

    private const string RegroupementsHeader = "Code;Date;Type;Intitulé;Département;Durée (heures);Public;Groupe";

    private static Validated<IReadOnlyList<EventRecord>> Regroupements(params string[] rows) =>
        Read(InputKind.Regroupements, [RegroupementsHeader, .. rows], (d, s) => RegroupementsValidator.Validate(d, s,
            (dep, name) => dep == "50" && Reporting.Domain.Text.TextKey.Equal(name, "Groupe local Sud-Manche") ? "Groupe local Sud-Manche" : null));

    [Theory]
    [InlineData("GL-1;12/02/2019;Groupe local;Rencontre;50;3;Commun;Nord-Manche", "Groupe", "H2", "Groupe local « Nord-Manche » inconnu dans le département 50 : déposez d'abord le fichier des groupes locaux qui le décrit.")]
    [InlineData("GL-1;12/02/2019;Groupe local;Rencontre;14;3;Commun;Groupe local Sud-Manche", "Groupe", "H2", "Groupe local « Groupe local Sud-Manche » inconnu dans le département 14 : déposez d'abord le fichier des groupes locaux qui le décrit.")]
    [InlineData("GL-1;12/02/2019;Formation;Rencontre;50;3;Commun;Groupe local Sud-Manche", "Groupe", "H2", "« Groupe local Sud-Manche » : seul un regroupement de type « Groupe local » appartient à un groupe ; laissez « Groupe » vide pour un regroupement de type « Formation ».")]
    public void A_regroupement_naming_a_wrong_group_is_rejected(string row, string column, string cell, string message)
    {
        var v = Regroupements(row, "GL-2;13/02/2019;Groupe local;Rencontre;50;2;Commun;groupe local sud manche", "AP-1;14/02/2019;Analyse des pratiques;AP;50;2;Commun;");
        AssertOnly(v, 2, column, cell, message);
        Assert.Equal([("GL-2", "Groupe local Sud-Manche"), ("AP-1", null)], v.Content!.Select(e => (e.Code, e.Groupe)));
    }
}

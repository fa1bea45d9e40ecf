namespace Reporting.Domain.Categories;

/// <summary>The closed lists of INPUTS.md, version 1, with their canonical spellings.</summary>
public static class Lists
{
    public static readonly CategoryList Sens = new("Sens", ["Reçue", "Initiée"]);

    public static readonly CategoryList Interlocuteur = new("Interlocuteur",
        ["Parent", "Futur parent", "Jeune", "Professionnel", "Autre"]);

    public static readonly CategoryList Modalite = new("Modalité",
    [
        "Message privé", "Commentaire ou publication", "Rendez-vous en face à face", "Action collective",
        "Appel téléphonique", "Visioconférence", "Orientation vers un partenaire", "Autre",
    ]);

    public static readonly CategoryList Theme = new("Thème",
    [
        "Information sur la structure", "Activités de la structure", "Parentalité et éducation", "Scolarité",
        "Santé et bien-être", "Loisirs et culture", "Accès aux droits", "Vie quotidienne", "Numérique et écrans", "Autre",
    ]);

    public static readonly CategoryList TrancheAge = new("Tranche d'âge",
        ["0-3 ans", "3-6 ans", "6-11 ans", "11-15 ans", "15-18 ans", "18-25 ans", "Non précisé"]);

    public static readonly CategoryList OuiNon = new("Nouveau participant", ["Oui", "Non"]);

    public static readonly CategoryList Label = new("Label", ["Jeunesse", "Parentalité"],
        new Dictionary<string, string> { ["PdNJ"] = "Jeunesse", ["PdNP"] = "Parentalité" });

    public static readonly CategoryList TypeStructure = new("Type",
    [
        "Centre social", "Espace de vie sociale", "Espace de parents", "Maison des jeunes",
        "Foyer de jeunes travailleurs", "Point information jeunesse", "Association", "Collectivité", "Autre",
    ], new Dictionary<string, string> { ["EVS"] = "Espace de vie sociale", ["PIJ"] = "Point information jeunesse", ["FJT"] = "Foyer de jeunes travailleurs", ["MJC"] = "Maison des jeunes" });

    public static readonly CategoryList TypeRegroupement = new("Type",
        ["Analyse des pratiques", "Journée départementale", "Formation", "Groupe local", "Journée thématique", "Autre"]);

    /// <summary>Who a regroupement is for: one label, or both ("Commun").</summary>
    public static readonly CategoryList PublicRegroupement = new("Public", ["Jeunesse", "Parentalité", "Commun"]);

    public const string Commun = "Commun";

    /// <summary>The label of a row of the network group's activity (INPUTS.md §5): one label, or both ("Commun").</summary>
    public static readonly CategoryList LabelReseau = new("Label", ["Jeunesse", "Parentalité", "Commun"],
        new Dictionary<string, string> { ["PdNJ"] = "Jeunesse", ["PdNP"] = "Parentalité" });

    /// <summary>The typed steps of the onboarding journey (INPUTS.md §6), in their order.</summary>
    public static readonly CategoryList EtapeParcours = new("Étape",
        ["Demande de l'employeur", "Entretien préalable", "Signature de la charte", "Création du compte professionnel", "Fiche annuaire national"]);

    public const string DemandeEmployeur = "Demande de l'employeur";
    public const string EntretienPrealable = "Entretien préalable";

    /// <summary>The last step of the journey, never typed: the first month the promeneur submitted in a tracking workbook.</summary>
    public const string PremierMoisTransmis = "Premier mois transmis";

    /// <summary>Every step of the journey as the indicators show it: the typed ones, then <see cref="PremierMoisTransmis"/>.</summary>
    public static readonly IReadOnlyList<string> EtapesIndicateur = [.. EtapeParcours.Values, PremierMoisTransmis];

    /// <summary>The topics of the network group's posts (INPUTS.md §5), as the JSON key <c>reseau.sujets</c> names them.</summary>
    public static readonly IReadOnlyList<string> SujetsReseau = ["organisation", "vie du réseau", "ressources"];

    public static readonly CategoryList StatutEmargement = new("Statut", ["Présent", "Excusé", "Absent"],
        new Dictionary<string, string> { ["Présente"] = "Présent", ["Excusée"] = "Excusé", ["Absente"] = "Absent" });

    /// <summary>The type of a question of a questionnaire (INPUTS.md §4).</summary>
    public static readonly CategoryList TypeQuestion = new("Type", ["choix unique", "choix multiple", "échelle", "nombre", "texte"]);

    /// <summary>Who answered a questionnaire: the promeneur (QQ), or someone around the promeneur (QF).</summary>
    public static readonly CategoryList TypeRepondant = new("Type de répondant", ["Promeneur", "Parent", "Partenaire", "Hiérarchie", "Collègue"]);

    public static readonly IReadOnlyList<string> Mois =
        ["Janvier", "Février", "Mars", "Avril", "Mai", "Juin", "Juillet", "Août", "Septembre", "Octobre", "Novembre", "Décembre"];

    public static readonly CategoryList MoisList = new("Mois", Mois);

    /// <summary>The lists that classify a solicitation, in the order of the sheet's columns.</summary>
    public static readonly IReadOnlyList<CategoryList> SolicitationLists = [Sens, Interlocuteur, Modalite, Theme, TrancheAge];
}

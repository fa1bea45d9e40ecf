namespace Reporting.Domain.Contracts;

/// <summary>The kinds of input file the ETL recognises by content (INPUTS.md).</summary>
public enum InputKind
{
    Unknown,
    TrackingWorkbook,
    Promeneurs,
    Structures,
    Regroupements,
    Emargement,
    QuestionnaireWorkbook,
    QuestionnaireMeta,
    QuestionnaireQuestions,
    QuestionnaireResponses,
    Acces,
    /// <summary>Activité du groupe du réseau (INPUTS.md §5, version 2).</summary>
    ActiviteReseau,
    /// <summary>Parcours de labellisation (INPUTS.md §6, version 2).</summary>
    Parcours,
    /// <summary>Groupes locaux: membership (INPUTS.md §7, version 2).</summary>
    GroupesLocaux,
}

/// <summary>Sheet names, labels and column headers of the input contracts, version 1, canonical spellings.</summary>
public static class InputContract
{
    public const string TemplateVersion = "PDN-SUIVI-1";

    public static class Tracking
    {
        public const string IdentificationSheet = "Identification";
        public const string TempsSheet = "Temps";
        public const string SollicitationsSheet = "Sollicitations";
        public const string InstructionsSheet = "Mode d'emploi";
        public const string ListsSheet = "Listes";

        public const string VersionLabel = "Version du modèle";
        public const string IdentifiantLabel = "Identifiant PdN";
        public const string NomLabel = "Nom";
        public const string PrenomLabel = "Prénom";
        public const string CodeStructureLabel = "Code structure";
        public const string DepartementLabel = "Département";
        public const string LabelLabel = "Label";
        public const string AnneeLabel = "Année";

        public static readonly IReadOnlyList<string> IdentificationLabels =
            [VersionLabel, IdentifiantLabel, NomLabel, PrenomLabel, CodeStructureLabel, DepartementLabel, LabelLabel, AnneeLabel];

        public const string Mois = "Mois";
        public const string HeuresEnLigne = "Heures en ligne";
        public const string HeuresHorsLigne = "Heures hors ligne";
        public const string Permanences = "Permanences";
        public const string AmisPublic = "Amis public";
        public const string AmisProfessionnels = "Amis professionnels";
        public const string Publications = "Publications";

        public static readonly IReadOnlyList<string> TempsColumns =
            [Mois, HeuresEnLigne, HeuresHorsLigne, Permanences, AmisPublic, AmisProfessionnels, Publications];

        public const string Date = "Date";
        public const string Sens = "Sens";
        public const string Interlocuteur = "Interlocuteur";
        public const string Modalite = "Modalité";
        public const string Theme = "Thème";
        public const string TrancheAge = "Tranche d'âge";
        public const string NouveauParticipant = "Nouveau participant";

        public static readonly IReadOnlyList<string> SollicitationsColumns =
            [Date, Sens, Interlocuteur, Modalite, Theme, TrancheAge, NouveauParticipant];
    }

    public static class Promeneurs
    {
        public const string Identifiant = "Identifiant";
        public const string Nom = "Nom";
        public const string Prenom = "Prénom";
        public const string CodeStructure = "Code structure";
        public const string Departement = "Département";
        public const string Label = "Label";
        public const string Metier = "Métier";
        public const string DateLabellisation = "Date de labellisation";
        public const string DateFin = "Date de fin de labellisation";

        public static readonly IReadOnlyList<string> Columns =
            [Identifiant, Nom, Prenom, CodeStructure, Departement, Label, Metier, DateLabellisation, DateFin];

        public static readonly IReadOnlyList<string> Required =
            [Identifiant, Nom, Prenom, CodeStructure, Departement, Label, DateLabellisation];
    }

    public static class Structures
    {
        public const string Code = "Code";
        public const string Nom = "Nom";
        public const string Type = "Type";
        public const string Commune = "Commune";
        public const string Departement = "Département";

        public static readonly IReadOnlyList<string> Columns = [Code, Nom, Type, Commune, Departement];

        public static readonly IReadOnlyList<string> Required = [Code, Nom, Type, Departement];
    }

    /// <summary>The access list of the Power BI dashboard: one row per user principal name and département it may see.</summary>
    public static class Acces
    {
        public const string Utilisateur = "Utilisateur";
        public const string Departement = "Département";
        public static readonly IReadOnlyList<string> Columns = [Utilisateur, Departement];
    }

    public static class Regroupements
    {
        public const string Code = "Code";
        public const string Date = "Date";
        public const string Type = "Type";
        public const string Intitule = "Intitulé";
        public const string Departement = "Département";
        public const string Duree = "Durée (heures)";
        public const string Public = "Public";

        public static readonly IReadOnlyList<string> Columns = [Code, Date, Type, Intitule, Departement, Duree, Public];

        /// <summary>Optional (version 2): the local group an event of type « Groupe local » belongs to.</summary>
        public const string Groupe = "Groupe";

        public static readonly IReadOnlyList<string> AllColumns = [.. Columns, Groupe];
    }

    /// <summary>The activity of the network's private group (INPUTS.md §5): one row per département, label and month.</summary>
    public static class ActiviteReseau
    {
        public const string Departement = "Département";
        public const string Mois = "Mois";
        public const string Label = "Label";
        public const string Documents = "Documents";
        public const string Photos = "Photos";
        public const string Posts = "Posts";
        public const string PostsOrganisation = "Posts organisation";
        public const string PostsVieReseau = "Posts vie du réseau";
        public const string PostsRessources = "Posts ressources";
        public const string MembresPromeneurs = "Membres promeneurs";
        public const string MembresAutres = "Membres autres";

        public static readonly IReadOnlyList<string> Columns =
            [Departement, Mois, Label, Documents, Photos, Posts, PostsOrganisation, PostsVieReseau, PostsRessources, MembresPromeneurs, MembresAutres];

        /// <summary>The count columns, in the order of the header.</summary>
        public static readonly IReadOnlyList<string> Counts =
            [Documents, Photos, Posts, PostsOrganisation, PostsVieReseau, PostsRessources, MembresPromeneurs, MembresAutres];
    }

    /// <summary>The onboarding journey (INPUTS.md §6): one row per promeneur and step.</summary>
    public static class Parcours
    {
        public const string Identifiant = "Identifiant PdN";
        public const string Etape = "Étape";
        public const string Date = "Date";

        public static readonly IReadOnlyList<string> Columns = [Identifiant, Etape, Date];
    }

    /// <summary>Local groups' membership (INPUTS.md §7).</summary>
    public static class GroupesLocaux
    {
        public const string Groupe = "Groupe";
        public const string Departement = "Département";
        public const string Identifiant = "Identifiant PdN";
        public const string DateEntree = "Date d'entrée";
        public const string DateSortie = "Date de sortie";

        public static readonly IReadOnlyList<string> Columns = [Groupe, Departement, Identifiant, DateEntree, DateSortie];

        public static readonly IReadOnlyList<string> Required = [Groupe, Departement, Identifiant, DateEntree];

        /// <summary>Most members a local group should have at any date (seed §9.3).</summary>
        public const int MaxMembers = 15;

        /// <summary>Days a local group should meet in a calendar year (seed §9.3).</summary>
        public const int AnnualMeetings = 3;
    }

    public static class Emargement
    {
        public const string CodeRegroupement = "Code regroupement";
        public const string Identifiant = "Identifiant PdN";
        public const string Statut = "Statut";

        public static readonly IReadOnlyList<string> Columns = [CodeRegroupement, Identifiant, Statut];
    }

    public static class Questionnaire
    {
        public const string MetaSheet = "Questionnaire";
        public const string QuestionsSheet = "Questions";
        public const string ResponsesSheet = "Réponses";

        public const string Code = "Code";
        public const string Intitule = "Intitulé";
        public const string Annee = "Année";
        public const string Departement = "Département";
        public static readonly IReadOnlyList<string> MetaLabels = [Code, Intitule, Annee, Departement];

        public const string CodeQuestion = "Code question";
        public const string Libelle = "Libellé";
        public const string Type = "Type";
        public const string Modalites = "Modalités";
        public static readonly IReadOnlyList<string> QuestionColumns = [CodeQuestion, Libelle, Type, Modalites];

        public const string Horodatage = "Horodatage";
        public const string Identifiant = "Identifiant PdN";
        public const string TypeRepondant = "Type de répondant";

        /// <summary>The fixed columns of the Réponses sheet; one column per question code follows.</summary>
        public static readonly IReadOnlyList<string> ResponseColumns = [Horodatage, Identifiant, TypeRepondant];

        /// <summary>The last part of the name of each file of a questionnaire sent as CSV: <c>&lt;CODE&gt;.questions.csv</c>.</summary>
        public const string MetaFileSuffix = "questionnaire";
        public const string QuestionsFileSuffix = "questions";
        public const string ResponsesFileSuffix = "reponses";
    }

    /// <summary>The French name of a kind, as shown in summaries.</summary>
    public static string Describe(InputKind kind) => kind switch
    {
        InputKind.TrackingWorkbook => "tableau de suivi",
        InputKind.Promeneurs => "liste des promeneurs",
        InputKind.Structures => "liste des structures",
        InputKind.Regroupements => "liste des regroupements",
        InputKind.Emargement => "feuille d'émargement",
        InputKind.QuestionnaireWorkbook => "questionnaire",
        InputKind.QuestionnaireMeta => "questionnaire (description)",
        InputKind.QuestionnaireQuestions => "questionnaire (questions)",
        InputKind.QuestionnaireResponses => "questionnaire (réponses)",
        InputKind.Acces => "liste d'accès au tableau de bord",
        InputKind.ActiviteReseau => "activité du groupe du réseau",
        InputKind.Parcours => "parcours de labellisation",
        InputKind.GroupesLocaux => "groupes locaux",
        _ => "fichier non reconnu",
    };
}

namespace Reporting.Domain.Model;

/// <summary>One row of the <c>promeneurs</c> reference list (INPUTS.md §2).</summary>
public sealed record PromeneurRecord(
    string Identifiant,
    string Nom,
    string Prenom,
    string CodeStructure,
    string Departement,
    string Label,
    string? Metier,
    DateOnly DateLabellisation,
    DateOnly? DateFinLabellisation,
    int SourceRow);

/// <summary>One row of the <c>structures</c> reference list (INPUTS.md §2).</summary>
/// <summary>One row of the access list: a user principal name and a département it may see in Power BI.</summary>
public sealed record AccessRecord(string UserPrincipalName, string Departement, int SourceRow);

public sealed record StructureRecord(string Code, string Nom, string Type, string? Commune, string Departement, int SourceRow);

/// <summary>The Identification sheet of a tracking workbook (INPUTS.md §1).</summary>
public sealed record TrackingIdentification(
    string VersionModele,
    string Identifiant,
    string? Nom,
    string? Prenom,
    string? CodeStructure,
    string Departement,
    string Label,
    int Annee);

/// <summary>One submitted month of the Temps sheet; blank cells of a submitted month are 0.</summary>
public sealed record MonthActivity(
    int SourceRow,
    int Month,
    decimal HeuresEnLigne,
    decimal HeuresHorsLigne,
    int Permanences,
    int AmisPublic,
    int AmisProfessionnels,
    int Publications);

/// <summary>One row of the Sollicitations sheet, in canonical spellings.</summary>
public sealed record Solicitation(
    int SourceRow,
    DateOnly Date,
    string Sens,
    string Interlocuteur,
    string Modalite,
    string Theme,
    string TrancheAge,
    bool NouveauParticipant);

/// <summary>
/// A rejected cell: where it is (sheet, row, column header, cell reference), what was there and
/// a French message saying what was expected. A row with at least one rejection is not loaded.
/// </summary>
public sealed record Rejection(string Sheet, int Row, string Column, string Cell, string? Value, string Message);

/// <summary>One row of the <c>regroupements</c> list (INPUTS.md §3): a network meeting.</summary>
public sealed record EventRecord(string Code, DateOnly Date, string Type, string Intitule, string Departement, decimal DureeHeures, string Public, int SourceRow)
{
    /// <summary>The local group the event belongs to (optional column <c>Groupe</c>, version 2), in its loaded spelling.</summary>
    public string? Groupe { get; init; }
}

/// <summary>One row of the network group's activity (INPUTS.md §5): a département, a label (or Commun) and a month.</summary>
public sealed record NetworkActivityRecord(
    string Departement,
    int Year,
    int Month,
    string Label,
    int Documents,
    int Photos,
    int Posts,
    int PostsOrganisation,
    int PostsVieReseau,
    int PostsRessources,
    int MembresPromeneurs,
    int MembresAutres,
    int SourceRow);

/// <summary>One row of the onboarding journey (INPUTS.md §6): a promeneur reached a step on a date.</summary>
public sealed record OnboardingStepRecord(string Identifiant, string Etape, DateOnly Date, int SourceRow);

/// <summary>One membership of a local group (INPUTS.md §7).</summary>
public sealed record GroupMembershipRecord(string Groupe, string Departement, string Identifiant, DateOnly DateEntree, DateOnly? DateSortie, int SourceRow);

/// <summary>One row of an <c>emargement</c> sheet: a promeneur invited to an event, and whether they came.</summary>
public sealed record AttendanceRecord(string CodeRegroupement, string Identifiant, string Statut, int SourceRow);

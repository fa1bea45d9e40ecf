using Reporting.Domain.Model;

namespace Reporting.Validation.Tracking;

/// <summary>What the reference data says of a promeneur for the workbook's year.</summary>
public sealed record PromeneurReference(string Identifiant, string Departement, IReadOnlyCollection<string> LabelsInYear);

/// <summary>
/// INPUTS.md §1: a workbook whose promeneur is unknown, or whose Département or Label disagrees
/// with the reference data, is not loaded; the message says what to fix.
/// </summary>
public static class ReferenceCheck
{
    public static string? Check(TrackingIdentification id, PromeneurReference? reference)
    {
        if (reference is null)
            return $"Promeneur {id.Identifiant} inconnu de la liste des promeneurs : ajoutez-le à la liste de référence (fichier promeneurs), puis déposez à nouveau ce tableau de suivi.";
        if (reference.Departement != id.Departement)
            return $"Le tableau de suivi indique le département {id.Departement}, mais la liste des promeneurs rattache {id.Identifiant} au département {reference.Departement} : corrigez le tableau ou la liste de référence.";
        if (reference.LabelsInYear.Count > 0 && !reference.LabelsInYear.Contains(id.Label))
            return $"Le tableau de suivi indique le label « {id.Label} », mais la liste des promeneurs donne « {string.Join(" » / « ", reference.LabelsInYear)} » pour {id.Identifiant} en {id.Annee} : corrigez le tableau ou la liste de référence.";
        return null;
    }
}

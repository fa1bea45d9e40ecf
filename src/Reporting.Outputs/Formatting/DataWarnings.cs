using Reporting.Indicators.Definitions;

namespace Reporting.Outputs.Formatting;

/// <summary>
/// What a reader must be told when a period has no data: the figures are zeros because nothing was loaded, not
/// because nothing happened. The same sentences in the table of <c>reporting indicateurs</c>, on the console of
/// <c>reporting annexes</c> and on the first sheet of each annex.
/// </summary>
public static class DataWarnings
{
    /// <summary>The warnings for one territory's set over a period (none for a secret set, whose figures are not shown).</summary>
    public static IReadOnlyList<string> For(IndicatorSet set, string period)
    {
        if (set.Secret) return [];
        var a = set.Amounts;
        if (a["promeneurs"] == 0)
            return [$"Aucune donnée pour {period} : aucun promeneur de la population n'est labellisé sur cette période dans ce périmètre " +
                    "(vérifiez le département, la période, le label, la population, et que la liste des promeneurs est chargée). Les taux et moyennes s'affichent « – »."];
        if (a["mois_attendus"] == 0)
            return [$"Aucun mois attendu pour {period} : le taux de transmission s'affiche « – »."];
        if (!HasActivity(set))
            return [$"Aucune donnée d'activité pour {period} : aucun mois transmis ni aucun regroupement dans l'entrepôt pour cette période " +
                    "(tableaux de suivi pas encore chargés ?). Les chiffres à zéro ne disent pas qu'il ne s'est rien passé."];
        return [];
    }

    /// <summary>Something was loaded for the period: a month transmitted, a solicitation, a regroupement or an attendance row.</summary>
    public static bool HasActivity(IndicatorSet set)
    {
        var a = set.Amounts;
        return a["mois_transmis"] > 0 || a["regroupements"] > 0 || a["emargements"] > 0 || a.Distribution("sens").Values.Sum() > 0;
    }
}

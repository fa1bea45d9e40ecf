namespace Reporting.Indicators.Definitions;

/// <summary>How an indicator is shown: counts and hours are sums, rates are ratios, averages are per promeneur.</summary>
public enum IndicatorKind { Count, Hours, Rate, Average, Distribution }

/// <summary>
/// One indicator of etl/INDICATEURS.md: its JSON key, its French label, and how it derives from the amounts. A rate or
/// an average also names its <see cref="Denominator"/>: when it is 0 there is nothing to divide (the JSON keeps the
/// contract's 0, tables and annexes show « – »).
/// </summary>
public sealed record IndicatorDefinition(string Key, string Libelle, IndicatorKind Kind, Func<IndicatorAmounts, decimal>? Compute = null, string? Distribution = null, Func<IndicatorAmounts, decimal>? Denominator = null)
{
    /// <summary>A rate or an average whose denominator is 0 for these amounts.</summary>
    public bool NothingToDivide(IndicatorAmounts amounts) => Denominator is not null && Denominator(amounts) == 0;
}

/// <summary>
/// Every indicator, defined once, in the order of INDICATORS.md. The JSON output, the table, the
/// Excel annexes and the national comparison iterate this list; none computes an indicator itself.
/// </summary>
public static class IndicatorCatalog
{
    /// <summary>A sum divided by a count; 0 when the count is 0 (nothing expected, nobody in the population).</summary>
    public static decimal Ratio(decimal numerator, decimal denominator) => denominator == 0 ? 0m : numerator / denominator;

    /// <summary>The share of a part in a whole (a label of a distribution, an option of a question); null when the whole is 0 (nothing to divide).</summary>
    public static decimal? Share(decimal part, decimal whole) => whole == 0 ? null : part / whole;

    private static IndicatorDefinition Divided(string key, string libelle, IndicatorKind kind, Func<IndicatorAmounts, decimal> numerator, Func<IndicatorAmounts, decimal> denominator) =>
        new(key, libelle, kind, a => Ratio(numerator(a), denominator(a)), Denominator: denominator);

    private static IndicatorDefinition PerPromeneur(string key, string libelle, Func<IndicatorAmounts, decimal> numerator) =>
        Divided(key, libelle, IndicatorKind.Average, numerator, Promeneurs);

    private static decimal Promeneurs(IndicatorAmounts a) => a["promeneurs"];

    private static decimal HeuresTotal(IndicatorAmounts a) => a["heures_en_ligne"] + a["heures_hors_ligne"];

    private static decimal Recues(IndicatorAmounts a) => a.Distribution("sens")["Reçue"];

    private static decimal Initiees(IndicatorAmounts a) => a.Distribution("sens")["Initiée"];

    public static readonly IReadOnlyList<IndicatorDefinition> All =
    [
        new("promeneurs", "Promeneurs", IndicatorKind.Count, Promeneurs),
        new("mois_attendus", "Mois attendus", IndicatorKind.Count, a => a["mois_attendus"]),
        new("mois_transmis", "Mois transmis", IndicatorKind.Count, a => a["mois_transmis"]),
        Divided("taux_transmission", "Taux de transmission", IndicatorKind.Rate, a => a["mois_transmis"], a => a["mois_attendus"]),
        new("heures_en_ligne", "Heures en ligne", IndicatorKind.Hours, a => a["heures_en_ligne"]),
        new("heures_hors_ligne", "Heures hors ligne", IndicatorKind.Hours, a => a["heures_hors_ligne"]),
        new("heures_total", "Heures au total", IndicatorKind.Hours, HeuresTotal),
        PerPromeneur("heures_par_promeneur", "Heures par promeneur", a => HeuresTotal(a)),
        PerPromeneur("heures_en_ligne_par_promeneur", "Heures en ligne par promeneur", a => a["heures_en_ligne"]),
        PerPromeneur("heures_hors_ligne_par_promeneur", "Heures hors ligne par promeneur", a => a["heures_hors_ligne"]),
        new("permanences", "Permanences", IndicatorKind.Count, a => a["permanences"]),
        new("publications", "Publications", IndicatorKind.Count, a => a["publications"]),
        new("amis_public", "Amis public (fin de période)", IndicatorKind.Count, a => a["amis_public"]),
        new("amis_professionnels", "Amis professionnels (fin de période)", IndicatorKind.Count, a => a["amis_professionnels"]),
        PerPromeneur("amis_public_par_promeneur", "Amis public par promeneur", a => a["amis_public"]),
        PerPromeneur("amis_professionnels_par_promeneur", "Amis professionnels par promeneur", a => a["amis_professionnels"]),
        new("sollicitations_recues", "Sollicitations reçues", IndicatorKind.Count, Recues),
        new("sollicitations_initiees", "Sollicitations initiées", IndicatorKind.Count, Initiees),
        PerPromeneur("sollicitations_recues_par_promeneur", "Sollicitations reçues par promeneur", a => Recues(a)),
        PerPromeneur("sollicitations_initiees_par_promeneur", "Sollicitations initiées par promeneur", a => Initiees(a)),
        new("nouveaux_participants", "Nouveaux participants", IndicatorKind.Count, a => a["nouveaux_participants"]),
        PerPromeneur("nouveaux_participants_par_promeneur", "Nouveaux participants par promeneur", a => a["nouveaux_participants"]),
        new("modalites", "Modalités de réponse", IndicatorKind.Distribution, Distribution: "modalites"),
        new("themes", "Thèmes abordés", IndicatorKind.Distribution, Distribution: "themes"),
        new("tranches_age", "Tranches d'âge", IndicatorKind.Distribution, Distribution: "tranches_age"),
        new("interlocuteurs", "Interlocuteurs", IndicatorKind.Distribution, Distribution: "interlocuteurs"),
        new("regroupements", "Regroupements", IndicatorKind.Count, a => a["regroupements"]),
        new("heures_regroupement", "Heures de regroupement", IndicatorKind.Hours, a => a["heures_regroupement"]),
        Divided("taux_presence", "Taux de présence aux regroupements", IndicatorKind.Rate, a => a["presences"], a => a["emargements"]),
    ];

    public static IndicatorDefinition Get(string key) => All.First(d => d.Key == key);
}

using Reporting.Domain.Periods;
using Reporting.Domain.Territory;
using Reporting.Indicators.Definitions;
using Reporting.Outputs.Formatting;

namespace Reporting.Outputs.Annexes.Layout;

/// <summary>The French words of the annexes: periods, labels, populations, territories.</summary>
internal static class AnnexText
{
    public static string MonthName(int month) => FrenchFormat.Culture.DateTimeFormat.GetMonthName(month);

    /// <summary>"2019", "juin 2019", "janvier à juin 2019", "octobre 2018 à mars 2019".</summary>
    public static string Period(Period period)
    {
        var first = period.FirstDay;
        var last = period.LastDay;
        if (first.Month == 1 && last.Month == 12 && first.Year == last.Year) return $"{first.Year}";
        if (period.MonthCount == 1) return $"{MonthName(first.Month)} {first.Year}";
        return first.Year == last.Year
            ? $"{MonthName(first.Month)} à {MonthName(last.Month)} {last.Year}"
            : $"{MonthName(first.Month)} {first.Year} à {MonthName(last.Month)} {last.Year}";
    }

    public static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpper(text[0], FrenchFormat.Culture) + text[1..];

    public static string Label(string? label) => label is null ? "tous labels (Jeunesse et Parentalité)" : $"PdN {label}";

    public static string Population(Population population, Period period) => population == Indicators.Definitions.Population.PeriodeComplete
        ? (period.MonthCount == 12 ? "promeneurs actifs toute l'année" : "promeneurs actifs pendant toute la période")
        : (period.MonthCount == 12 ? "promeneurs actifs au moins un jour de l'année" : "promeneurs actifs au moins un jour de la période");

    /// <summary>"Manche (50)".</summary>
    public static string Departement(string code) => Departements.Exists(code) ? $"{Departements.Get(code).Nom} ({code})" : code;

    public static string Plural(decimal n, string singular, string plural) => FrenchPlural.Count(n, singular, plural);
}

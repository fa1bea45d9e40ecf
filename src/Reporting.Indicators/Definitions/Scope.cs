using Reporting.Domain.Periods;

namespace Reporting.Indicators.Definitions;

/// <summary>Which promeneurs a computation counts (INDICATORS.md "Population").</summary>
public enum Population
{
    /// <summary>Active at least one day of the period (default).</summary>
    Actifs,

    /// <summary>Active every day of the period (how the seed evaluation counted).</summary>
    PeriodeComplete,
}

/// <summary>The scope of a computation: territory (a département, or national), period, label, population.</summary>
public sealed record Scope(string? Departement, Period Period, string? Label, Population Population)
{
    public bool IsNational => Departement is null;

    public string Territoire => Departement ?? "national";

    public static string PopulationText(Population p) => p == Population.PeriodeComplete ? "periode-complete" : "actifs";

    public static Population? ParsePopulation(string? text) => Domain.Text.TextKey.Of(text) switch
    {
        "" or "actifs" or "actif" => Population.Actifs,
        "periode-complete" or "periode complete" => Population.PeriodeComplete,
        _ => null,
    };
}

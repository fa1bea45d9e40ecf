using System.Globalization;
using Reporting.Domain.Periods;

namespace Reporting.Indicators.Aggregates;

/// <summary>A period of the indicator aggregate and its kind (<c>month</c>, <c>year</c>, <c>ytd</c>, <c>rolling12</c>).</summary>
public sealed record AggregatePeriod(string Kind, Period Period)
{
    public static readonly IReadOnlyDictionary<string, string> KindNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["month"] = "Mois",
        ["year"] = "Année civile",
        ["ytd"] = "Cumul depuis janvier",
        ["rolling12"] = "12 mois glissants",
    };

    public string KindName => KindNames[Kind];

    /// <summary>The period as « reporting indicateurs --periode » reads it.</summary>
    public string Code => Period.Text;

    /// <summary>The French name shown in the dashboard: « juin 2019 », « 2019 », « janvier à juin 2019 », « juillet 2018 à juin 2019 ».</summary>
    public string Name => Kind switch
    {
        "month" => MonthName(Period.FirstDay),
        "year" => Period.FirstDay.Year.ToString(CultureInfo.InvariantCulture),
        "ytd" when Period.MonthCount == 1 => $"{MonthName(Period.FirstDay)} (cumul)",
        "ytd" => $"{Month(Period.FirstDay)} à {MonthName(Period.LastDay)}",
        _ => $"{MonthName(Period.FirstDay)} à {MonthName(Period.LastDay)}",
    };

    /// <summary>The same kind of period one year earlier.</summary>
    public AggregatePeriod PreviousYear() => this with { Period = Period.PreviousYear() };

    private static string Month(DateOnly d) => Domain.Categories.Lists.Mois[d.Month - 1].ToLowerInvariant();

    private static string MonthName(DateOnly d) => $"{Month(d)} {d.Year}";
}

/// <summary>
/// The periods the indicator aggregate holds (etl/REGLES.md, « Power BI »): for every calendar year that holds data,
/// each month, the calendar year, each cumul from January to the end of a month, and the twelve months ending with
/// each month — never a month after the current one.
/// </summary>
public static class AggregatePeriods
{
    public static IReadOnlyList<AggregatePeriod> For(int firstYear, int lastYear, DateOnly today)
    {
        var periods = new List<AggregatePeriod>();
        lastYear = Math.Min(lastYear, today.Year);
        for (var year = firstYear; year <= lastYear; year++)
        {
            var lastMonth = year == today.Year ? today.Month : 12;
            for (var month = 1; month <= lastMonth; month++) periods.Add(new("month", Period.Month(year, month)));
            periods.Add(new("year", Period.Year(year)));
            for (var month = 1; month <= lastMonth; month++) periods.Add(new("ytd", Period.Months(year, 1, year, month)));
            for (var month = 1; month <= lastMonth; month++)
                periods.Add(new("rolling12", month == 12 ? Period.Months(year, 1, year, 12) : Period.Months(year - 1, month + 1, year, month)));
        }
        return periods;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace Reporting.Domain.Periods;

/// <summary>
/// An inclusive range of calendar months (INDICATORS.md "Scope"): a month "2019-06", a year "2019",
/// or a range "2019-01..2019-06" (also accepted: "2019-01:2019-06").
/// </summary>
public sealed partial record Period(DateOnly FirstDay, DateOnly LastDay, string Text)
{
    [GeneratedRegex(@"^\s*(\d{4})\s*$")] private static partial Regex YearPattern();
    [GeneratedRegex(@"^\s*(\d{4})-(\d{1,2})\s*$")] private static partial Regex MonthPattern();
    [GeneratedRegex(@"^\s*(\d{4})-(\d{1,2})\s*(?:\.\.|:|/)\s*(\d{4})-(\d{1,2})\s*$")] private static partial Regex RangePattern();

    /// <summary>yyyymm of the first month.</summary>
    public int FirstMonthKey => FirstDay.Year * 100 + FirstDay.Month;

    /// <summary>yyyymm of the last month.</summary>
    public int LastMonthKey => LastDay.Year * 100 + LastDay.Month;

    public int FirstDateKey => DateKey(FirstDay);

    public int LastDateKey => DateKey(LastDay);

    public int MonthCount => (LastDay.Year - FirstDay.Year) * 12 + LastDay.Month - FirstDay.Month + 1;

    public static int DateKey(DateOnly d) => d.Year * 10000 + d.Month * 100 + d.Day;

    public static Period Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), year.ToString(CultureInfo.InvariantCulture));

    public static Period Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)), $"{year:0000}-{month:00}");

    public static Period Months(int y1, int m1, int y2, int m2) =>
        new(new DateOnly(y1, m1, 1), new DateOnly(y2, m2, DateTime.DaysInMonth(y2, m2)), $"{y1:0000}-{m1:00}..{y2:0000}-{m2:00}");

    /// <summary>The years a period may name (a tracking workbook's year is checked against the same range).</summary>
    public const int MinYear = 2000;

    public const int MaxYear = 2100;

    /// <summary>Parses a period as typed on the command line; null with a French message when invalid.</summary>
    public static Period? TryParse(string? text, out string? error) => TryParse(text, out error, out _);

    /// <summary>As <see cref="TryParse(string?, out string?)"/>; <paramref name="outOfRange"/> when the form is right but a year is outside <see cref="MinYear"/>–<see cref="MaxYear"/>.</summary>
    public static Period? TryParse(string? text, out string? error, out bool outOfRange)
    {
        outOfRange = false;
        error = null;
        text ??= string.Empty;
        try
        {
            var m = YearPattern().Match(text);
            if (m.Success) return Year(Valid(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), 1));
            m = MonthPattern().Match(text);
            if (m.Success) return Month(Valid(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
            m = RangePattern().Match(text);
            if (m.Success)
            {
                int y1 = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m1 = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
                int y2 = int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture), m2 = int.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture);
                Valid(y1, m1); Valid(y2, m2);
                if (y2 * 100 + m2 < y1 * 100 + m1)
                {
                    error = $"Période « {text} » invalide : le mois de fin est avant le mois de début.";
                    return null;
                }
                return Months(y1, m1, y2, m2);
            }
        }
        catch (ArgumentOutOfRangeException ex) when (ex.ParamName == "year")
        {
            outOfRange = true;
            error = $"Période « {text} » hors des années prises en charge : de {MinYear} à {MaxYear}.";
            return null;
        }
        catch (ArgumentOutOfRangeException)
        {
            // falls through to the message below
        }
        error = $"Période « {text} » invalide : une année (2019), un mois (2019-06) ou une plage de mois (2019-01..2019-06) est attendue.";
        return null;
    }

    private static int Valid(int year, int month)
    {
        if (month is < 1 or > 12) throw new ArgumentOutOfRangeException(nameof(month));
        if (year is < MinYear or > MaxYear) throw new ArgumentOutOfRangeException(nameof(year));
        return year;
    }

    /// <summary>The same months one year earlier (for "same period of the previous year").</summary>
    public Period PreviousYear() =>
        FirstDay.Month == 1 && LastDay.Month == 12 && FirstDay.Year == LastDay.Year
            ? Year(FirstDay.Year - 1)
            : MonthCount == 1 ? Month(FirstDay.Year - 1, FirstDay.Month)
            : Months(FirstDay.Year - 1, FirstDay.Month, LastDay.Year - 1, LastDay.Month);
}

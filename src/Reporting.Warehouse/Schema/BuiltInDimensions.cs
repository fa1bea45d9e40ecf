using System.Globalization;
using Reporting.Domain.Categories;
using Reporting.Domain.Territory;

namespace Reporting.Warehouse.Schema;

/// <summary>
/// The rows of the built-in dimensions, from the domain: départements, labels, the closed lists, the
/// calendar 2010–2040 (days and months), the attendance statuses and the unknown structure (key 0). Both
/// engines seed exactly these rows (<see cref="SchemaManager"/> on DuckDB, <see cref="SqlServerSchema"/> on
/// SQL Server), each table once, when it is empty. Questions have no built-in list: their type is a column.
/// </summary>
public static class BuiltInDimensions
{
    public const int CalendarFirstYear = 2010;
    public const int CalendarLastYear = 2040;

    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The closed lists, by the table they fill (<c>dim.{table}</c>, key = position in the list).</summary>
    public static readonly IReadOnlyList<(string Table, CategoryList List)> ListTables =
    [
        ("direction", Lists.Sens),
        ("interlocutor", Lists.Interlocuteur),
        ("contact_mode", Lists.Modalite),
        ("theme", Lists.Theme),
        ("age_band", Lists.TrancheAge),
    ];

    public static IEnumerable<object> DepartementRows() =>
        Departements.All.Select((d, i) => new { departement_key = (short)(i + 1), code = d.Code, name = d.Nom, region = d.Region });

    public static IEnumerable<object> LabelRows() => ListRows(Lists.Label);

    public static IEnumerable<object> AttendanceStatusRows() => ListRows(Lists.StatutEmargement);

    /// <summary>The steps of the onboarding journey: the five typed steps, then « Premier mois transmis » (key = position).</summary>
    public static IEnumerable<object> OnboardingStepRows() => Lists.EtapesIndicateur.Select((s, i) => new { key = (short)(i + 1), label = s });

    public static IEnumerable<object> ListRows(CategoryList list) => list.Values.Select(v => new { key = list.KeyOf(v), label = v });

    public static IEnumerable<object> CalendarMonths()
    {
        for (var y = CalendarFirstYear; y <= CalendarLastYear; y++)
            for (var m = 1; m <= 12; m++)
            {
                var first = new DateOnly(y, m, 1);
                var last = first.AddMonths(1).AddDays(-1);
                var name = Fr.DateTimeFormat.GetMonthName(m);
                yield return new
                {
                    month_key = y * 100 + m,
                    calendar_year = (short)y,
                    month_number = (short)m,
                    month_name = name,
                    month_label = $"{name} {y}",
                    first_day = first,
                    last_day = last,
                    first_date_key = y * 10000 + m * 100 + 1,
                    last_date_key = y * 10000 + m * 100 + last.Day,
                };
            }
    }

    /// <summary>Rows of dim.calendar in its column order.</summary>
    public static IEnumerable<object?[]> CalendarDays()
    {
        for (var d = new DateOnly(CalendarFirstYear, 1, 1); d.Year <= CalendarLastYear; d = d.AddDays(1))
        {
            var dow = ((int)d.DayOfWeek + 6) % 7 + 1; // 1 = lundi
            yield return
            [
                d.Year * 10000 + d.Month * 100 + d.Day,
                d,
                (short)d.Year,
                (short)((d.Month - 1) / 3 + 1),
                (short)d.Month,
                (short)d.Day,
                d.Year * 100 + d.Month,
                Fr.DateTimeFormat.GetMonthName(d.Month),
                (short)dow,
                Fr.DateTimeFormat.GetDayName(d.DayOfWeek),
            ];
        }
    }
}

using System.Globalization;
using Reporting.Domain.Categories;
using Reporting.Domain.Text;

namespace Reporting.Domain.Parsing;

/// <summary>
/// Reads cell values as the contracts allow them (INPUTS.md, "General rules"): a cell holds a
/// string, a double, a DateTime or a bool (xlsx), or a string (CSV). Every failure carries the
/// French message shown to the coordinator.
/// </summary>
public static class Cells
{
    private static readonly CultureInfo Fr = CultureInfo.GetCultureInfo("fr-FR");

    private static readonly string[] DateFormats =
    [
        "dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "yyyy-M-d",
        "dd/MM/yyyy HH:mm", "dd/MM/yyyy HH:mm:ss", "d/M/yyyy H:mm", "d/M/yyyy H:mm:ss",
        "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-ddTHH:mm:ss",
    ];

    public static bool IsBlank(object? value) => value switch
    {
        null => true,
        string s => TextKey.Clean(s) is null,
        _ => false,
    };

    /// <summary>How a value is shown in a message or stored in a rejection: as the user sees it in French.</summary>
    public static string Display(object? value) => value switch
    {
        null => string.Empty,
        string s => LookAlikes.Nfc(s.Trim()),
        double d => d.ToString("0.############", Fr),
        DateTime dt => dt.TimeOfDay == TimeSpan.Zero ? dt.ToString("dd/MM/yyyy", Fr) : dt.ToString("dd/MM/yyyy HH:mm", Fr),
        bool b => b ? "VRAI" : "FAUX",
        UncomputedFormula f => f.Text,
        OversizedText t => t.ToString(),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty,
    };

    public static string? Text(object? value) => IsBlank(value) ? null : Display(value);

    /// <summary>A decimal number written with a comma or a point; spaces as thousands separators are allowed.</summary>
    public static bool TryDecimal(object? value, out decimal result)
    {
        result = 0;
        switch (value)
        {
            case double d when !double.IsNaN(d) && !double.IsInfinity(d) && Math.Abs(d) < 1e15:
                result = Math.Round((decimal)d, 6);
                return true;
            case string s:
                var t = new string(s.Where(c => !char.IsWhiteSpace(c) && c != '\u00A0' && c != '\u202F').ToArray());
                if (t.Length == 0 || (t.Contains(',') && t.Contains('.'))) return false;
                t = t.Replace(',', '.');
                if (t.Count(c => c == '.') > 1) return false;
                return decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out result);
            default:
                return false;
        }
    }

    /// <summary>Hours of one month: a decimal from 0 to 300. Blank is 0.</summary>
    public static Parsed<decimal> Hours(object? value)
    {
        if (CellProblems.Of(value) is string problem) return Parsed<decimal>.Fail(problem);
        if (IsBlank(value)) return Parsed<decimal>.Success(0m);
        if (!TryDecimal(value, out var h))
            return Parsed<decimal>.Fail($"« {Display(value)} » n'est pas un nombre d'heures : un nombre décimal entre 0 et 300 est attendu (ex. 12,5).");
        if (h < 0 || h > 300)
            return Parsed<decimal>.Fail($"« {Display(value)} » est hors limites : un nombre d'heures entre 0 et 300 par mois est attendu.");
        return Parsed<decimal>.Success(Math.Round(h, 6));
    }

    /// <summary>A count: a whole number ≥ 0. Blank is 0.</summary>
    public static Parsed<int> Count(object? value)
    {
        if (CellProblems.Of(value) is string problem) return Parsed<int>.Fail(problem);
        if (IsBlank(value)) return Parsed<int>.Success(0);
        if (TryDecimal(value, out var n) && n >= 0 && n == decimal.Truncate(n) && n <= int.MaxValue)
            return Parsed<int>.Success((int)n);
        return Parsed<int>.Fail($"« {Display(value)} » n'est pas un nombre entier positif ou nul.");
    }

    /// <summary>A real Excel date, an Excel serial number, or text dd/MM/yyyy or yyyy-MM-dd.</summary>
    public static Parsed<DateOnly> Date(object? value, string what)
    {
        if (CellProblems.Of(value) is string problem) return Parsed<DateOnly>.Fail(problem);
        switch (value)
        {
            case null:
            case string s when TextKey.Clean(s) is null:
                return Parsed<DateOnly>.Fail($"Valeur manquante : « {what} » est obligatoire.");
            case DateTime dt:
                return Parsed<DateOnly>.Success(DateOnly.FromDateTime(dt));
            // A bare number is a date serial only when it is a plausible date (2000-2100), like in Month.
            case double d when d >= MinDateSerial && d < MaxDateSerial && d == Math.Floor(d):
                return Parsed<DateOnly>.Success(DateOnly.FromDateTime(DateTime.FromOADate(d)));
            case string s when DateTime.TryParseExact(s.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed):
                return Parsed<DateOnly>.Success(DateOnly.FromDateTime(parsed));
            default:
                return Parsed<DateOnly>.Fail($"« {Display(value)} » n'est pas une date valide : une date jj/mm/aaaa ou aaaa-mm-jj est attendue.");
        }
    }

    /// <summary>An optional date: blank gives null.</summary>
    public static Parsed<DateOnly?> OptionalDate(object? value, string what)
    {
        if (CellProblems.Of(value) is string problem) return Parsed<DateOnly?>.Fail(problem);
        if (IsBlank(value)) return Parsed<DateOnly?>.Success(null);
        var d = Date(value, what);
        return d.Ok ? Parsed<DateOnly?>.Success(d.Value) : Parsed<DateOnly?>.Fail(d.Error!);
    }

    /// <summary>A value of a closed list, returned in its canonical spelling.</summary>
    public static Parsed<string> Category(object? value, CategoryList list)
    {
        if (CellProblems.Of(value) is string problem) return Parsed<string>.Fail(problem);
        if (IsBlank(value)) return Parsed<string>.Fail($"Valeur manquante : « {list.Name} » est obligatoire.");
        var text = value is bool b ? (b ? "Oui" : "Non") : Display(value);
        return list.TryMatch(text, out var canonical)
            ? Parsed<string>.Success(canonical)
            : Parsed<string>.Fail($"« {Display(value)} » n'est pas une valeur de « {list.Name} » : valeurs attendues {list.Enumerate()}.");
    }

    /// <summary>A required text (a name, a code): a formula without a computed value or an oversized text is refused.</summary>
    public static Parsed<string> RequiredText(object? value, string what) =>
        CellProblems.Of(value) is string problem ? Parsed<string>.Fail(problem)
        : IsBlank(value) ? Parsed<string>.Fail($"Valeur manquante : « {what} » est obligatoire.")
        : Parsed<string>.Success(Display(value));

    /// <summary>
    /// A free text (an open answer): kept exactly as written; a formula saved without its computed value
    /// is the answer as its text (« =LIEN_HYPERTEXTE(…) »), never a formula. An oversized text is refused.
    /// </summary>
    public static Parsed<string?> FreeText(object? value) => value switch
    {
        OversizedText => Parsed<string?>.Fail(CellProblems.Of(value)!),
        UncomputedFormula f => Parsed<string?>.Success(f.Text),
        string s => Parsed<string?>.Success(s),
        _ when IsBlank(value) => Parsed<string?>.Success(null),
        _ => Parsed<string?>.Success(Display(value)),
    };

    /// <summary>
    /// A required code (structure, regroupement): visible look-alikes folded (full-width forms, Unicode dashes,
    /// non-breaking spaces); an invisible character (U+200B…) is refused with its code point, never stored.
    /// </summary>
    public static Parsed<string> Code(object? value, string what)
    {
        var text = RequiredText(value, what);
        if (!text.Ok) return text;
        if (LookAlikes.FirstInvisible(text.Value) is { } invisible)
            return Parsed<string>.Fail($"« {LookAlikes.Visible(text.Value)} » contient {invisible.Description} en position {invisible.Position} : retapez « {what} » au clavier.");
        return Parsed<string>.Success(LookAlikes.Fold(text.Value!).Trim());
    }

    /// <summary>A calendar year from 2000 to 2100.</summary>
    public static Parsed<int> Year(object? value, string what)
    {
        if (CellProblems.Of(value) is string problem) return Parsed<int>.Fail(problem);
        if (IsBlank(value)) return Parsed<int>.Fail($"Valeur manquante : « {what} » est obligatoire.");
        if (TryDecimal(value, out var y) && y == decimal.Truncate(y) && y is >= 2000 and <= 2100)
            return Parsed<int>.Success((int)y);
        return Parsed<int>.Fail($"« {Display(value)} » n'est pas une année valide : une année sur quatre chiffres est attendue (ex. 2019).");
    }

    /// <summary>
    /// The month of a row of the Temps sheet: "Janvier" … "Décembre", 1 … 12, or a date in that month
    /// (which must fall inside the workbook's year).
    /// </summary>
    public static Parsed<int> Month(object? value, int year)
    {
        if (CellProblems.Of(value) is string problem) return Parsed<int>.Fail(problem);
        if (IsBlank(value)) return Parsed<int>.Fail("Valeur manquante : « Mois » est obligatoire.");
        if (value is DateTime dt) return MonthOfDate(DateOnly.FromDateTime(dt), year);
        if (value is string s && Lists.MoisList.TryMatch(s, out var name))
            return Parsed<int>.Success(Lists.Mois.ToList().IndexOf(name) + 1);
        if (TryDecimal(value, out var n) && n == decimal.Truncate(n) && n is >= 1 and <= 12)
            return Parsed<int>.Success((int)n);
        if (value is string text && DateTime.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            return MonthOfDate(DateOnly.FromDateTime(parsed), year);
        // A bare number is read as a date serial only when it is a plausible date (2000-2100):
        // 13 or 400 typed in the Mois column is a wrong month number, not a day of 1900.
        if (value is double serial && serial >= MinDateSerial && serial < MaxDateSerial && serial == Math.Floor(serial))
            return MonthOfDate(DateOnly.FromDateTime(DateTime.FromOADate(serial)), year);
        return Parsed<int>.Fail($"« {Display(value)} » n'est pas un mois valide : un mois de Janvier à Décembre, ou un numéro de 1 à 12, est attendu.");
    }

    /// <summary>Excel serials of 01/01/2000 and 01/01/2101: the years <see cref="Year"/> accepts.</summary>
    private const double MinDateSerial = 36526, MaxDateSerial = 73416;

    private static Parsed<int> MonthOfDate(DateOnly date, int year) =>
        date.Year == year
            ? Parsed<int>.Success(date.Month)
            : Parsed<int>.Fail(OutsideYear(date, year));

    public static string OutsideYear(DateOnly date, int year) =>
        $"La date {date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} n'est pas dans l'année {year} du tableau de suivi.";

    public static string FormatDate(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}

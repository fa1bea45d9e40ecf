using Reporting.Domain.Categories;
using Reporting.Domain.Parsing;

namespace Reporting.Tests.Domain;

public sealed class CellsTests
{
    private const string NotHours = " n'est pas un nombre d'heures : un nombre décimal entre 0 et 300 est attendu (ex. 12,5).";
    private const string HoursOutOfRange = " est hors limites : un nombre d'heures entre 0 et 300 par mois est attendu.";
    private const string NotCount = " n'est pas un nombre entier positif ou nul.";
    private const string NotDate = " n'est pas une date valide : une date jj/mm/aaaa ou aaaa-mm-jj est attendue.";
    private const string NotMonth = " n'est pas un mois valide : un mois de Janvier à Décembre, ou un numéro de 1 à 12, est attendu.";
    private const string NotYear = " n'est pas une année valide : une année sur quatre chiffres est attendue (ex. 2019).";

    // ---- blank and display

    [Fact]
    public void Blank_values()
    {
        Assert.True(Cells.IsBlank(null));
        Assert.True(Cells.IsBlank(""));
        Assert.True(Cells.IsBlank("  \t"));
        Assert.True(Cells.IsBlank("\u00A0\u202F"));
        Assert.False(Cells.IsBlank(0.0));
        Assert.False(Cells.IsBlank(false));
        Assert.False(Cells.IsBlank("0"));
        Assert.False(Cells.IsBlank(new DateTime(2019, 1, 1)));
    }

    [Fact]
    public void Display_shows_values_as_a_French_user_sees_them()
    {
        Assert.Equal("", Cells.Display(null));
        Assert.Equal("abc", Cells.Display("  abc "));
        Assert.Equal("12,5", Cells.Display(12.5));
        Assert.Equal("1234567,25", Cells.Display(1234567.25));
        Assert.Equal("3", Cells.Display(3.0));
        Assert.Equal("15/03/2019", Cells.Display(new DateTime(2019, 3, 15)));
        Assert.Equal("15/03/2019 10:30", Cells.Display(new DateTime(2019, 3, 15, 10, 30, 0)));
        Assert.Equal("VRAI", Cells.Display(true));
        Assert.Equal("FAUX", Cells.Display(false));
        Assert.Null(Cells.Text("   "));
        Assert.Equal("x", Cells.Text(" x "));
    }

    // ---- decimals

    [Theory]
    [InlineData("1,5", 1.5)]
    [InlineData("1.5", 1.5)]
    [InlineData(" 12,25 ", 12.25)]
    [InlineData("1 234,5", 1234.5)]
    [InlineData("1\u00A0234,5", 1234.5)]
    [InlineData("1\u202F234.5", 1234.5)]
    [InlineData("-2,5", -2.5)]
    [InlineData("+2", 2)]
    [InlineData("0", 0)]
    [InlineData(",5", 0.5)]
    public void TryDecimal_reads_a_comma_or_a_point(string text, double expected)
    {
        Assert.True(Cells.TryDecimal(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("1.234,5")]
    [InlineData("1,234.5")]
    [InlineData("1,2,3")]
    [InlineData("1.2.3")]
    [InlineData("12 h")]
    [InlineData("1e3")]
    [InlineData("douze")]
    [InlineData("")]
    [InlineData("  ")]
    public void TryDecimal_refuses_ambiguous_or_non_numeric_text(string text) => Assert.False(Cells.TryDecimal(text, out _));

    [Fact]
    public void TryDecimal_of_other_types()
    {
        Assert.True(Cells.TryDecimal(7.25, out var d));
        Assert.Equal(7.25m, d);
        Assert.False(Cells.TryDecimal(double.NaN, out _));
        Assert.False(Cells.TryDecimal(double.PositiveInfinity, out _));
        Assert.False(Cells.TryDecimal(1e300, out _));
        Assert.False(Cells.TryDecimal(true, out _));
        Assert.False(Cells.TryDecimal(new DateTime(2019, 1, 1), out _));
        Assert.False(Cells.TryDecimal(null, out _));
    }

    // ---- hours

    [Theory]
    [InlineData("12,5", 12.5)]
    [InlineData("12.5", 12.5)]
    [InlineData("0", 0)]
    [InlineData("300", 300)]
    [InlineData("300,0", 300)]
    public void Hours_from_text(string text, double expected)
    {
        var parsed = Cells.Hours(text);
        Assert.True(parsed.Ok, parsed.Error);
        Assert.Equal((decimal)expected, parsed.Value);
    }

    [Fact]
    public void Hours_from_numbers_and_blanks()
    {
        Assert.Equal(7.25m, Cells.Hours(7.25).Value);
        Assert.Equal(300m, Cells.Hours(300.0).Value);
        Assert.Equal(0m, Cells.Hours(null).Value);
        Assert.True(Cells.Hours(null).Ok);
        Assert.Equal(0m, Cells.Hours("  ").Value);
        Assert.Equal(12.345679m, Cells.Hours(12.3456789123).Value);
        Assert.Equal(0.1m, Cells.Hours(0.1).Value);
    }

    [Theory]
    [InlineData("300,01", "« 300,01 »" + HoursOutOfRange)]
    [InlineData("-0,5", "« -0,5 »" + HoursOutOfRange)]
    [InlineData("1 234", "« 1 234 »" + HoursOutOfRange)]
    [InlineData("douze", "« douze »" + NotHours)]
    [InlineData("12 h", "« 12 h »" + NotHours)]
    [InlineData("1.234,5", "« 1.234,5 »" + NotHours)]
    [InlineData(" abc ", "« abc »" + NotHours)]
    public void Hours_rejections_from_text(string text, string message) => Assert.Equal(message, Cells.Hours(text).Error);

    [Fact]
    public void Hours_rejections_from_typed_cells()
    {
        Assert.Equal("« 300,5 »" + HoursOutOfRange, Cells.Hours(300.5).Error);
        Assert.Equal("« -1 »" + HoursOutOfRange, Cells.Hours(-1.0).Error);
        Assert.Equal("« VRAI »" + NotHours, Cells.Hours(true).Error);
        Assert.Equal("« 01/02/2019 »" + NotHours, Cells.Hours(new DateTime(2019, 2, 1)).Error);
        Assert.False(Cells.Hours(double.NaN).Ok);
    }

    // ---- counts

    [Theory]
    [InlineData("12", 12)]
    [InlineData(" 3,0 ", 3)]
    [InlineData("3.00", 3)]
    [InlineData("1 200", 1200)]
    [InlineData("0", 0)]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    public void Count_from_text(string text, int expected)
    {
        var parsed = Cells.Count(text);
        Assert.True(parsed.Ok, parsed.Error);
        Assert.Equal(expected, parsed.Value);
    }

    [Fact]
    public void Count_from_numbers()
    {
        Assert.Equal(4, Cells.Count(4.0).Value);
        Assert.Equal(0, Cells.Count(null).Value);
        Assert.Equal(int.MaxValue, Cells.Count((double)int.MaxValue).Value);
    }

    [Theory]
    [InlineData("2,5", "« 2,5 »")]
    [InlineData("-1", "« -1 »")]
    [InlineData("beaucoup", "« beaucoup »")]
    [InlineData("3000000000", "« 3000000000 »")]
    public void Count_rejections_from_text(string text, string shown) => Assert.Equal(shown + NotCount, Cells.Count(text).Error);

    [Fact]
    public void Count_rejections_from_typed_cells()
    {
        Assert.Equal("« 2,5 »" + NotCount, Cells.Count(2.5).Error);
        Assert.Equal("« -3 »" + NotCount, Cells.Count(-3.0).Error);
        Assert.Equal("« 3000000000 »" + NotCount, Cells.Count(3e9).Error);
        Assert.Equal("« FAUX »" + NotCount, Cells.Count(false).Error);
    }

    // ---- dates

    [Fact]
    public void Date_from_a_real_date_keeps_the_day_only()
    {
        var parsed = Cells.Date(new DateTime(2019, 3, 15, 10, 30, 0), "Date");
        Assert.True(parsed.Ok);
        Assert.Equal(new DateOnly(2019, 3, 15), parsed.Value);
    }

    [Fact]
    public void A_bare_number_far_from_a_plausible_date_is_not_a_date() =>
        Assert.Equal("« 13 » n'est pas une date valide : une date jj/mm/aaaa ou aaaa-mm-jj est attendue.", Cells.Date(13.0, "Date").Error);

    [Theory]
    [InlineData(43539.0, 2019, 3, 15)]
    [InlineData(43466.0, 2019, 1, 1)]
    [InlineData(43830.0, 2019, 12, 31)]
    [InlineData(36526.0, 2000, 1, 1)]
    public void Date_from_an_Excel_serial(double serial, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), Cells.Date(serial, "Date").Value);

    [Theory]
    [InlineData("15/03/2019", 2019, 3, 15)]
    [InlineData(" 15/03/2019 ", 2019, 3, 15)]
    [InlineData("5/3/2019", 2019, 3, 5)]
    [InlineData("2019-03-15", 2019, 3, 15)]
    [InlineData("2019-3-5", 2019, 3, 5)]
    [InlineData("15/03/2019 10:30", 2019, 3, 15)]
    [InlineData("15/03/2019 10:30:15", 2019, 3, 15)]
    [InlineData("2019-03-15 08:00", 2019, 3, 15)]
    [InlineData("2019-03-15T08:00:00", 2019, 3, 15)]
    [InlineData("29/02/2020", 2020, 2, 29)]
    public void Date_from_text(string text, int y, int m, int d)
    {
        var parsed = Cells.Date(text, "Date");
        Assert.True(parsed.Ok, parsed.Error);
        Assert.Equal(new DateOnly(y, m, d), parsed.Value);
    }

    [Theory]
    [InlineData("31/02/2019")]
    [InlineData("29/02/2019")]
    [InlineData("03/15/2019")]
    [InlineData("15.03.2019")]
    [InlineData("15 mars 2019")]
    [InlineData("2019/03/15")]
    [InlineData("15/03/19")]
    [InlineData("hier")]
    public void Date_rejections_from_text(string text) => Assert.Equal($"« {text} »" + NotDate, Cells.Date(text, "Date").Error);

    [Fact]
    public void Date_rejections_from_typed_cells()
    {
        Assert.Equal("« 43539,5 »" + NotDate, Cells.Date(43539.5, "Date").Error);
        Assert.Equal("« 0 »" + NotDate, Cells.Date(0.0, "Date").Error);
        Assert.Equal("« -5 »" + NotDate, Cells.Date(-5.0, "Date").Error);
        Assert.Equal("« VRAI »" + NotDate, Cells.Date(true, "Date").Error);
    }

    [Fact]
    public void Date_missing_names_the_column()
    {
        Assert.Equal("Valeur manquante : « Date de labellisation » est obligatoire.", Cells.Date(null, "Date de labellisation").Error);
        Assert.Equal("Valeur manquante : « Date » est obligatoire.", Cells.Date("  ", "Date").Error);
    }

    [Fact]
    public void OptionalDate_blank_is_null_and_bad_is_rejected()
    {
        var blank = Cells.OptionalDate("", "Date de fin de labellisation");
        Assert.True(blank.Ok);
        Assert.Null(blank.Value);
        Assert.Equal(new DateOnly(2020, 6, 30), Cells.OptionalDate("30/06/2020", "X").Value);
        Assert.Equal("« 31/06/2020 »" + NotDate, Cells.OptionalDate("31/06/2020", "X").Error);
    }

    [Fact]
    public void Dates_are_formatted_dd_MM_yyyy()
    {
        Assert.Equal("05/03/2019", Cells.FormatDate(new DateOnly(2019, 3, 5)));
        Assert.Equal("La date 31/12/2018 n'est pas dans l'année 2019 du tableau de suivi.", Cells.OutsideYear(new DateOnly(2018, 12, 31), 2019));
    }

    // ---- months

    [Theory]
    [InlineData("Janvier", 1)]
    [InlineData("janvier", 1)]
    [InlineData("Février", 2)]
    [InlineData("fevrier", 2)]
    [InlineData("FÉVRIER", 2)]
    [InlineData("Mars", 3)]
    [InlineData("Août", 8)]
    [InlineData("aout", 8)]
    [InlineData("AOUT", 8)]
    [InlineData(" Décembre ", 12)]
    [InlineData("Decembre", 12)]
    [InlineData("3", 3)]
    [InlineData("03", 3)]
    [InlineData("12", 12)]
    [InlineData("1,0", 1)]
    [InlineData("2019-07-01", 7)]
    [InlineData("15/07/2019", 7)]
    public void Month_from_text(string text, int expected)
    {
        var parsed = Cells.Month(text, 2019);
        Assert.True(parsed.Ok, parsed.Error);
        Assert.Equal(expected, parsed.Value);
    }

    [Fact]
    public void Month_from_typed_cells()
    {
        Assert.Equal(3, Cells.Month(3.0, 2019).Value);
        Assert.Equal(12, Cells.Month(12.0, 2019).Value);
        Assert.Equal(5, Cells.Month(new DateTime(2019, 5, 20), 2019).Value);
        Assert.Equal(3, Cells.Month(43525.0, 2019).Value); // 01/03/2019 as a serial
        Assert.Equal(12, Cells.Month(43830.0, 2019).Value); // 31/12/2019
        Assert.Equal(1, Cells.Month(36526.0, 2000).Value); // 01/01/2000
        Assert.Equal(12, Cells.Month(73415.0, 2100).Value); // 31/12/2100
    }

    [Fact]
    public void Month_of_a_date_outside_the_year()
    {
        Assert.Equal("La date 20/05/2018 n'est pas dans l'année 2019 du tableau de suivi.", Cells.Month(new DateTime(2018, 5, 20), 2019).Error);
        Assert.Equal("La date 01/07/2020 n'est pas dans l'année 2019 du tableau de suivi.", Cells.Month("01/07/2020", 2019).Error);
        Assert.Equal("La date 01/03/2019 n'est pas dans l'année 2020 du tableau de suivi.", Cells.Month(43525.0, 2020).Error);
    }

    [Theory]
    [InlineData("13")]
    [InlineData("0")]
    [InlineData("1,5")]
    [InlineData("Janv")]
    [InlineData("Trimestre 1")]
    [InlineData("31/02/2019")]
    public void Month_rejections_from_text(string text) => Assert.Equal($"« {text} »" + NotMonth, Cells.Month(text, 2019).Error);

    [Theory]
    [InlineData(13.0, "« 13 »")]
    [InlineData(0.0, "« 0 »")]
    [InlineData(2.5, "« 2,5 »")]
    [InlineData(400.0, "« 400 »")]
    [InlineData(36525.0, "« 36525 »")] // 31/12/1999: not a plausible date, not a month either
    public void Month_rejections_from_numbers(double value, string shown) => Assert.Equal(shown + NotMonth, Cells.Month(value, 2019).Error);

    [Fact]
    public void Month_missing() => Assert.Equal("Valeur manquante : « Mois » est obligatoire.", Cells.Month(" ", 2019).Error);

    // ---- years

    [Theory]
    [InlineData("2019", 2019)]
    [InlineData(" 2020 ", 2020)]
    [InlineData("2019,0", 2019)]
    public void Year_from_text(string text, int expected) => Assert.Equal(expected, Cells.Year(text, "Année").Value);

    [Fact]
    public void Year_from_a_number() => Assert.Equal(2019, Cells.Year(2019.0, "Année").Value);

    [Theory]
    [InlineData("19")]
    [InlineData("1999")]
    [InlineData("2101")]
    [InlineData("2019/2020")]
    [InlineData("deux mille dix-neuf")]
    public void Year_rejections(string text) => Assert.Equal($"« {text} »" + NotYear, Cells.Year(text, "Année").Error);

    [Fact]
    public void Year_rejections_from_typed_cells()
    {
        Assert.Equal("« 2019,5 »" + NotYear, Cells.Year(2019.5, "Année").Error);
        Assert.Equal("« 01/01/2019 »" + NotYear, Cells.Year(new DateTime(2019, 1, 1), "Année").Error);
        Assert.Equal("Valeur manquante : « Année » est obligatoire.", Cells.Year(null, "Année").Error);
    }

    // ---- categories and text

    [Theory]
    [InlineData("recue", "Reçue")]
    [InlineData(" INITIÉE ", "Initiée")]
    public void Category_returns_the_canonical_spelling(string raw, string canonical) =>
        Assert.Equal(canonical, Cells.Category(raw, Lists.Sens).Value);

    [Fact]
    public void Category_reads_booleans_as_oui_non()
    {
        Assert.Equal("Oui", Cells.Category(true, Lists.OuiNon).Value);
        Assert.Equal("Non", Cells.Category(false, Lists.OuiNon).Value);
        Assert.Equal("« VRAI » n'est pas une valeur de « Sens » : valeurs attendues « Reçue » ou « Initiée ».", Cells.Category(true, Lists.Sens).Error);
    }

    [Fact]
    public void Category_rejection_lists_every_allowed_value()
    {
        Assert.Equal("« Peut-être » n'est pas une valeur de « Sens » : valeurs attendues « Reçue » ou « Initiée ».", Cells.Category(" Peut-être ", Lists.Sens).Error);
        Assert.Equal(
            "« Voisin » n'est pas une valeur de « Interlocuteur » : valeurs attendues « Parent », « Futur parent », « Jeune », « Professionnel » ou « Autre ».",
            Cells.Category("Voisin", Lists.Interlocuteur).Error);
        Assert.Equal("« 4 » n'est pas une valeur de « Tranche d'âge » : valeurs attendues « 0-3 ans », « 3-6 ans », « 6-11 ans », « 11-15 ans », « 15-18 ans », « 18-25 ans » ou « Non précisé ».",
            Cells.Category(4.0, Lists.TrancheAge).Error);
    }

    [Fact]
    public void Category_missing()
    {
        Assert.Equal("Valeur manquante : « Thème » est obligatoire.", Cells.Category(null, Lists.Theme).Error);
        Assert.Equal("Valeur manquante : « Modalité » est obligatoire.", Cells.Category("\u00A0", Lists.Modalite).Error);
    }

    [Fact]
    public void RequiredText()
    {
        Assert.Equal("DUPONT", Cells.RequiredText(" DUPONT ", "Nom").Value);
        Assert.Equal("12", Cells.RequiredText(12.0, "Nom").Value);
        Assert.Equal("Valeur manquante : « Nom » est obligatoire.", Cells.RequiredText("", "Nom").Error);
    }
}

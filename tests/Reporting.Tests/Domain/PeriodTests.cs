using Reporting.Domain.Periods;

namespace Reporting.Tests.Domain;

public sealed class PeriodTests
{
    private const string Expected = " invalide : une année (2019), un mois (2019-06) ou une plage de mois (2019-01..2019-06) est attendue.";

    private static Period Parse(string text)
    {
        var period = Period.TryParse(text, out var error);
        Assert.Null(error);
        return Assert.IsType<Period>(period);
    }

    [Fact]
    public void A_year()
    {
        var p = Parse("2019");
        Assert.Equal(new DateOnly(2019, 1, 1), p.FirstDay);
        Assert.Equal(new DateOnly(2019, 12, 31), p.LastDay);
        Assert.Equal("2019", p.Text);
        Assert.Equal(12, p.MonthCount);
        Assert.Equal(201901, p.FirstMonthKey);
        Assert.Equal(201912, p.LastMonthKey);
        Assert.Equal(20190101, p.FirstDateKey);
        Assert.Equal(20191231, p.LastDateKey);
        Assert.Equal(p, Parse("  2019 "));
    }

    [Theory]
    [InlineData("2019-06", 2019, 6, 30, "2019-06")]
    [InlineData("2019-6", 2019, 6, 30, "2019-06")]
    [InlineData("2019-02", 2019, 2, 28, "2019-02")]
    [InlineData("2020-02", 2020, 2, 29, "2020-02")]
    [InlineData(" 2019-12 ", 2019, 12, 31, "2019-12")]
    public void A_month(string text, int year, int month, int lastDay, string canonical)
    {
        var p = Parse(text);
        Assert.Equal(new DateOnly(year, month, 1), p.FirstDay);
        Assert.Equal(new DateOnly(year, month, lastDay), p.LastDay);
        Assert.Equal(canonical, p.Text);
        Assert.Equal(1, p.MonthCount);
    }

    [Theory]
    [InlineData("2019-01..2019-06", "2019-01..2019-06", 6)]
    [InlineData("2019-01:2019-06", "2019-01..2019-06", 6)]
    [InlineData("2019-01/2019-06", "2019-01..2019-06", 6)]
    [InlineData("2019-1 .. 2019-6", "2019-01..2019-06", 6)]
    [InlineData("2019-11..2020-02", "2019-11..2020-02", 4)]
    [InlineData("2019-06..2019-06", "2019-06..2019-06", 1)]
    public void A_range(string text, string canonical, int months)
    {
        var p = Parse(text);
        Assert.Equal(canonical, p.Text);
        Assert.Equal(months, p.MonthCount);
    }

    [Fact]
    public void A_range_spans_whole_months()
    {
        var p = Parse("2019-11..2020-02");
        Assert.Equal(new DateOnly(2019, 11, 1), p.FirstDay);
        Assert.Equal(new DateOnly(2020, 2, 29), p.LastDay);
    }

    [Theory]
    [InlineData("2019-13")]
    [InlineData("2019-00")]
    [InlineData("19")]
    [InlineData("juin 2019")]
    [InlineData("2019-06-15")]
    [InlineData("2019-01..2019-13")]
    [InlineData("2019..2020")]
    [InlineData("")]
    public void Bad_periods_say_what_is_expected(string text)
    {
        Assert.Null(Period.TryParse(text, out var error));
        Assert.Equal($"Période « {text} »" + Expected, error);
    }

    [Theory]
    [InlineData("1999")]
    [InlineData("2101")]
    [InlineData("1999-06")]
    [InlineData("2019-01..2101-12")]
    public void Well_formed_periods_outside_the_supported_years_say_so(string text)
    {
        Assert.Null(Period.TryParse(text, out var error, out var outOfRange));
        Assert.True(outOfRange);
        Assert.Equal($"Période « {text} » hors des années prises en charge : de 2000 à 2100.", error);
    }

    [Fact]
    public void Null_period()
    {
        Assert.Null(Period.TryParse(null, out var error));
        Assert.Equal("Période «  »" + Expected, error);
    }

    [Fact]
    public void A_range_that_ends_before_it_starts()
    {
        Assert.Null(Period.TryParse("2019-06..2019-01", out var error));
        Assert.Equal("Période « 2019-06..2019-01 » invalide : le mois de fin est avant le mois de début.", error);
        Assert.Null(Period.TryParse("2020-01..2019-12", out error));
        Assert.Equal("Période « 2020-01..2019-12 » invalide : le mois de fin est avant le mois de début.", error);
    }

    [Fact]
    public void Previous_year_keeps_the_same_months()
    {
        Assert.Equal("2018", Parse("2019").PreviousYear().Text);
        Assert.Equal("2018-06", Parse("2019-06").PreviousYear().Text);
        Assert.Equal("2018-11..2019-02", Parse("2019-11..2020-02").PreviousYear().Text);
        Assert.Equal(new DateOnly(2019, 2, 28), Parse("2019-11..2020-02").PreviousYear().LastDay);
    }
}

using Reporting.Domain.Territory;

namespace Reporting.Tests.Domain;

public sealed class DepartementsTests
{
    [Theory]
    [InlineData("50", "50", "Manche")]
    [InlineData("5", "05", "Hautes-Alpes")]
    [InlineData("05", "05", "Hautes-Alpes")]
    [InlineData("050", "50", "Manche")]
    [InlineData(" 50 ", "50", "Manche")]
    [InlineData("2a", "2A", "Corse-du-Sud")]
    [InlineData("2B", "2B", "Haute-Corse")]
    [InlineData(" 2b\u00A0", "2B", "Haute-Corse")]
    [InlineData("974", "974", "La Réunion")]
    [InlineData("976", "976", "Mayotte")]
    [InlineData("21", "21", "Côte-d'Or")]
    [InlineData("1", "01", "Ain")]
    public void TryParse_recognises_text(string raw, string code, string name)
    {
        Assert.True(Departements.TryParse(raw, out var d));
        Assert.Equal(code, d.Code);
        Assert.Equal(name, d.Nom);
    }

    [Theory]
    [InlineData(50.0, "50")]
    [InlineData(5.0, "05")]
    [InlineData(974.0, "974")]
    [InlineData(1.0, "01")]
    public void TryParse_recognises_numbers(double raw, string code)
    {
        Assert.True(Departements.TryParse(raw, out var d));
        Assert.Equal(code, d.Code);
    }

    [Theory]
    [InlineData("99")]
    [InlineData("20")]
    [InlineData("975")]
    [InlineData("0")]
    [InlineData("00")]
    [InlineData("2C")]
    [InlineData("Manche")]
    [InlineData("50.0")]
    [InlineData("")]
    [InlineData("   ")]
    public void TryParse_refuses_unknown_text(string raw) => Assert.False(Departements.TryParse(raw, out _));

    [Theory]
    [InlineData(50.5)]
    [InlineData(0.0)]
    [InlineData(-50.0)]
    [InlineData(99.0)]
    [InlineData(1050.0)]
    public void TryParse_refuses_unknown_numbers(double raw) => Assert.False(Departements.TryParse(raw, out _));

    [Fact]
    public void TryParse_refuses_null_and_other_types()
    {
        Assert.False(Departements.TryParse(null, out _));
        Assert.False(Departements.TryParse(true, out _));
        Assert.False(Departements.TryParse(new DateTime(2019, 1, 1), out _));
    }

    [Fact]
    public void There_are_101_departements_with_unique_codes()
    {
        Assert.Equal(101, Departements.All.Count);
        Assert.Equal(101, Departements.All.Select(d => d.Code).Distinct().Count());
        Assert.All(Departements.All, d => Assert.Matches("^([0-9]{2}|2[AB]|97[1-6])$", d.Code));
        Assert.DoesNotContain(Departements.All, d => d.Code == "20");
        Assert.Equal(18, Departements.All.Select(d => d.Region).Distinct().Count());
    }

    [Fact]
    public void Get_and_Exists()
    {
        Assert.Equal("Corse-du-Sud", Departements.Get("2A").Nom);
        Assert.Equal("Normandie", Departements.Get("50").Region);
        Assert.True(Departements.Exists("974"));
        Assert.False(Departements.Exists("99"));
        Assert.Throws<ArgumentException>(() => Departements.Get("99"));
    }
}

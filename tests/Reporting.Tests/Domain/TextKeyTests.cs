using Reporting.Domain.Categories;
using Reporting.Domain.Text;

namespace Reporting.Tests.Domain;

public sealed class TextKeyTests
{
    [Theory]
    [InlineData("Reçue", "recue")]
    [InlineData("  recue ", "recue")]
    [InlineData("RECUE", "recue")]
    [InlineData("Tranche   d'âge", "tranche d'age")]
    [InlineData("Tranche d’âge", "tranche d'age")]
    [InlineData("Tranche d‘âge", "tranche d'age")]
    [InlineData("Tranche dʼâge", "tranche d'age")]
    [InlineData("Tranche d`âge", "tranche d'age")]
    [InlineData("\u00A0Parentalité\u202F", "parentalite")]
    [InlineData("Nouveau\tparticipant", "nouveau participant")]
    [InlineData("Nouveau\r\nparticipant", "nouveau participant")]
    [InlineData("Nouveau\u00A0participant", "nouveau participant")]
    [InlineData("ŒUVRE", "oeuvre")]
    [InlineData("Cæsar", "caesar")]
    [InlineData("ÉLÈVE À L'ÉCOLE", "eleve a l'ecole")]
    [InlineData("0–3 ans", "0 3 ans")]
    [InlineData("0—3 ans", "0 3 ans")]
    [InlineData("", "")]
    [InlineData("   ", "")]
    public void Of_folds_case_accents_spaces_and_typographic_marks(string text, string expected) =>
        Assert.Equal(expected, TextKey.Of(text));

    [Fact]
    public void Of_null_is_empty() => Assert.Equal(string.Empty, TextKey.Of(null));

    [Theory]
    [InlineData("Côte-d'Or", "cote-d’or")]
    [InlineData("Identifiant PdN", "  IDENTIFIANT   pdn ")]
    [InlineData("Date de fin de labellisation", "date de fin de LABELLISATION")]
    [InlineData("Modalité", "Modalite")]
    [InlineData("Août", "aout")]
    [InlineData("Décembre", "DECEMBRE")]
    public void Equal_matches_spellings_of_the_same_label(string a, string b) => Assert.True(TextKey.Equal(a, b));

    [Theory]
    [InlineData("Reçue", "Reçues")]
    [InlineData("Identifiant PdN", "IdentifiantPdN")]
    [InlineData("0-3 ans", "03 ans")]
    [InlineData("Parent", "Futur parent")]
    [InlineData("Heures en ligne", "Heures hors ligne")]
    public void Equal_keeps_different_words_apart(string a, string b) => Assert.False(TextKey.Equal(a, b));

    [Theory]
    [InlineData("  x  ", "x")]
    [InlineData("\u00A0x\u202F", "x")]
    [InlineData("a  b", "a  b")]
    public void Clean_trims_but_keeps_inner_text(string text, string expected) => Assert.Equal(expected, TextKey.Clean(text));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u00A0")]
    [InlineData("\u202F \t")]
    public void Clean_of_blank_is_null(string? text) => Assert.Null(TextKey.Clean(text));

    [Theory]
    [InlineData("recue", "Reçue")]
    [InlineData("  INITIEE ", "Initiée")]
    public void Category_lists_return_the_canonical_spelling(string raw, string canonical)
    {
        Assert.True(Lists.Sens.TryMatch(raw, out var found));
        Assert.Equal(canonical, found);
    }

    [Theory]
    [InlineData("rendez vous en face a face")]
    [InlineData("Rendez-vous en face à face")]
    [InlineData("RENDEZ-VOUS EN FACE À FACE")]
    public void A_hyphen_counts_as_a_space(string raw)
    {
        Assert.True(Lists.Modalite.TryMatch(raw, out var found));
        Assert.Equal("Rendez-vous en face à face", found);
    }

    [Theory]
    [InlineData("PdNJ", "Jeunesse")]
    [InlineData("pdnp", "Parentalité")]
    [InlineData("parentalite", "Parentalité")]
    public void Label_accepts_its_aliases(string raw, string canonical)
    {
        Assert.True(Lists.Label.TryMatch(raw, out var found));
        Assert.Equal(canonical, found);
    }

    [Theory]
    [InlineData("EVS", "Espace de vie sociale")]
    [InlineData("pij", "Point information jeunesse")]
    [InlineData("FJT", "Foyer de jeunes travailleurs")]
    [InlineData("MJC", "Maison des jeunes")]
    [InlineData("collectivite", "Collectivité")]
    public void Structure_type_accepts_its_aliases(string raw, string canonical)
    {
        Assert.True(Lists.TypeStructure.TryMatch(raw, out var found));
        Assert.Equal(canonical, found);
    }

    [Fact]
    public void Enumerate_lists_values_in_French()
    {
        Assert.Equal("« Reçue » ou « Initiée »", Lists.Sens.Enumerate());
        Assert.Equal("« Oui » ou « Non »", Lists.OuiNon.Enumerate());
        Assert.Equal("« Only »", new CategoryList("X", ["Only"]).Enumerate());
        Assert.Equal("« 0-3 ans », « 3-6 ans », « 6-11 ans », « 11-15 ans », « 15-18 ans », « 18-25 ans » ou « Non précisé »", Lists.TrancheAge.Enumerate());
    }

    [Fact]
    public void KeyOf_is_the_one_based_position()
    {
        Assert.Equal(1, Lists.Sens.KeyOf("Reçue"));
        Assert.Equal(2, Lists.Sens.KeyOf("Initiée"));
        Assert.Throws<ArgumentException>(() => Lists.Sens.KeyOf("recue"));
    }
}

using Reporting.Domain.Model;
using Reporting.Validation.Questionnaires;

namespace Reporting.Tests.Questionnaires;

/// <summary>How one answer cell is read, for each question type (INPUTS.md §4).</summary>
public sealed class AnswerReadingTests
{
    private static readonly string[] Frequence = ["Oui, souvent", "Oui, parfois", "Rarement", "Jamais"];

    private static QuestionDefinition Question(string type, string[]? options = null, int? min = null, int? max = null) =>
        new("Q1", 1, "Libellé", type, options ?? [], min, max, 2);

    private static AnswerValue[] Read(QuestionDefinition q, object? cell)
    {
        var parsed = new AnswerReader(q).Read(cell);
        Assert.True(parsed.Ok, parsed.Error);
        return [.. parsed.Value];
    }

    private static string Error(QuestionDefinition q, object? cell)
    {
        var parsed = new AnswerReader(q).Read(cell);
        Assert.False(parsed.Ok);
        return parsed.Error!;
    }

    [Theory]
    [InlineData("Oui, souvent, Jamais", new[] { 0, 3 })]
    [InlineData("Oui, souvent|Jamais", new[] { 0, 3 })]
    [InlineData("Oui, souvent;Oui, parfois", new[] { 0, 1 })]
    [InlineData("oui,souvent ; RAREMENT", new[] { 0, 2 })]
    [InlineData("  Oui ,  Parfois  ", new[] { 1 })]
    [InlineData("Jamais, jamais|Jamais", new[] { 3 })]
    [InlineData("Rarement,,Jamais,", new[] { 2, 3 })]
    public void A_multiple_choice_is_split_at_bars_semicolons_and_commas_but_keeps_options_holding_a_comma(string cell, int[] expected)
    {
        var (chosen, unknown) = new ChoiceOptions("Q1", Frequence).Split(cell);

        Assert.Empty(unknown);
        Assert.Equal(expected, chosen);
    }

    [Fact]
    public void The_longest_defined_option_wins_at_each_position()
    {
        var options = new ChoiceOptions("Q1", ["Oui", "Oui, souvent", "Non"]);

        Assert.Equal([1], options.Split("Oui, souvent").Chosen);
        Assert.Equal([0, 2], options.Split("Oui, Non").Chosen);
        Assert.Equal([1, 2], options.Split("Non, Oui, souvent").Chosen.Order());
        Assert.Equal(1, options.Match("oui ,SOUVENT"));
        Assert.Null(options.Match("Oui, Non"));
    }

    [Fact]
    public void Parts_that_name_no_option_are_returned_as_written()
    {
        var (chosen, unknown) = new ChoiceOptions("Q1", Frequence).Split("Oui, souvnt | Jamais ; Toujours");

        Assert.Equal([3], chosen);
        Assert.Equal(["Oui", "souvnt", "Toujours"], unknown);
    }

    [Fact]
    public void A_single_choice_gives_the_number_of_its_option_matched_ignoring_case_accents_and_spaces()
    {
        var q = Question(QuestionTypes.ChoixUnique, ["Favorable", "Plutôt favorable", "Plutôt défavorable", "Défavorable"]);

        Assert.Equal(3, Read(q, "  plutot   DEFAVORABLE ").Single().OptionNumber);
        Assert.Empty(Read(q, "   "));
        Assert.Empty(Read(q, null));
        Assert.Equal(
            "« Sans avis » n'est pas une modalité de la question Q1 : modalités attendues « Favorable », « Plutôt favorable », « Plutôt défavorable » ou « Défavorable ».",
            Error(q, "Sans avis"));
    }

    [Fact]
    public void A_multiple_choice_gives_one_value_per_option_and_is_rejected_whole_when_a_part_is_unknown()
    {
        var q = Question(QuestionTypes.ChoixMultiple, Frequence);

        Assert.Equal([1, 4], Read(q, "Oui, souvent, Jamais").Select(a => a.OptionNumber));
        Assert.Equal(
            "« Toujours » n'est pas une modalité de la question Q1 : modalités attendues « Oui, souvent », « Oui, parfois », « Rarement » ou « Jamais », séparées par |, ; ou ,.",
            Error(q, "Oui, souvent, Toujours"));
        Assert.Equal(
            "« Toujours », « Parfois non » ne sont pas des modalités de la question Q1 : modalités attendues « Oui, souvent », « Oui, parfois », « Rarement » ou « Jamais », séparées par |, ; ou ,.",
            Error(q, "Toujours | Parfois non"));
    }

    [Theory]
    [InlineData(4.0, 4)]
    [InlineData("5", 5)]
    [InlineData(" 1 ", 1)]
    [InlineData("3,0", 3)]
    public void A_scale_value_is_a_whole_number_of_its_range(object cell, int expected) =>
        Assert.Equal((decimal)expected, Read(Question(QuestionTypes.Echelle, min: 1, max: 5), cell).Single().Number);

    [Theory]
    [InlineData("6")]
    [InlineData("0")]
    [InlineData("3,5")]
    [InlineData("beaucoup")]
    public void A_scale_value_outside_its_range_or_not_whole_is_rejected(string cell) =>
        Assert.Equal(
            $"« {cell} » n'est pas une valeur de l'échelle de la question Q1 : un nombre entier de 1 à 5 est attendu.",
            Error(Question(QuestionTypes.Echelle, min: 1, max: 5), cell));

    [Theory]
    [InlineData("12,5", 12.5)]
    [InlineData("12.5", 12.5)]
    [InlineData("1 234", 1234)]
    [InlineData(-3.0, -3)]
    public void A_number_takes_a_decimal_comma_or_point(object cell, double expected) =>
        Assert.Equal((decimal)expected, Read(Question(QuestionTypes.Nombre), cell).Single().Number);

    [Fact]
    public void A_number_that_is_not_one_is_rejected() =>
        Assert.Equal(
            "« douze » n'est pas un nombre (question Q1) : un nombre est attendu, avec une virgule ou un point décimal (ex. 12,5).",
            Error(Question(QuestionTypes.Nombre), "douze"));

    [Theory]
    [InlineData("=SOMME(A1:A2)")]
    [InlineData("+33 6 12 34 56 78")]
    [InlineData("-> plus de lien")]
    [InlineData("@Julie merci !")]
    [InlineData("  Deux espaces avant, un après ")]
    [InlineData("Ligne 1\nLigne 2")]
    public void A_free_text_is_kept_exactly_as_written(string cell)
    {
        var answer = Read(Question(QuestionTypes.Texte), cell).Single();

        Assert.Equal(cell, answer.Text);
        Assert.Null(answer.OptionNumber);
        Assert.Null(answer.Number);
    }
}

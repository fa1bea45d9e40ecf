using System.Text.Json;
using Reporting.Tests.Annexes;
using static Reporting.Tests.Annexes.AnnexReader;

namespace Reporting.Tests.Network;

/// <summary>
/// The annexes of the demo year show the version 2 sections, with the figures of <c>reporting indicateurs</c>; the Manche
/// 2019 bilan shows the seed's §4.5 figures (15 documents, 54 photos, 90 posts: 50 % organisation, 10 % vie du réseau,
/// 40 % ressources; 20 members of whom 15 promeneurs).
/// </summary>
[Collection(DemoYearCollection.Name)]
public sealed class NetworkAnnexTests(DemoYear demo)
{
    [Fact]
    public void The_bilan_shows_the_seed_figures_of_the_network_group_with_its_chart()
    {
        using var package = Open(demo.File("Bilan_50_2019.xlsx"));
        var sheet = package.Workbook.Worksheets["Vie du réseau"];
        var activity = SheetBlock.Find(sheet, "Indicateur");
        decimal Cell(string label) => Number(activity.Value(activity.RowOf(label), "2019"));
        Assert.Equal((15m, 54m, 90m, 15m, 5m), (Cell("Documents ajoutés"), Cell("Photos ajoutées"), Cell("Posts publiés"),
            Cell("Membres promeneurs (fin de période)"), Cell("Autres membres (fin de période)")));
        var topics = SheetBlock.Find(sheet, "Sujet");
        Assert.Equal([("Organisation", 45m, 0.5m), ("Vie du réseau", 9m, 0.1m), ("Ressources", 36m, 0.4m)],
            topics.Rows.Select(r => (topics.Text(r)!, Number(topics.Value(r, "Posts")), Math.Round(Number(topics.Value(r, "Part")), 6))));
        Assert.Single(sheet.Drawings);

        var json = demo.Indicators("--departement", "50", "--periode", "2019").GetProperty("reseau");
        Assert.Equal(15, json.GetProperty("documents").GetInt32());
        Assert.Equal(0.1m, json.GetProperty("sujets").GetProperty("vie du réseau").GetDecimal());
        Assert.Equal(20, json.GetProperty("membres_promeneurs").GetInt32() + json.GetProperty("membres_autres").GetInt32());
    }

    [Fact]
    public void The_bilan_lists_the_journeys_with_the_medians_of_the_json_and_highlights_the_incomplete_one()
    {
        var json = demo.Indicators("--departement", "50", "--periode", "2019").GetProperty("parcours");
        using var package = Open(demo.File("Bilan_50_2019.xlsx"));
        var sheet = package.Workbook.Worksheets["Parcours"];
        var steps = SheetBlock.Find(sheet, "Étape");
        foreach (var step in json.EnumerateObject())
        {
            var row = steps.RowOf(step.Name);
            Same(step.Value.GetProperty("promeneurs").GetDecimal(), steps.Value(row, "Promeneurs"), step.Name);
            var median = step.Value.GetProperty("delai_median_jours");
            Same(median.ValueKind == JsonValueKind.Null ? null : median.GetDecimal(), steps.Value(row, "Délai médian depuis l'entretien (jours)"), step.Name);
        }
        var incomplete = demo.Indicators("--departement", "50", "--periode", "2019").GetProperty("parcours_incomplets").GetInt32();
        Assert.True(incomplete >= 1);
        var journeys = SheetBlock.Find(sheet, "Promeneur");
        var flagged = journeys.Rows.Where(r => journeys.Value(r, "Parcours") as string == "Incomplet").ToList();
        Assert.Equal(incomplete, flagged.Count);
        Assert.All(flagged, r => Assert.Equal("FFFFC7CE", sheet.Cells[r, 1].Style.Fill.BackgroundColor.Rgb));
    }

    [Fact]
    public void The_bilan_flags_the_group_over_15_members_and_the_monthly_annex_shows_the_month()
    {
        using (var package = Open(demo.File("Bilan_50_2019.xlsx")))
        {
            var groups = SheetBlock.Find(package.Workbook.Worksheets["Groupes locaux"], "Groupe local");
            var sud = groups.RowOf("Groupe local Sud-Manche");
            Assert.Equal((16m, 3m, "Atteint", "Plus de 15 membres"),
                (Number(groups.Value(sud, "Membres (fin de période)")), Number(groups.Value(sud, "Jours de rencontre")), groups.Value(sud, "Objectif de 3 jours"), groups.Value(sud, "Effectif")));
            var cotentin = groups.RowOf("Groupe local Cotentin");
            Assert.Equal("Non atteint", groups.Value(cotentin, "Objectif de 3 jours"));
            Assert.Contains(AllTexts(demo.File("Bilan_50_2019.xlsx")), t => t == "Attention : le groupe local « Groupe local Sud-Manche » compte 16 membres en fin d'année (15 au plus).");
        }
        using var march = Open(demo.File("Annexe_50_2019-03.xlsx"));
        var activity = SheetBlock.Find(march.Workbook.Worksheets["Vie du réseau"], "Indicateur");
        var month = demo.Indicators("--departement", "50", "--periode", "2019-03").GetProperty("reseau");
        Assert.Equal(2m, Number(activity.Sheet.Cells[activity.RowOf("Documents ajoutés"), 2].Value));
        Assert.Equal(month.GetProperty("posts").GetDecimal(), Number(activity.Sheet.Cells[activity.RowOf("Posts publiés"), 2].Value));
        var meetings = SheetBlock.Find(march.Workbook.Worksheets["Groupes locaux"], "Groupe local");
        Assert.Equal(1m, Number(meetings.Value(meetings.RowOf("Groupe local Sud-Manche"), "Jours de rencontre"))); // 14/03
    }
}

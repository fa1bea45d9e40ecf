using Reporting.Domain.Periods;
using Reporting.Indicators.Computation;
using Reporting.Indicators.Definitions;
using Reporting.Tests.Support;

namespace Reporting.Tests.Indicators;

/// <summary>Promeneurs of several départements, for national results.</summary>
public static class NationalData
{
    /// <summary>Writes a promeneurs list with the given number of Parentalité promeneurs per département, all labelled since 2018.</summary>
    public static void WritePromeneurs(string depot, params (string Departement, int Count)[] departements)
    {
        var rows = departements
            .SelectMany(d => Enumerable.Range(1, d.Count).Select(i => $"PDN-{d.Departement}-{i:0000};NOM{i};Prénom{i};CS-{d.Departement}-001;{d.Departement};Parentalité;Référent famille;01/01/2018;"))
            .ToArray();
        ReferenceFiles.Promeneurs(Path.Combine(depot, "promeneurs.csv"), rows);
    }

    public static void WriteWorkbook(string depot, string departement, int number, params object?[][] months)
    {
        var builder = new TrackingWorkbookBuilder($"PDN-{departement}-{number:0000}", departement, "Parentalité", 2019);
        foreach (var m in months) builder.Month(m);
        builder.Solicitation(new DateTime(2019, 1, 15), "Reçue", "Parent", "Message privé", "Scolarité", "6-11 ans", "Oui");
        builder.Save(Path.Combine(depot, $"suivi_{departement}_{number}.xlsx"));
    }

    /// <summary>
    /// 14 (Calvados): 8 promeneurs ; 50 (Manche): 6 ; 61 (Orne): 3.
    /// Workbooks: 14-0001 janvier 3 h en ligne ; 50-0001 janvier 5 h ; 61-0001 janvier 10 h ; 61-0002 février 1 h.
    /// Each workbook also carries one solicitation (reçue).
    /// </summary>
    public static TestWarehouse ThreeDepartements(int calvados = 8, int manche = 6, int orne = 3)
    {
        var w = new TestWarehouse();
        WritePromeneurs(w.Depot, ("14", calvados), ("50", manche), ("61", orne));
        WriteWorkbook(w.Depot, "14", 1, new object?[] { "Janvier", 3, 0, 1, 10, 1, 1 });
        WriteWorkbook(w.Depot, "50", 1, new object?[] { "Janvier", 5, 0, 1, 10, 1, 1 });
        WriteWorkbook(w.Depot, "61", 1, new object?[] { "Janvier", 10, 0, 1, 10, 1, 1 });
        WriteWorkbook(w.Depot, "61", 2, new object?[] { "Février", 1, 0, 1, 10, 1, 1 });
        var report = w.Load();
        Assert.Equal(5, report.Count(Reporting.Warehouse.Loading.FileStatus.Loaded));
        return w;
    }
}

/// <summary>National results: one set per département, totals over all, small-number secrecy (INDICATORS.md).</summary>
public sealed class NationalTests
{
    private static IndicatorResult National(TestWarehouse w, int seuil = StatisticalSecrecy.DefaultThreshold) =>
        w.Indicators(new Scope(null, Period.Year(2019), null, Population.Actifs), seuil);

    [Fact]
    public void National_totals_include_every_departement_even_the_secret_ones()
    {
        using var w = NationalData.ThreeDepartements();
        var result = National(w);

        Assert.Equal("national", result.Total.Territoire);
        Assert.False(result.Total.Secret);
        Assert.Equal(17m, result.Total.Value("promeneurs")); // 8 + 6 + 3
        Assert.Equal(204m, result.Total.Value("mois_attendus")); // 17 × 12
        Assert.Equal(4m, result.Total.Value("mois_transmis"));
        Assert.Equal(19m, result.Total.Value("heures_en_ligne")); // 3 + 5 + 10 + 1
        Assert.Equal(4m, result.Total.Value("sollicitations_recues"));
        Assert.Equal(4m, result.Total.Distribution(IndicatorCatalog.Get("modalites"))!["Message privé"]);

        // One result per département, in INSEE order, with its own figures.
        Assert.Equal(["14", "50", "61"], result.Departements.Select(d => d.Territoire));
        Assert.Equal([8m, 6m, 3m], result.Departements.Select(d => d.Promeneurs));
        Assert.Equal(3m, result.Departements[0].Value("heures_en_ligne"));
    }

    [Fact]
    public void Exactly_one_suppressed_departement_drags_the_smallest_other_with_it()
    {
        using var w = NationalData.ThreeDepartements(calvados: 8, manche: 6, orne: 3);
        var d = National(w).Departements.ToDictionary(x => x.Territoire);

        Assert.True(d["61"].Secret); // 3 < 5
        Assert.True(d["50"].Secret); // secondary: the smallest of the others (6 < 8)
        Assert.False(d["14"].Secret);

        foreach (var secret in new[] { d["61"], d["50"] })
        {
            Assert.Equal(secret.Territoire == "61" ? 3m : 6m, secret.Value("promeneurs")); // the population stays visible
            foreach (var definition in IndicatorCatalog.All.Where(x => x.Key != "promeneurs"))
            {
                if (definition.Kind == IndicatorKind.Distribution) Assert.Null(secret.Distribution(definition));
                else Assert.Null(secret.Value(definition));
            }
        }
        Assert.Equal(3m, d["14"].Value("heures_en_ligne"));
    }

    [Fact]
    public void Secondary_secrecy_breaks_ties_by_the_lowest_code()
    {
        using var w = NationalData.ThreeDepartements(calvados: 6, manche: 6, orne: 3);
        var d = National(w).Departements.ToDictionary(x => x.Territoire);

        Assert.True(d["61"].Secret);
        Assert.True(d["14"].Secret); // 14 and 50 both have 6: "14" comes first
        Assert.False(d["50"].Secret);
    }

    [Fact]
    public void Two_suppressed_departements_need_no_secondary_secrecy()
    {
        using var w = NationalData.ThreeDepartements(calvados: 2, manche: 6, orne: 4);
        var d = National(w).Departements.ToDictionary(x => x.Territoire);

        Assert.True(d["14"].Secret); // 2 < 5
        Assert.True(d["61"].Secret); // 4 < 5
        Assert.False(d["50"].Secret);
        Assert.Equal(5m, d["50"].Value("heures_en_ligne"));
    }

    [Fact]
    public void The_threshold_is_configurable()
    {
        using var w = NationalData.ThreeDepartements(calvados: 8, manche: 6, orne: 3);

        // Seuil 3: 3 promeneurs are not fewer than 3, nobody is suppressed.
        Assert.All(National(w, seuil: 3).Departements, d => Assert.False(d.Secret));

        // Seuil 7: 50 (6) and 61 (3) are suppressed; two suppressed, so 14 (8) stays.
        var d7 = National(w, seuil: 7).Departements.ToDictionary(x => x.Territoire);
        Assert.True(d7["50"].Secret);
        Assert.True(d7["61"].Secret);
        Assert.False(d7["14"].Secret);
        Assert.Equal(7, National(w, seuil: 7).Seuil);
    }

    [Fact]
    public void A_threshold_below_3_is_refused()
    {
        using var w = NationalData.ThreeDepartements();
        Assert.Throws<ArgumentOutOfRangeException>(() => National(w, seuil: 2));
    }

    [Fact]
    public void A_departmental_result_is_never_suppressed()
    {
        using var w = NationalData.ThreeDepartements();
        var orne = w.Indicators(new Scope("61", Period.Year(2019), null, Population.Actifs)).Total;

        Assert.False(orne.Secret);
        Assert.Equal(3m, orne.Value("promeneurs"));
        Assert.Equal(11m, orne.Value("heures_en_ligne")); // 10 + 1
    }

    [Fact]
    public void Departements_without_anyone_in_the_population_are_left_out()
    {
        using var w = NationalData.ThreeDepartements();
        // Only Parentalité promeneurs were loaded: a Jeunesse national result has no département.
        var result = w.Indicators(new Scope(null, Period.Year(2019), "Jeunesse", Population.Actifs));
        Assert.Empty(result.Departements);
        Assert.Equal(0m, result.Total.Value("promeneurs"));
        Assert.Equal(0m, result.Total.Value("taux_transmission"));
    }

    [Theory]
    [InlineData(2, true)]   // one département of 2 promeneurs: the total would be theirs exactly
    [InlineData(0, false)]  // nobody: nothing to hide
    [InlineData(5, false)]  // at the threshold: published
    public void A_nation_smaller_than_the_threshold_hides_its_total_too(int promeneurs, bool secret)
    {
        var amounts = new IndicatorAmounts();
        amounts.Add("promeneurs", string.Empty, promeneurs);
        amounts.Add("heures_en_ligne", string.Empty, 10m);
        var national = new IndicatorSet("national", amounts);
        Reporting.Indicators.Computation.StatisticalSecrecy.ApplyToTotal(national, 5);
        Assert.Equal(secret, national.Secret);
        Assert.Equal(promeneurs, national.Value("promeneurs"));
        Assert.Equal(secret ? null : 10m, national.Value("heures_total"));
    }
}

using Reporting.Domain.Periods;
using Reporting.Indicators.Computation;
using Reporting.Indicators.Definitions;

namespace Reporting.Tests.Indicators;

/// <summary>
/// The per-promeneur rows of the annexes come from the same query as the département's figures
/// (indicators.sql with @by_promeneur = 1): computed by hand, and adding up to the département.
/// </summary>
public sealed class PerPromeneurTests
{
    [Fact]
    public void Each_promeneur_of_the_population_has_its_own_figures()
    {
        using var w = HandComputedDepartement.Load();
        using var session = w.Open();

        var breakdown = new IndicatorService(session).ComputeByPromeneur(new Scope("50", Period.Year(2019), null, Population.Actifs));

        // P5 left in 2018 and Q1 is in the Calvados: neither is in the population.
        Assert.Equal(["PDN-50-0001", "PDN-50-0002", "PDN-50-0003", "PDN-50-0004"], breakdown.Promeneurs.Select(p => p.Territoire));
        var p = breakdown.Promeneurs.ToDictionary(s => s.Territoire);
        Assert.Equal(30.5m, p["PDN-50-0001"].Value("heures_en_ligne")); // 10 + 8,5 + 12
        Assert.Equal(32.25m, p["PDN-50-0002"].Value("heures_en_ligne")); // 5 + 20 + 7,25
        Assert.Equal(9m, p["PDN-50-0003"].Value("heures_en_ligne"));
        Assert.Equal(6m, p["PDN-50-0004"].Value("heures_en_ligne"));
        Assert.Equal(12m, p["PDN-50-0001"].Value("mois_attendus"));
        Assert.Equal(3m, p["PDN-50-0001"].Value("mois_transmis")); // January, February, April (March left empty)
        Assert.Equal(10m, p["PDN-50-0003"].Value("mois_attendus")); // arrived in March
        Assert.Equal(120m, p["PDN-50-0001"].Value("amis_public")); // its last month sent: April
        Assert.Equal(3m, p["PDN-50-0001"].Value("sollicitations_recues")); // s1, s3, s4
        Assert.Equal(1m, p["PDN-50-0002"].Value("sollicitations_initiees")); // s5
        Assert.Equal(1m, p["PDN-50-0002"].Distribution(IndicatorCatalog.Get("modalites"))!["Visioconférence"]); // s7
        Assert.All(breakdown.Promeneurs, s => Assert.Equal(1m, s.Value("promeneurs")));
    }

    [Theory]
    [InlineData("2019", null, Population.Actifs)]
    [InlineData("2019", "Parentalité", Population.PeriodeComplete)]
    [InlineData("2019-03..2019-06", "Jeunesse", Population.Actifs)]
    [InlineData("2019-06", null, Population.Actifs)]
    public void The_promeneurs_add_up_to_the_departement(string period, string? label, Population population)
    {
        using var w = HandComputedDepartement.Load();
        using var session = w.Open();
        var scope = new Scope("50", Period.TryParse(period, out _)!, label, population);
        var service = new IndicatorService(session);

        var total = service.Compute(scope).Total;
        var breakdown = service.ComputeByPromeneur(scope);

        string[] additive = ["promeneurs", "mois_attendus", "mois_transmis", "heures_en_ligne", "heures_hors_ligne", "permanences", "publications",
            "amis_public", "amis_professionnels", "nouveaux_participants", "emargements", "presences"];
        foreach (var key in additive)
        {
            Assert.Equal(total.Amounts[key], breakdown.Promeneurs.Sum(p => p.Amounts[key]));
            Assert.Equal(total.Amounts[key], breakdown.Departement.Amounts[key]);
        }
        foreach (var (name, list) in IndicatorAmounts.Distributions)
            foreach (var category in list.Values)
                Assert.Equal(total.Amounts.Distribution(name)[category], breakdown.Promeneurs.Sum(p => p.Amounts.Distribution(name)[category]));
        // Regroupements belong to the département: same figures, on no promeneur.
        Assert.Equal(total.Value("regroupements"), breakdown.Departement.Value("regroupements"));
        Assert.Equal(total.Value("heures_regroupement"), breakdown.Departement.Value("heures_regroupement"));
        Assert.All(breakdown.Promeneurs, p => Assert.Equal(0m, p.Amounts["regroupements"]));
        foreach (var definition in IndicatorCatalog.All.Where(d => d.Kind != IndicatorKind.Distribution))
            Assert.Equal(total.Value(definition), breakdown.Departement.Value(definition));
    }

    [Fact]
    public void A_national_scope_has_no_per_promeneur_figures()
    {
        using var w = HandComputedDepartement.Load();
        using var session = w.Open();

        Assert.Throws<ArgumentException>(() => new IndicatorService(session).ComputeByPromeneur(new Scope(null, Period.Year(2019), null, Population.Actifs)));
    }
}

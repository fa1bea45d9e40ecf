using Reporting.Domain.Periods;
using Reporting.Indicators.Definitions;
using Reporting.Tests.Support;

namespace Reporting.Tests.Indicators;

/// <summary>Population rules (INDICATORS.md "Scope"): actifs vs periode-complete, days counted inclusively.</summary>
public sealed class PopulationTests
{
    [Fact]
    public void Seed_case_13_full_year_promeneurs_and_2_joiners()
    {
        using var w = new TestWarehouse();
        // 13 promeneurs labelled on 01/01/2019 (the first day counts), 2 joining on 01/04 and 01/09/2019.
        var rows = Enumerable.Range(1, 13)
            .Select(i => $"PDN-50-{i:0000};NOM{i};Prénom{i};CS-50-001;50;Parentalité;Référent famille;01/01/2019;")
            .Append("PDN-50-0014;NOM14;Prénom14;CS-50-001;50;Parentalité;Référent famille;01/04/2019;")
            .Append("PDN-50-0015;NOM15;Prénom15;CS-50-001;50;Parentalité;Référent famille;01/09/2019;")
            .ToArray();
        ReferenceFiles.Promeneurs(w.InDepot("promeneurs.csv"), rows);
        w.Load();

        var actifs = w.Indicators(new Scope("50", Period.Year(2019), null, Population.Actifs)).Total;
        var complete = w.Indicators(new Scope("50", Period.Year(2019), "Parentalité", Population.PeriodeComplete)).Total;

        Assert.Equal(15m, actifs.Value("promeneurs"));
        Assert.Equal(169m, actifs.Value("mois_attendus")); // 13 × 12 + 9 (avril…déc.) + 4 (sept.…déc.)
        Assert.Equal(13m, complete.Value("promeneurs"));
        Assert.Equal(156m, complete.Value("mois_attendus")); // 13 × 12
        Assert.Equal(0m, complete.Value("taux_transmission")); // nothing sent: 0 / 156
    }

    [Fact]
    public void A_single_day_of_labellisation_makes_a_promeneur_active_and_expected_that_month()
    {
        using var w = new TestWarehouse();
        ReferenceFiles.Promeneurs(w.InDepot("promeneurs.csv"),
            "PDN-50-0001;A;A;CS-50-001;50;Jeunesse;;01/01/2015;01/03/2019", // last day: 1 March
            "PDN-50-0002;B;B;CS-50-001;50;Jeunesse;;31/03/2019;", // first day: 31 March
            "PDN-50-0003;C;C;CS-50-001;50;Jeunesse;;01/04/2019;"); // not active in March
        w.Load();

        var march = w.Indicators(new Scope("50", Period.Month(2019, 3), null, Population.Actifs)).Total;
        Assert.Equal(2m, march.Value("promeneurs")); // 0001 and 0002
        Assert.Equal(2m, march.Value("mois_attendus"));

        var marchComplete = w.Indicators(new Scope("50", Period.Month(2019, 3), null, Population.PeriodeComplete)).Total;
        Assert.Equal(0m, marchComplete.Value("promeneurs")); // neither is active every day of March

        var year = w.Indicators(new Scope("50", Period.Year(2019), null, Population.Actifs)).Total;
        Assert.Equal(3m, year.Value("promeneurs"));
        Assert.Equal(22m, year.Value("mois_attendus")); // 0001 janv.…mars 3 + 0002 mars…déc. 10 + 0003 avril…déc. 9
    }
}

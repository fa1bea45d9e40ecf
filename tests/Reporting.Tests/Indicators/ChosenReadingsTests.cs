using Reporting.Domain.Periods;
using Reporting.Indicators.Definitions;
using Reporting.Tests.Pipeline;
using Reporting.Tests.Support;

namespace Reporting.Tests.Indicators;

/// <summary>
/// Where INPUTS.md / INDICATORS.md leave room for more than one reading, the reading the code chose
/// (etl/REGLES.md). These tests pin it so that a change is deliberate.
/// </summary>
public sealed class ChosenReadingsTests
{
    [Fact]
    public void A_month_sent_outside_the_labellisation_counts_in_sums_but_not_in_transmission()
    {
        // REGLES 18–19. P labelled on 15/03/2019 also filled janvier (5 h) and mars (3 h).
        using var w = new TestWarehouse();
        ReferenceFiles.Promeneurs(w.InDepot("promeneurs.csv"), "PDN-50-0001;A;A;CS-50-001;50;Jeunesse;;15/03/2019;");
        new TrackingWorkbookBuilder("PDN-50-0001", "50", "Jeunesse", 2019)
            .Month("Janvier", 5, 0, 0, 10, 0, 0)
            .Month("Mars", 3, 0, 0, 20, 0, 0)
            .Save(w.InDepot("suivi.xlsx"));
        w.Load();

        var s = w.Indicators(new Scope("50", Period.Year(2019), null, Population.Actifs)).Total;
        Assert.Equal(10m, s.Value("mois_attendus")); // mars…décembre
        Assert.Equal(1m, s.Value("mois_transmis")); // mars only: janvier is not an expected month
        Assert.Equal(8m, s.Value("heures_en_ligne")); // 5 + 3: every row of the period counts
    }

    [Fact]
    public void Blank_friend_counts_of_the_last_submitted_month_are_a_stock_of_zero()
    {
        // INPUTS.md: a blank cell of a submitted month is 0, stocks included (no carry-over from the month before).
        using var w = new TestWarehouse();
        ReferenceFiles.Promeneurs(w.InDepot("promeneurs.csv"), "PDN-50-0001;A;A;CS-50-001;50;Jeunesse;;01/01/2018;");
        new TrackingWorkbookBuilder("PDN-50-0001", "50", "Jeunesse", 2019)
            .Month("Janvier", 5, 0, 0, 40, 8, 0)
            .Month("Février", 5, 0, 0, null, null, 0)
            .Save(w.InDepot("suivi.xlsx"));
        w.Load();

        var year = w.Indicators(new Scope("50", Period.Year(2019), null, Population.Actifs)).Total;
        Assert.Equal(0m, year.Value("amis_public")); // février, submitted with blank stocks
        var january = w.Indicators(new Scope("50", Period.Month(2019, 1), null, Population.Actifs)).Total;
        Assert.Equal(40m, january.Value("amis_public"));
    }

    [Fact]
    public void A_change_on_the_day_of_the_first_load_still_keeps_the_first_version_for_the_past()
    {
        // REGLES 14: "la première version vaut depuis toujours" and "deux changements le même jour
        // corrigent la version du jour". The code treats a same-day correction of a promeneur's
        // first version as a change: the first version keeps the past.
        using var w = new TestWarehouse(new DateTimeOffset(2020, 2, 15, 9, 0, 0, TimeSpan.Zero));
        ReferenceFiles.Promeneurs(w.InDepot("promeneurs.csv"), "PDN-50-0001;A;A;CS-50-001;50;Jeunesse;;01/01/2018;");
        w.Load();
        w.Clock.SetUtcNow(new DateTimeOffset(2020, 2, 15, 16, 0, 0, TimeSpan.Zero));
        ReferenceFiles.Promeneurs(w.InDepot("promeneurs.csv"), "PDN-50-0001;A;A;CS-50-001;50;Parentalité;;01/01/2018;");
        w.Load();

        var versions = WarehouseRows.Query<PromeneurRow>(w, Sql.Promeneurs);
        Assert.Equal([("Jeunesse", new DateOnly(1900, 1, 1)), ("Parentalité", new DateOnly(2020, 2, 15))], versions.Select(v => (v.Label, v.ValidFrom)));
        Assert.Equal(1m, w.Indicators(new Scope("50", Period.Year(2019), "Jeunesse", Population.Actifs)).Total.Value("promeneurs"));
    }
}

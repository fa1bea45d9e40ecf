using Reporting.Domain.Periods;
using Reporting.Indicators.Definitions;
using Reporting.Tests.Support;
using Reporting.Warehouse.Loading;

namespace Reporting.Tests.Pipeline;

/// <summary>
/// Type 2 history of promeneurs (INPUTS.md §2, etl/REGLES.md 16 and 19): a changed label or structure
/// ends the current version on the load date; the label of a period is the one in effect on the last
/// day of the period on which the promeneur is active (sql/queries/indicators.sql).
/// </summary>
public sealed class PromeneurHistoryTests
{
    private const string P1Jeunesse = "PDN-50-0001;MARTIN;Alice;CS-50-001;50;Jeunesse;Animatrice;01/01/2018;";
    private const string P1Parentalite = "PDN-50-0001;MARTIN;Alice;CS-50-001;50;Parentalité;Référente famille;01/01/2018;";
    private const string P2 = "PDN-50-0002;BERNARD;Bruno;CS-50-002;50;Parentalité;Référent famille;01/01/2018;";

    private static IndicatorSet Compute(TestWarehouse w, Period period, string? label) =>
        w.Indicators(new Scope("50", period, label, Population.Actifs)).Total;

    /// <summary>
    /// First list loaded on 15/02/2020 with P1 Jeunesse and P1's 2019 workbook (janvier 10 h);
    /// on 01/06/2020 a new list makes P1 Parentalité.
    /// </summary>
    private static TestWarehouse LabelChangedOnFirstOfJune()
    {
        var w = new TestWarehouse(new DateTimeOffset(2020, 2, 15, 10, 0, 0, TimeSpan.Zero));
        ReferenceFiles.Promeneurs(w.InDepot("promeneurs.csv"), P1Jeunesse, P2);
        new TrackingWorkbookBuilder("PDN-50-0001", "50", "Jeunesse", 2019)
            .Month("Janvier", 10, 0, 1, 10, 1, 1)
            .Save(w.InDepot("suivi_2019.xlsx"));
        Assert.Equal(2, w.Load().Count(FileStatus.Loaded));

        w.Clock.SetUtcNow(new DateTimeOffset(2020, 6, 1, 9, 0, 0, TimeSpan.Zero));
        ReferenceFiles.Promeneurs(w.InDepot("promeneurs.csv"), P1Parentalite, P2);
        Assert.Equal(1, w.Load().Count(FileStatus.Loaded));
        return w;
    }

    [Fact]
    public void A_changed_label_closes_the_version_on_the_load_date_and_opens_a_new_one()
    {
        using var w = LabelChangedOnFirstOfJune();

        var p1 = WarehouseRows.Query<PromeneurRow>(w, Sql.Promeneurs).Where(p => p.PromeneurId == "PDN-50-0001").ToList();
        Assert.Equal(2, p1.Count);
        Assert.Equal(("Jeunesse", "Animatrice", new DateOnly(1900, 1, 1), new DateOnly(2020, 6, 1), (short)0),
            (p1[0].Label, p1[0].Job, p1[0].ValidFrom, p1[0].ValidTo, p1[0].IsCurrent));
        Assert.Equal(("Parentalité", "Référente famille", new DateOnly(2020, 6, 1), new DateOnly(9999, 12, 31), (short)1),
            (p1[1].Label, p1[1].Job, p1[1].ValidFrom, p1[1].ValidTo, p1[1].IsCurrent));

        // P2 did not change: still one version.
        Assert.Single(WarehouseRows.Query<PromeneurRow>(w, Sql.Promeneurs), p => p.PromeneurId == "PDN-50-0002");
    }

    [Fact]
    public void The_past_keeps_the_old_label_in_indicator_label_filters()
    {
        using var w = LabelChangedOnFirstOfJune();

        // 2019: on 31/12/2019 P1 was Jeunesse.
        var jeunesse2019 = Compute(w, Period.Year(2019), "Jeunesse");
        Assert.Equal(1m, jeunesse2019.Value("promeneurs"));
        Assert.Equal(10m, jeunesse2019.Value("heures_en_ligne"));
        var parentalite2019 = Compute(w, Period.Year(2019), "Parentalité");
        Assert.Equal(1m, parentalite2019.Value("promeneurs")); // P2 only
        Assert.Equal(0m, parentalite2019.Value("heures_en_ligne"));

        // January–May 2020 ends before the change: still Jeunesse.
        Assert.Equal(1m, Compute(w, Period.Months(2020, 1, 2020, 5), "Jeunesse").Value("promeneurs"));

        // 2020 and June 2020: the label in effect on the last day is the new one.
        Assert.Equal(0m, Compute(w, Period.Year(2020), "Jeunesse").Value("promeneurs"));
        Assert.Equal(2m, Compute(w, Period.Year(2020), "Parentalité").Value("promeneurs"));
        Assert.Equal(2m, Compute(w, Period.Month(2020, 6), "Parentalité").Value("promeneurs"));
    }

    [Fact]
    public void Workbooks_are_checked_against_the_labels_of_their_year()
    {
        using var w = LabelChangedOnFirstOfJune();

        // 2020 saw both labels (Jeunesse until 31/05, Parentalité from 01/06): a 2020 workbook may carry either.
        new TrackingWorkbookBuilder("PDN-50-0001", "50", "Parentalité", 2020)
            .Month("Mars", 4, 0, 0, 0, 0, 0)
            .Month("Septembre", 6, 0, 0, 0, 0, 0)
            .Save(w.InDepot("suivi_2020.xlsx"));
        // 2019 only knew Jeunesse: a 2019 workbook saying Parentalité is refused.
        new TrackingWorkbookBuilder("PDN-50-0001", "50", "Parentalité", 2019)
            .Month("Février", 4, 0, 0, 0, 0, 0)
            .Save(w.InDepot("suivi_2019_faux.xlsx"));

        var report = w.Load();

        Assert.Equal(FileStatus.Loaded, report.Files.Single(f => f.Path.EndsWith("suivi_2020.xlsx", StringComparison.Ordinal)).Status);
        var refused = report.Files.Single(f => f.Path.EndsWith("suivi_2019_faux.xlsx", StringComparison.Ordinal));
        Assert.Equal(FileStatus.Quarantined, refused.Status);
        Assert.Contains("« Parentalité »", refused.Message);
        Assert.Contains("« Jeunesse »", refused.Message);

        // Each month of the 2020 workbook points at the version in effect that month.
        var labels = WarehouseRows.Query<(int MonthKey, string Label)>(w,
            "SELECT f.month_key, p.label FROM fact.monthly_activity f JOIN dim.promeneur p ON p.promeneur_key = f.promeneur_key WHERE f.month_key >= 202001 ORDER BY f.month_key");
        Assert.Equal([(202003, "Jeunesse"), (202009, "Parentalité")], labels);
    }

    [Fact]
    public void A_changed_structure_keeps_history_without_touching_the_label()
    {
        using var w = new TestWarehouse(new DateTimeOffset(2020, 2, 15, 10, 0, 0, TimeSpan.Zero));
        ReferenceFiles.Promeneurs(w.InDepot("promeneurs.csv"), P2);
        w.Load();
        w.Clock.SetUtcNow(new DateTimeOffset(2020, 9, 1, 9, 0, 0, TimeSpan.Zero));
        ReferenceFiles.Promeneurs(w.InDepot("promeneurs.csv"), P2.Replace("CS-50-002", "CS-50-007", StringComparison.Ordinal));
        w.Load();

        var versions = WarehouseRows.Query<PromeneurRow>(w, Sql.Promeneurs);
        Assert.Equal(["CS-50-002", "CS-50-007"], versions.Select(v => v.StructureCode));
        Assert.Equal([new DateOnly(2020, 9, 1), new DateOnly(9999, 12, 31)], versions.Select(v => v.ValidTo));
        Assert.Equal([(short)0, (short)1], versions.Select(v => v.IsCurrent));
        Assert.Equal(1m, Compute(w, Period.Year(2019), "Parentalité").Value("promeneurs"));
        Assert.Equal(1m, Compute(w, Period.Year(2020), "Parentalité").Value("promeneurs"));
    }

    [Fact]
    public void A_changed_name_is_overwritten_on_every_version_without_new_history()
    {
        using var w = LabelChangedOnFirstOfJune();
        w.Clock.SetUtcNow(new DateTimeOffset(2020, 7, 1, 9, 0, 0, TimeSpan.Zero));
        ReferenceFiles.Promeneurs(w.InDepot("promeneurs.csv"), P1Parentalite.Replace("MARTIN", "MARTIN-DURAND", StringComparison.Ordinal), P2);
        w.Load();

        var p1 = WarehouseRows.Query<PromeneurRow>(w, Sql.Promeneurs).Where(p => p.PromeneurId == "PDN-50-0001").ToList();
        Assert.Equal(2, p1.Count); // no third version
        Assert.All(p1, v => Assert.Equal("MARTIN-DURAND", v.LastName));
    }

    [Fact]
    public void A_second_change_on_the_same_day_corrects_that_days_version()
    {
        using var w = LabelChangedOnFirstOfJune();
        // Later on 01/06/2020 the coordinator corrects the job typed in the morning.
        w.Clock.SetUtcNow(new DateTimeOffset(2020, 6, 1, 16, 0, 0, TimeSpan.Zero));
        ReferenceFiles.Promeneurs(w.InDepot("promeneurs.csv"), P1Parentalite.Replace("Référente famille", "Référente famille et animatrice", StringComparison.Ordinal), P2);
        w.Load();

        var p1 = WarehouseRows.Query<PromeneurRow>(w, Sql.Promeneurs).Where(p => p.PromeneurId == "PDN-50-0001").ToList();
        Assert.Equal(2, p1.Count); // no one-day version
        Assert.Equal(("Parentalité", "Référente famille et animatrice", new DateOnly(2020, 6, 1), (short)1),
            (p1[1].Label, p1[1].Job, p1[1].ValidFrom, p1[1].IsCurrent));
        Assert.Equal(("Jeunesse", new DateOnly(2020, 6, 1)), (p1[0].Label, p1[0].ValidTo));
    }
}

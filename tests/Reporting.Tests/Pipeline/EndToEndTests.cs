using Reporting.Domain.Periods;
using Reporting.Indicators.Definitions;
using Reporting.Tests.Support;
using Reporting.Warehouse.Loading;

namespace Reporting.Tests.Pipeline;

public sealed class EndToEndTests
{
    [Fact]
    public void A_tracking_workbook_loads_and_its_hours_are_summed()
    {
        using var w = new TestWarehouse();
        ReferenceFiles.Promeneurs(w.InDepot("promeneurs.csv"), "PDN-50-0001;DUPONT;Camille;CS-50-001;50;Parentalité;Référent famille;01/10/2018;");
        new TrackingWorkbookBuilder()
            .Month("Janvier", 5.5, 2, 1, 10, 4, 3)
            .Month("Février", "7,25", null, null, 12, 5, null)
            .Solicitation(new DateTime(2019, 1, 3), "Reçue", "Parent", "Message privé", "Scolarité", "6-11 ans", "Oui")
            .Save(w.InDepot("suivi.xlsx"));

        var report = w.Load();

        Assert.Equal(2, report.Count(FileStatus.Loaded));
        var result = w.Indicators(new Scope("50", Period.Year(2019), null, Population.Actifs));
        Assert.Equal(12.75m, result.Total.Value("heures_en_ligne"));
        Assert.Equal(2m, result.Total.Value("mois_transmis"));
        Assert.Equal(12m, result.Total.Value("mois_attendus"));
        Assert.Equal(12m, result.Total.Value("amis_public"));
        Assert.Equal(1m, result.Total.Value("nouveaux_participants"));
    }
}

using System.Text.Json;
using MimeKit;
using Reporting.Cli;
using Reporting.Demo;
using Reporting.Service;
using Reporting.Service.State;
using Reporting.Tests.Pipeline;
using Reporting.Tests.Support;
using Reporting.Warehouse.Loading;

namespace Reporting.Tests.Service;

/// <summary>
/// The real service host with a fake clock: files dropped into the depot are loaded at the next tick and archived,
/// the monthly run writes the annexes of the month just closed into the expected folders (the catch-up writes the
/// earlier months of the window at once), coordinators get them by mail, and <c>reporting etat</c> reports it all.
/// </summary>
public sealed class ServiceEndToEndTests
{
    private static readonly TimeSpan Paris = TimeSpan.FromHours(2); // summer time in July

    [Fact]
    public async Task Files_dropped_are_loaded_at_the_next_tick_and_the_monthly_run_writes_and_mails_the_annexes()
    {
        using var smtp = new FakeSmtpServer();
        var start = new DateTimeOffset(2019, 7, 1, 22, 0, 0, Paris);
        await using var service = new ServiceHarness(start, new Dictionary<string, string?>
        {
            ["Service:Rattrapage"] = "1",
            // 17 minutes: no tick falls at 6:00, so the annexes of June come from the monthly run itself.
            ["Service:IntervalleChargement"] = "00:17:00",
            ["Service:Courriel:Serveur"] = "127.0.0.1",
            ["Service:Courriel:Port"] = smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Service:Courriel:Tls"] = "Aucun",
            ["Service:Courriel:Expediteur"] = "pdn-reporting@caf50.fr",
            ["Service:Courriel:Destinataires:50"] = "coordination.pdn@caf50.fr; suivi.pdn@caf50.fr",
            ["Service:Courriel:Destinataires:national"] = "pdn@cnaf.fr",
        });
        await service.StartAsync();

        // The start-up run finds an empty depot and an empty warehouse: nothing to load, no annex due.
        var started = await service.WaitForAsync(s => s.Status == ServiceState.Running && ServiceHarness.LastEnd(s, ScheduledWork.AnnexJobName) is not null);
        Assert.Null(started.LastIngest);
        Assert.Equal(start + TimeSpan.FromMinutes(17), started.Jobs.Single(j => j.Name == ScheduledWork.IngestJobName).NextRun);
        Assert.Equal(new DateTimeOffset(2019, 7, 2, 6, 0, 0, Paris), started.Jobs.Single(j => j.Name == ScheduledWork.AnnexJobName).NextRun);

        // Files arrive; the next tick (22:17) loads them, archives them, quarantines the damaged one.
        var demo = DemoDataset.Generate(service.Depot, 2019);
        var depotFiles = WarehouseRows.FilesUnder(service.Depot);
        var tick = start + TimeSpan.FromMinutes(17);
        var afterTick = await service.AdvanceToAsync(tick, s => s.LastIngest is not null);
        Assert.Empty(WarehouseRows.FilesUnder(service.Depot));
        var ingest = afterTick.LastIngest!;
        Assert.Equal(depotFiles.Count, ingest.FilesRead);
        Assert.Equal(depotFiles.Count, ingest.Loaded + ingest.Duplicates + ingest.Older + ingest.Quarantined);
        Assert.True(ingest.Loaded >= demo.Workbooks, $"{ingest.Loaded} loaded");
        Assert.True(ingest.Quarantined >= 1);
        Assert.True(ingest.Loaded + ingest.Duplicates + ingest.Older == WarehouseRows.FilesUnder(Path.Combine(service.Archives, "2019-07-01")).Count, string.Join(", ", WarehouseRows.FilesUnder(service.Root)));
        Assert.Equal(ingest.Quarantined, WarehouseRows.FilesUnder(service.Quarantine).Count(f => !f.EndsWith(".erreur.txt", StringComparison.Ordinal)));

        // June is not due before its monthly run (2 July, 6:00); May is outside the one-month window.
        Assert.False(Directory.Exists(service.Annexes));

        // The monthly run of 2 July writes June: the annex of every département with data, their feedback
        // workbooks, the national comparison.
        var monthly = new DateTimeOffset(2019, 7, 2, 6, 0, 0, Paris);
        var nextMonthly = new DateTimeOffset(2019, 8, 2, 6, 0, 0, Paris);
        var afterMonthly = await service.AdvanceToAsync(monthly, s => ServiceHarness.LastEnd(s, ScheduledWork.AnnexJobName) >= monthly
            && s.Jobs.Single(j => j.Name == ScheduledWork.AnnexJobName).NextRun == nextMonthly);
        foreach (var departement in demo.Departements)
            Assert.True(File.Exists(Path.Combine(service.Annexes, departement, "2019-06", $"Annexe_{departement}_2019-06.xlsx")),
                departement + " " + System.Text.Json.JsonSerializer.Serialize(afterMonthly.Jobs, ServiceState.Json));
        var june50 = WarehouseRows.FilesUnder(Path.Combine(service.Annexes, "50", "2019-06"));
        Assert.Contains("Retour_Suivi_PDN-50-0005_2019.xlsx", june50);
        Assert.Contains("livraison.json", june50);
        Assert.Equal(["Comparaison_nationale_2019-06.xlsx", "livraison.json"], WarehouseRows.FilesUnder(Path.Combine(service.Annexes, "national", "2019-06")));
        Assert.Empty(Directory.EnumerateDirectories(Path.Combine(service.Annexes, "50"), ".en-cours-*"));
        using var annex = Reporting.Tests.Annexes.AnnexReader.Open(Path.Combine(service.Annexes, "50", "2019-06", "Annexe_50_2019-06.xlsx"));
        Assert.Equal("Synthèse", annex.Workbook.Worksheets[0].Name);

        // Mail: one message per destination with recipients and per delivery, the annexes attached.
        var messages = smtp.Messages.ToList();
        var june = messages.Single(m => m.Subject == "PdN Reporting : annexes du département 50 pour juin 2019");
        Assert.Equal(["coordination.pdn@caf50.fr", "suivi.pdn@caf50.fr"], june.To.Mailboxes.Select(a => a.Address));
        var attached = june.Attachments.OfType<MimePart>().Select(a => a.FileName).ToList();
        Assert.Contains("Annexe_50_2019-06.xlsx", attached);
        Assert.Contains("Retour_Suivi_PDN-50-0005_2019.xlsx", attached);
        Assert.Single(messages, m => m.Subject == "PdN Reporting : comparaison nationale de juin 2019");
        Assert.DoesNotContain(messages, m => (m.Subject ?? string.Empty).Contains("département 14", StringComparison.Ordinal)); // nobody to mail there
        Assert.Contains(afterMonthly.Deliveries, d => d.Target == "50" && d.Month == "2019-06" && d.Mail == "envoyé à 2 destinataires");

        // « reporting etat » reads the state while the service runs (JSON for scripts).
        var cli = service.Cli();
        Assert.Equal(ExitCodes.Success, cli.Run("etat", "--format", "json"));
        var etat = JsonDocument.Parse(cli.Out).RootElement;
        var svc = etat.GetProperty("service");
        Assert.Equal("en marche", svc.GetProperty("etat").GetString());
        var jobs = svc.GetProperty("taches").EnumerateArray().ToDictionary(j => j.GetProperty("nom").GetString()!);
        Assert.Equal("réussi", jobs["chargement"].GetProperty("resultat").GetString());
        Assert.Equal("réussi", jobs["annexes-mensuelles"].GetProperty("resultat").GetString());
        Assert.Equal(nextMonthly, jobs["annexes-mensuelles"].GetProperty("prochain_passage").GetDateTimeOffset());
        var last = svc.GetProperty("dernier_chargement");
        Assert.Equal(ingest.Loaded, last.GetProperty("charges").GetInt32());
        Assert.Equal(ingest.Quarantined, last.GetProperty("en_quarantaine").GetInt32());
        Assert.Contains(last.GetProperty("fichiers").EnumerateArray(), f => f.GetProperty("statut").GetString() == FileStatus.Quarantined && f.GetProperty("motif").GetString()!.Length > 0);
        Assert.Contains(svc.GetProperty("annexes_livrees").EnumerateArray(), d => d.GetProperty("destinataire").GetString() == "national" && d.GetProperty("mois").GetString() == "2019-06");
        Assert.True(etat.GetProperty("entrepot_lu").GetBoolean()); // the service holds the file only while a job runs
        Assert.Equal(ingest.Loaded, etat.GetProperty("derniers_chargements")[0].GetProperty("files_loaded").GetInt32());

        // The table view says the same in French.
        var table = service.Cli();
        Assert.Equal(ExitCodes.Success, table.Run("etat"));
        Assert.Contains("Service PdN Reporting : en marche", table.Console);
        Assert.Contains($"{ingest.Loaded} chargés", table.Console);
        Assert.Contains("département 50 2019-06 : ", table.Console);

        await service.StopAsync();
        Assert.Equal(ServiceState.Stopped, service.State!.Status);
    }
}

using System.IO.Compression;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Reporting.Demo;
using Reporting.Service;
using Reporting.Service.Annexes;
using Reporting.Service.State;

namespace Reporting.Tests.Service;

/// <summary>
/// What is due comes from the warehouse audit and the delivery folders, not from the scheduler: a service that was
/// down on the 2nd delivers at start-up, a second run writes nothing again, and an annex whose data changed (or whose
/// delivery is unfinished) is written again — for that département and the national comparison only.
/// </summary>
public sealed class CatchUpTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private static DateTimeOffset ParisTime(int year, int month, int day, int hour, int minute = 0) =>
        new(new DateTime(year, month, day, hour, minute, 0), Paris.GetUtcOffset(new DateTime(year, month, day, hour, minute, 0)));

    [Theory]
    [InlineData("2026-12-02 05:59", 3, "2026-09 2026-10")]
    [InlineData("2026-12-02 06:00", 3, "2026-09 2026-10 2026-11")]
    [InlineData("2026-12-31 23:00", 1, "2026-11")]
    [InlineData("2027-01-05 10:00", 2, "2026-11 2026-12")]
    public void The_months_due_are_the_closed_months_of_the_window_whose_monthly_run_has_come(string now, int window, string expected)
    {
        var at = DateTime.ParseExact(now, "yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        var clock = new FakeTimeProvider(ParisTime(at.Year, at.Month, at.Day, at.Hour, at.Minute).ToUniversalTime());
        clock.SetLocalTimeZone(Paris);
        var settings = ServiceSettings.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Service:Rattrapage"] = window.ToString(System.Globalization.CultureInfo.InvariantCulture) }).Build());

        var due = new AnnexDelivery(settings, clock, NullLogger<AnnexDelivery>.Instance).DueMonths(clock.GetUtcNow());

        Assert.Equal(expected, string.Join(' ', due.Select(p => p.Text)));
    }

    [Fact]
    public async Task A_service_down_on_the_2nd_delivers_at_start_up_then_only_what_changed()
    {
        // Down from July to 5 September: August's monthly run (2 September, 6:00) never happened.
        var start = ParisTime(2019, 9, 5, 10);
        await using var service = new ServiceHarness(start, new Dictionary<string, string?> { ["Service:Rattrapage"] = "1" });
        var demo = DemoDataset.Generate(service.Depot, 2019);
        await service.StartAsync();

        var first = await service.WaitForAsync(s => ServiceHarness.LastEnd(s, ScheduledWork.AnnexJobName) is not null);
        Assert.Equal(JobState.Succeeded, first.Jobs.Single(j => j.Name == ScheduledWork.AnnexJobName).Outcome);
        Assert.Equal([.. demo.Departements.Order(StringComparer.Ordinal), "national"], first.Deliveries.Select(d => d.Target).Order(StringComparer.Ordinal));
        Assert.All(first.Deliveries, d => Assert.Equal("2019-08", d.Month));
        foreach (var departement in demo.Departements)
            Assert.True(File.Exists(Path.Combine(service.Annexes, departement, "2019-08", $"Annexe_{departement}_2019-08.xlsx")), departement);
        Assert.False(Directory.Exists(Path.Combine(service.Annexes, "50", "2019-07"))); // outside the window
        var written = Manifests(service);

        // The next tick: nothing changed, nothing is written again.
        var tick1 = start + TimeSpan.FromMinutes(15);
        var second = await service.AdvanceToAsync(tick1, s => ServiceHarness.LastEnd(s, ScheduledWork.AnnexJobName) >= tick1);
        Assert.Equal(first.Deliveries.Count, second.Deliveries.Count);
        Assert.Equal(written, Manifests(service));

        // A new version of a workbook of the Calvados arrives, and the Manche's delivery lost its manifest (a stop in
        // the middle of it): the next tick writes both again, and the national comparison; nothing else.
        var archived = Directory.EnumerateFiles(service.Archives, "Suivi_PDN-14-0001_2019.xlsx", SearchOption.AllDirectories).Single();
        Repack(archived, Path.Combine(service.Depot, "Suivi_PDN-14-0001_2019 (corrigé).xlsx"), File.GetLastWriteTimeUtc(archived).AddDays(1));
        File.Delete(Path.Combine(service.Annexes, "50", "2019-08", DeliveryManifest.FileName));
        var tick2 = tick1 + TimeSpan.FromMinutes(15);
        var third = await service.AdvanceToAsync(tick2, s => ServiceHarness.LastEnd(s, ScheduledWork.AnnexJobName) >= tick2);
        Assert.Equal(1, third.LastIngest!.Loaded);
        var rewritten = third.Deliveries.Take(third.Deliveries.Count - second.Deliveries.Count).ToList();
        Assert.Equal(["14", "50", "national"], rewritten.Select(d => d.Target).Order(StringComparer.Ordinal));
        Assert.All(rewritten, d => Assert.True(d.Update == (d.Target != "50"), d.Target)); // 50's manifest was gone: a first delivery again
        var after = Manifests(service);
        foreach (var (target, manifest) in after)
        {
            if (target is "14" or "50" or "national") Assert.True(manifest.WrittenAt > written[target].WrittenAt, target);
            else Assert.Equal(written[target], manifest);
        }
        Assert.True(after["14"].DataMark > written["14"].DataMark);
        Assert.Equal(written["50"].DataMark, after["50"].DataMark);
    }

    /// <summary>The same workbook, other bytes (entries stored without compression): a new version with the same content.</summary>
    private static void Repack(string source, string target, DateTime lastModifiedUtc)
    {
        using (var input = ZipFile.OpenRead(source))
        using (var output = ZipFile.Open(target, ZipArchiveMode.Create))
        {
            foreach (var entry in input.Entries)
            {
                using var from = entry.Open();
                using var to = output.CreateEntry(entry.FullName, CompressionLevel.NoCompression).Open();
                from.CopyTo(to);
            }
        }
        File.SetLastWriteTimeUtc(target, lastModifiedUtc);
    }

    private static Dictionary<string, (int DataMark, DateTimeOffset WrittenAt)> Manifests(ServiceHarness service) =>
        Directory.EnumerateFiles(service.Annexes, DeliveryManifest.FileName, SearchOption.AllDirectories)
            .Select(path => DeliveryManifest.Read(Path.GetDirectoryName(path)!)!)
            .ToDictionary(m => m.Target, m => (m.DataMark, m.WrittenAt));
}

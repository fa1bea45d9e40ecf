using Microsoft.Extensions.Configuration;
using Reporting.Service;
using Reporting.Service.Depot;
using Reporting.Tests.Support;

namespace Reporting.Tests.Service;

/// <summary>A file is loaded only once its size and date stopped changing; a questionnaire's CSV parts wait for each other.</summary>
public sealed class DepotWatchTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private DepotWatch Watch(TimeSpan settle) => new(ServiceSettings.From(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Entrepot"] = _folder.Combine("entrepot.duckdb"),
        ["Depot"] = _folder.Combine("depot"),
        ["Service:DelaiStabilite"] = settle.ToString(),
    }).Build()));

    private string Depot(params string[] parts) => Path.Combine([_folder.Combine("depot"), .. parts]);

    private string Write(string name, string text)
    {
        var path = Depot(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task A_file_that_does_not_change_between_two_looks_is_ready()
    {
        var path = Write(Path.Combine("suivis", "Suivi_PDN-50-0001_2019.csv"), "contenu");

        var ready = await Watch(TimeSpan.FromMilliseconds(100)).ReadyFilesAsync(CancellationToken.None);

        Assert.Equal([path], ready);
    }

    [Fact]
    public async Task A_file_still_being_written_waits_for_the_next_tick_and_is_ready_then()
    {
        var watch = Watch(TimeSpan.FromMilliseconds(600));
        var growing = Write("Suivi_PDN-50-0002_2019.xlsx", "début");
        var done = Write("promeneurs.csv", "complet");
        var writer = Task.Run(async () =>
        {
            await Task.Delay(100);
            await File.AppendAllTextAsync(growing, new string('x', 4096));
        });

        var first = await watch.ReadyFilesAsync(CancellationToken.None);
        await writer;
        var second = await watch.ReadyFilesAsync(CancellationToken.None);

        Assert.Equal([done], first);
        Assert.Equal(1, watch.Waiting(first));
        Assert.Equal(new[] { done, growing }.Order(StringComparer.Ordinal), second.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_parts_of_a_questionnaire_wait_while_one_of_them_is_moving()
    {
        var watch = Watch(TimeSpan.FromMilliseconds(600));
        Write(Path.Combine("flash", "QF-2019.questionnaire.csv"), "meta");
        Write(Path.Combine("flash", "QF-2019.questions.csv"), "questions");
        var responses = Write(Path.Combine("flash", "QF-2019.reponses.csv"), "réponses");
        var other = Write("structures.csv", "structures");
        var writer = Task.Run(async () =>
        {
            await Task.Delay(100);
            await File.AppendAllTextAsync(responses, "\nencore des réponses");
        });

        var ready = await watch.ReadyFilesAsync(CancellationToken.None);
        await writer;

        Assert.Equal([other], ready);
    }

    [Fact]
    public async Task A_missing_depot_has_nothing_ready()
    {
        Assert.Empty(await Watch(TimeSpan.Zero).ReadyFilesAsync(CancellationToken.None));
    }
}

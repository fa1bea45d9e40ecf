using System.Diagnostics;
using Reporting.Tests.Support;
using Reporting.Warehouse.Engine;

namespace Reporting.Tests.Cli;

/// <summary>
/// A command that finds the DuckDB warehouse held by another program (a load) waits for it — saying so in French —
/// for <c>--attente-verrou</c> seconds (configuration key <c>AttenteVerrou</c>, default 30), then gives up with
/// exit code 1. Two loads still never run at once: the second one waits, and loads only once the first has let go.
/// The program runs in a child process, as a second « reporting » would: DuckDB's file lock is per process.
/// </summary>
public sealed class WarehouseLockTests : IDisposable
{
    private const string Waiting = "est utilisé par un autre programme (un chargement en cours ?) : attente de sa libération";

    private readonly TestWarehouse _w = new();

    public WarehouseLockTests()
    {
        ReferenceFiles.Promeneurs(_w.InDepot("promeneurs.csv"), "PDN-50-0001;MARTIN;Alice;CS-50-001;50;Parentalité;;01/01/2018;");
        _w.Load();
    }

    public void Dispose() => _w.Dispose();

    /// <summary>This process holds the warehouse, as a load in progress does.</summary>
    private WarehouseSession Hold() => _w.Open();

    [Fact]
    public void A_reading_command_waits_the_time_asked_then_gives_up_in_french_with_exit_1()
    {
        using var held = Hold();
        var watch = Stopwatch.StartNew();

        var result = ReportingProcess.Run(_w.Root, ["--entrepot", _w.DatabasePath, "--attente-verrou", "2", "indicateurs", "--departement", "50", "--periode", "2019"]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(2), $"gave up after {watch.Elapsed}");
        var lines = result.Error.Trim().Split('\n');
        Assert.Equal($"L'entrepôt {_w.DatabasePath} {Waiting}, 2 s au plus…", lines[0]);
        Assert.Equal($"Erreur : L'entrepôt {_w.DatabasePath} est toujours utilisé par un autre programme après 2 s d'attente (un chargement est-il en cours ?) : " +
                     "réessayez lorsqu'il sera terminé (durée d'attente : option --attente-verrou ou clé de configuration AttenteVerrou).", lines[1]);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public void A_reading_command_goes_on_as_soon_as_the_load_lets_go()
    {
        var held = Hold();
        var reader = ReportingProcess.Start(_w.Root, ["--entrepot", _w.DatabasePath, "indicateurs", "--departement", "50", "--periode", "2019", "--format", "json"],
            new Dictionary<string, string> { ["REPORTING_AttenteVerrou"] = "60" }); // the configuration key

        Assert.True(reader.WaitForError(Waiting, TimeSpan.FromSeconds(60)), reader.Error);
        Assert.Contains("60 s au plus", reader.Error);
        held.Dispose();
        var result = reader.Wait(TimeSpan.FromSeconds(60));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("\"promeneurs\": 1,", result.Out);
    }

    [Fact]
    public void A_second_load_waits_for_the_first_and_never_loads_at_the_same_time()
    {
        var second = _w.InDepot("second", "promeneurs.csv");
        ReferenceFiles.Promeneurs(second, "PDN-50-0002;DURAND;Paul;CS-50-001;50;Jeunesse;;01/01/2018;");
        string[] load = ["--entrepot", _w.DatabasePath, "charger", "--depot", Path.GetDirectoryName(second)!, "--archives", _w.Archives, "--quarantaine", _w.Quarantine];

        using (Hold())
        {
            var refused = ReportingProcess.Run(_w.Root, ["--attente-verrou", "1", .. load]);
            Assert.True(refused.ExitCode == 1, refused.ToString());
            Assert.Contains("est toujours utilisé par un autre programme après 1 s d'attente", refused.Error);
            Assert.True(File.Exists(second)); // nothing loaded, nothing moved
        }

        var held = Hold();
        var loader = ReportingProcess.Start(_w.Root, load);
        Assert.True(loader.WaitForError(Waiting, TimeSpan.FromSeconds(60)), loader.Error);
        Assert.True(File.Exists(second)); // still waiting: nothing loaded yet
        held.Dispose();
        var result = loader.Wait(TimeSpan.FromSeconds(60));
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(File.Exists(second));
        Assert.Equal(2, Pipeline.WarehouseRows.Count(_w, "SELECT COUNT(DISTINCT promeneur_id) FROM dim.promeneur"));
    }

    [Theory]
    [InlineData("-1", "Durée d'attente -1 s refusée")]
    [InlineData("beaucoup", "Valeur « beaucoup » invalide pour l'option --attente-verrou")]
    public void A_wrong_wait_is_refused_as_a_bad_argument(string value, string message)
    {
        var (exitCode, cli) = CliHarness.Execute("--entrepot", _w.DatabasePath, "--attente-verrou", value, "indicateurs", "--departement", "50", "--periode", "2019");

        Assert.Equal(2, exitCode);
        Assert.Contains(message, cli.Error);
    }
}

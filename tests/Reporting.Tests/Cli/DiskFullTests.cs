using System.Text.RegularExpressions;
using Reporting.Demo;
using Reporting.Tests.Pipeline;
using Reporting.Tests.Support;

namespace Reporting.Tests.Cli;

/// <summary>
/// A full disk under the warehouse, for real: the shipped program runs under the shell's file-size limit
/// (<c>ulimit -f</c>), so every write past the limit fails as on a full disk — DuckDB's WAL and checkpoints, the
/// annexes, the quarantine notes. It needs no privilege and runs on any Linux, CI included. The limit gives EFBIG
/// ("File too large") where a full disk gives ENOSPC; both are recognised, and the French message covers both.
/// SIGXFSZ is ignored so that the write fails instead of killing the program, and the runtime's W^X double mapping
/// (a file the limit would refuse) is off.
/// </summary>
public sealed class DiskFullTests : IClassFixture<DiskFullTests.DemoWarehouse>, IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly DemoWarehouse _demo;

    public DiskFullTests(DemoWarehouse demo) => _demo = demo;

    public void Dispose() => _folder.Dispose();

    /// <summary>The demo year loaded once, with room to spare: what every test compares with (only read by the tests).</summary>
    public sealed class DemoWarehouse : IDisposable
    {
        private readonly TempFolder _folder = new();

        public DemoWarehouse()
        {
            DemoDataset.Generate(_folder.Combine("depot"));
            Assert.Equal(0, new CliHarness().Run("--entrepot", Path, "charger", "--depot", _folder.Combine("depot")));
            Json = NationalJson(Path);
        }

        public string Path => _folder.Combine("entrepot.duckdb");

        public string Json { get; }

        public void Dispose() => _folder.Dispose();
    }

    private static readonly Dictionary<string, string> Runtime = new() { ["DOTNET_EnableWriteXorExecute"] = "0" };

    private ReportingProcess.Result Limited(int kib, params string[] args)
    {
        Skip.If(OperatingSystem.IsWindows(), "The file-size limit of a shell (ulimit -f) needs a Unix system.");
        return ReportingProcess.RunInShell($"trap '' XFSZ; ulimit -f {kib}", _folder.Path, args, Runtime);
    }

    private static string NationalJson(string warehouse)
    {
        var cli = new CliHarness();
        Assert.Equal(0, cli.Run("--entrepot", warehouse, "indicateurs", "--national", "--periode", "2019", "--format", "json"));
        return cli.Out;
    }

    [SkippableFact]
    public void Charger_stops_in_french_keeps_the_files_in_the_depot_and_the_next_run_finishes_the_job()
    {
        var warehouse = _folder.Combine("entrepot.duckdb");
        var depot = _folder.Combine("depot");
        DemoDataset.Generate(depot);
        Assert.Equal(0, new CliHarness().Run("--entrepot", warehouse, "base", "initialiser"));
        var dropped = WarehouseRows.FilesUnder(depot).Count;

        var full = Limited(64, "--entrepot", warehouse, "charger", "--depot", depot);

        Assert.True(full.ExitCode == 1, full.ToString());
        var summary = Regex.Replace(full.Out, @"\s*\n\s*", " "); // the summary is wrapped at 80 columns without a terminal
        Assert.Contains("Chargement interrompu : L'entrepôt n'a plus de place pour écrire (disque plein, taille de fichier permise atteinte", summary);
        Assert.Contains("Rien n'est perdu", summary);
        Assert.Contains("(laissé dans le dépôt) : plus de place pour écrire.", summary);
        foreach (var english in new[] { "IO Error", "File too large", "No space", "Exception", "   at " })
            Assert.DoesNotContain(english, full.Out + full.Error);
        var left = WarehouseRows.FilesUnder(depot).Count;
        Assert.InRange(left, 1, dropped - 1); // some files went through before the disk filled, the others wait in the depot

        var next = new CliHarness();
        Assert.True(next.Run("--entrepot", warehouse, "charger", "--depot", depot) == 0, next.ToString());

        Assert.Empty(WarehouseRows.FilesUnder(depot));
        Assert.Equal(_demo.Json, NationalJson(warehouse));
    }

    [SkippableFact]
    public void Reading_commands_need_no_room_at_all()
    {
        var result = Limited(0, "--entrepot", _demo.Path, "indicateurs", "--national", "--periode", "2019", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(_demo.Json.Trim(), result.Out.Trim());
        Assert.Equal("", result.Error);
    }

    [SkippableFact]
    public void Annexes_on_a_full_disk_say_so_in_french_without_a_stack_trace()
    {
        var result = Limited(4, "--entrepot", _demo.Path, "annexes", "--departement", "50", "--mois", "2019-06", "--sortie", _folder.Combine("annexes"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("Erreur : Le disque est plein (ou la taille de fichier permise est atteinte) : libérez de la place, puis relancez la commande.", result.Error.Trim());
        Assert.Empty(WarehouseRows.FilesUnder(_folder.Combine("annexes"))); // no half-written workbook left behind
    }
}

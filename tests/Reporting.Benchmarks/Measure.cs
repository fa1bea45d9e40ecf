using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Reporting.Benchmarks;

/// <summary>
/// One run of the whole comparison: for each size, the raw-read floor, « reporting charger » into a new
/// warehouse and the pandas peer, alternated, median of the runs; then each goal of the README, met or not.
/// </summary>
public static partial class Measure
{
    private sealed record Row(int Size, double Floor, double FloorNoPgo, double Ours, double OursNoPgo, double Aggregate, long OursPeak, double? Peer, long? PeerPeak,
        double FloorCpu, double OursCpu, double? PeerCpu);

    public static int Run(string reporting, IReadOnlyList<int> sizes, string work, int runs, string? peerScript, CultureInfo fr)
    {
        Directory.CreateDirectory(work);
        var self = typeof(Measure).Assembly.Location;
        var python = "/usr/bin/python3";
        var peer = peerScript is not null && File.Exists(peerScript) && Processes.Available(python, "-c", "import pandas, openpyxl");
        if (!peer)
            Console.WriteLine(peerScript is null
                ? "Pair pandas non mesuré : indiquez son script avec --pair."
                : "Pair pandas non mesuré : python3 avec pandas et openpyxl est absent (apt install python3-pandas python3-openpyxl).");
        var noPgo = new Dictionary<string, string> { ["DOTNET_TieredPGO"] = "0" };
        var rows = new List<Row>();
        foreach (var size in sizes)
        {
            var dataset = Path.Combine(work, $"depot-{size}");
            if (!File.Exists(Path.Combine(dataset, ".complet")))
            {
                if (Directory.Exists(dataset)) Directory.Delete(dataset, true);
                Dataset.Generate(dataset, size);
                File.WriteAllText(Path.Combine(dataset, ".complet"), string.Empty);
            }
            var floor = new List<Sample>();
            var floorNoPgo = new List<Sample>();
            var ours = new List<Sample>();
            var oursNoPgo = new List<Sample>();
            var peers = new List<Sample>();
            for (var run = 0; run < runs; run++)
            {
                floor.Add(Processes.Run("dotnet", [self, "plancher", dataset, "2"]));
                floorNoPgo.Add(Processes.Run("dotnet", [self, "plancher", dataset, "2"], noPgo));
                ours.Add(Load(reporting, dataset, work, null));
                oursNoPgo.Add(Load(reporting, dataset, work, noPgo));
                if (peer) peers.Add(Processes.Run(python, [peerScript!, dataset]));
            }
            var row = new Row(size, Median(floor.Select(s => s.Seconds)), Median(floorNoPgo.Select(s => s.Seconds)), Median(ours.Select(s => s.Seconds)), Median(oursNoPgo.Select(s => s.Seconds)),
                Median(ours.Select(s => AggregateSeconds(s.Output))), ours.Max(s => s.PeakBytes),
                peer ? Median(peers.Select(s => s.Seconds)) : null, peer ? peers.Max(s => s.PeakBytes) : null,
                Median(floor.Concat(floorNoPgo).Select(s => s.CpuSeconds)), Median(ours.Select(s => s.CpuSeconds)), peer ? Median(peers.Select(s => s.CpuSeconds)) : null);
            rows.Add(row);
            Console.WriteLine(string.Create(fr, $"{size} classeurs : plancher {row.Floor:0.00} s (PGO désactivé {row.FloorNoPgo:0.00} s), charger {row.Ours:0.00} s (PGO désactivé {row.OursNoPgo:0.00} s, dont agrégat {row.Aggregate:0.0} s), {row.OursPeak / 1048576} Mo{(row.Peer is double p ? string.Create(fr, $", pair {p:0.00} s, {row.PeerPeak / 1048576} Mo") : ", pair non mesuré")}"));
        }
        var report = Report(rows, fr, runs);
        File.WriteAllText(Path.Combine(work, "resultats.md"), report);
        Console.WriteLine();
        Console.WriteLine(report);
        return 0;
    }

    /// <summary>A load of a fresh copy of the depot into a new warehouse (the copy is not timed).</summary>
    private static Sample Load(string reporting, string dataset, string work, IDictionary<string, string>? environment)
    {
        var run = Path.Combine(work, "charge");
        if (Directory.Exists(run)) Directory.Delete(run, true);
        Copy(dataset, Path.Combine(run, "depot"));
        var sample = Processes.Run("dotnet", [reporting, "--entrepot", Path.Combine(run, "entrepot.duckdb"), "charger",
            "--depot", Path.Combine(run, "depot"), "--archives", Path.Combine(run, "archives"), "--quarantaine", Path.Combine(run, "quarantaine")], environment);
        if (sample.ExitCode != 0) throw new InvalidOperationException($"reporting charger a échoué ({sample.ExitCode}) :\n{sample.Output}");
        return sample;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            if (Path.GetFileName(file).StartsWith('.')) continue;
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(file));
        }
    }

    /// <summary>The seconds « charger » says the indicator aggregate took (« …, en 3,8 s. »), 0 when it says nothing.</summary>
    private static double AggregateSeconds(string output)
    {
        var match = AggregateLine().Matches(output.Replace('\n', ' ')).LastOrDefault();
        return match is null ? 0 : double.Parse(match.Groups[1].Value, CultureInfo.GetCultureInfo("fr-FR"));
    }

    [GeneratedRegex(@"Agrégat.*?en ([0-9]+,[0-9]+) s\.")]
    private static partial Regex AggregateLine();

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Report(List<Row> rows, CultureInfo fr, int runs)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| classeurs | plancher (meilleur réglage) | charger | dont agrégat Power BI | charger, PGO désactivé | pic mémoire charger | pair pandas | pic mémoire pair | temps processeur plancher / charger / pair |");
        sb.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var r in rows)
            sb.AppendLine(string.Create(fr, $"| {r.Size:N0} | {Math.Min(r.Floor, r.FloorNoPgo):0.00} s | {r.Ours:0.00} s | {r.Aggregate:0.0} s | {r.OursNoPgo:0.00} s | {r.OursPeak / 1048576:N0} Mo | {(r.Peer is double p ? p.ToString("0.00", fr) + " s" : "—")} | {(r.PeerPeak is long m ? (m / 1048576).ToString("N0", fr) + " Mo" : "—")} | {r.FloorCpu:0.0} / {r.OursCpu:0.0} / {(r.PeerCpu is double c ? c.ToString("0.0", fr) : "—")} s |"));
        sb.AppendLine();
        sb.AppendLine(string.Create(fr, $"Médiane de {runs} passage(s) alternés par taille ; « charger » compte le processus entier (démarrage, entrepôt neuf, agrégat Power BI compris)."));
        sb.AppendLine();
        var mid = rows.FirstOrDefault(r => r.Size == 1200) ?? rows[^1];
        var best = Math.Min(mid.Ours, mid.OursNoPgo);
        var floor = Math.Min(mid.Floor, mid.FloorNoPgo);
        sb.AppendLine("| objectif | mesure | atteint |");
        sb.AppendLine("|---|---|---|");
        sb.AppendLine(string.Create(fr, $"| charger ≤ 2 × plancher ({mid.Size:N0} classeurs) | {best / floor:0.0} × ({best:0.00} s / {floor:0.00} s) | {(best <= 2 * floor ? "oui" : "non")} |"));
        if (mid.Peer is double peer)
            sb.AppendLine(string.Create(fr, $"| charger ≥ 10 × plus rapide que le pair ({mid.Size:N0} classeurs) | {peer / best:0.0} × ({peer:0.00} s / {best:0.00} s) | {(peer >= 10 * best ? "oui" : "non")} |"));
        else
            sb.AppendLine("| charger ≥ 10 × plus rapide que le pair | pair non mesuré | — |");
        var peak = rows.Max(r => r.OursPeak);
        sb.AppendLine(string.Create(fr, $"| pic mémoire ≤ 512 Mo quel que soit le nombre de classeurs | {peak / 1048576:N0} Mo au plus | {(peak <= 512L * 1048576 ? "oui" : "non")} |"));
        if (rows.Count >= 2)
        {
            var (small, large) = (rows[0], rows[^1]);
            var ratio = (Math.Min(large.Ours, large.OursNoPgo) / large.Size) / (Math.Min(small.Ours, small.OursNoPgo) / small.Size);
            sb.AppendLine(string.Create(fr, $"| coût linéaire de {small.Size:N0} à {large.Size:N0} classeurs (coût par classeur ≤ 1,25 ×) | {ratio:0.00} × | {(ratio <= 1.25 ? "oui" : "non")} |"));
        }
        return sb.ToString();
    }
}

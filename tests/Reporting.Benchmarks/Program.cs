using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.IO.Compression;
using System.Xml;
using Reporting.Benchmarks;

// Usage (README.md):
//   Reporting.Benchmarks generer <dossier> <classeurs>
//   Reporting.Benchmarks plancher <dossier> [fils=2]
//   Reporting.Benchmarks mesurer --reporting <reporting.dll> [--tailles 400,1200,4000] [--pair <peer_pandas.py>] [--travail <dossier>] [--passages 3]
var fr = CultureInfo.GetCultureInfo("fr-FR");
if (args.Length >= 3 && args[0] == "generer")
{
    var n = Dataset.Generate(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
    Console.WriteLine($"{n} fichiers écrits dans {args[1]}");
    return 0;
}
if (args.Length >= 2 && args[0] == "plancher")
{
    var threads = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 2;
    var (files, nodes) = Floor.Scan(args[1], threads);
    Console.WriteLine($"{files} classeurs, {nodes} nœuds XML");
    return 0;
}
if (args.Length >= 1 && args[0] == "mesurer")
{
    string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    var reporting = Option("--reporting");
    if (reporting is null || !File.Exists(reporting))
    {
        Console.Error.WriteLine("Indiquez le programme mesuré : --reporting <chemin de reporting.dll> (dotnet build src/Reporting.Cli -c Release -o <dossier>).");
        return 2;
    }
    var sizes = (Option("--tailles") ?? "400,1200,4000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToList();
    var work = Option("--travail") ?? Path.Combine(Path.GetTempPath(), "reporting-mesures");
    var runs = int.Parse(Option("--passages") ?? "3", CultureInfo.InvariantCulture);
    var peer = Option("--pair");
    return Measure.Run(reporting, sizes, work, runs, peer, fr);
}
Console.Error.WriteLine("Usage : Reporting.Benchmarks generer <dossier> <classeurs> | plancher <dossier> [fils] | mesurer --reporting <reporting.dll> [--tailles 400,1200,4000] [--pair <script>] [--passages 3]");
return 2;

namespace Reporting.Benchmarks
{
    /// <summary>The raw-read floor: inflate every part of every workbook and scan its XML once, forward only, on a few threads.</summary>
    public static class Floor
    {
        public static (int Files, long Nodes) Scan(string folder, int threads)
        {
            var files = Directory.GetFiles(folder, "*.xlsx", SearchOption.AllDirectories);
            long nodes = 0;
            Parallel.ForEach(files, new ParallelOptions { MaxDegreeOfParallelism = threads }, file =>
            {
                long local = 0;
                using var zip = ZipFile.OpenRead(file);
                foreach (var entry in zip.Entries)
                {
                    if (!entry.FullName.EndsWith(".xml", StringComparison.Ordinal)) continue;
                    using var reader = XmlReader.Create(entry.Open(), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
                    while (reader.Read()) local++;
                }
                Interlocked.Add(ref nodes, local);
            });
            return (files.Length, nodes);
        }
    }

    /// <summary>
    /// One whole process, timed from outside: wall time, processor time (user + system, from getrusage of the
    /// children: steadier than wall time on a shared machine) and peak resident memory sampled from /proc.
    /// </summary>
    public sealed record Sample(double Seconds, double CpuSeconds, long PeakBytes, int ExitCode, string Output);

    public static class Processes
    {
        public static Sample Run(string file, IEnumerable<string> arguments, IDictionary<string, string>? environment = null)
        {
            var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in arguments) start.ArgumentList.Add(a);
            foreach (var (k, v) in environment ?? new Dictionary<string, string>()) start.Environment[k] = v;
            var cpuBefore = ChildrenCpuSeconds();
            var watch = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            long peak = 0;
            while (!process.WaitForExit(20)) peak = Math.Max(peak, HighWaterMark(process.Id));
            watch.Stop();
            return new Sample(watch.Elapsed.TotalSeconds, ChildrenCpuSeconds() - cpuBefore, peak, process.ExitCode, output.Result + error.Result);
        }

        /// <summary>VmHWM of a running process (Linux), in bytes; 0 elsewhere or once it is gone.</summary>
        private static long HighWaterMark(int pid)
        {
            try
            {
                foreach (var line in File.ReadLines($"/proc/{pid}/status"))
                    if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                        return long.Parse(line[6..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
            return 0;
        }

        [StructLayout(LayoutKind.Sequential)]
        private struct RUsage
        {
            public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
            [MarshalAs(UnmanagedType.ByValArray, SizeConst = 14)]
            public long[] Rest;
        }

        [DllImport("libc", EntryPoint = "getrusage", SetLastError = true)]
        private static extern int GetRUsage(int who, ref RUsage usage);

        /// <summary>Processor seconds of the children reaped so far (Linux; 0 elsewhere).</summary>
        private static double ChildrenCpuSeconds()
        {
            if (!OperatingSystem.IsLinux()) return 0;
            var usage = new RUsage { Rest = new long[14] };
            return GetRUsage(-1, ref usage) == 0
                ? usage.UserSeconds + usage.UserMicroseconds / 1e6 + usage.SystemSeconds + usage.SystemMicroseconds / 1e6
                : 0;
        }

        public static bool Available(string file, params string[] arguments)
        {
            try
            {
                return Run(file, arguments).ExitCode == 0;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                return false;
            }
        }
    }
}

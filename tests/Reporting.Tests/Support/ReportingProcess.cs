using System.Diagnostics;
using System.Text;

namespace Reporting.Tests.Support;

/// <summary>
/// Runs the shipped program (<c>reporting.dll</c> with its own deps.json, copied beside the tests) in a child
/// process: what a user or the scheduler runs, with the assemblies it really loads, another process's file locks,
/// and the limits of a shell (<c>ulimit</c>). Bounded in time: a child still running at the limit is killed.
/// </summary>
public static class ReportingProcess
{
    public static string Program => Path.Combine(AppContext.BaseDirectory, "reporting.dll");

    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\nout: {Out}\nerror: {Error}";
    }

    /// <summary>Runs <c>dotnet reporting.dll args…</c>.</summary>
    public static Result Run(string workingDirectory, IEnumerable<string> args, TimeSpan? timeout = null, IDictionary<string, string>? environment = null) =>
        Start(workingDirectory, args, environment).Wait(timeout ?? TimeSpan.FromMinutes(2));

    /// <summary>Starts <c>dotnet reporting.dll args…</c> and returns at once.</summary>
    public static Running Start(string workingDirectory, IEnumerable<string> args, IDictionary<string, string>? environment = null) =>
        Start("dotnet", [Program, .. args], workingDirectory, environment);

    /// <summary>Runs the program under <c>bash -c</c> after a shell prelude (e.g. <c>ulimit -f 64</c>); the arguments are passed as "$@".</summary>
    public static Result RunInShell(string prelude, string workingDirectory, IEnumerable<string> args, IDictionary<string, string>? environment = null, TimeSpan? timeout = null) =>
        Start("bash", ["-c", prelude + "; exec dotnet \"$0\" \"$@\"", Program, .. args], workingDirectory, environment).Wait(timeout ?? TimeSpan.FromMinutes(2));

    private static Running Start(string file, IEnumerable<string> args, string workingDirectory, IDictionary<string, string>? environment)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        // The child reads no configuration of the machine running the tests.
        foreach (var key in info.Environment.Keys.Where(k => k.StartsWith("REPORTING_", StringComparison.OrdinalIgnoreCase)).ToList())
            info.Environment.Remove(key);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) info.Environment[key] = value;
        return new Running(info);
    }

    /// <summary>A child process whose outputs are collected as they come (a test may wait for a line before acting).</summary>
    public sealed class Running
    {
        private readonly Process _process;
        private readonly StringBuilder _out = new();
        private readonly StringBuilder _error = new();

        internal Running(ProcessStartInfo info)
        {
            _process = new Process { StartInfo = info };
            _process.OutputDataReceived += (_, e) => Append(_out, e.Data);
            _process.ErrorDataReceived += (_, e) => Append(_error, e.Data);
            _process.Start();
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            _process.StandardInput.Close();
        }

        public int Id => _process.Id;

        public string Error
        {
            get { lock (_error) return _error.ToString(); }
        }

        private static void Append(StringBuilder sb, string? line)
        {
            if (line is null) return;
            lock (sb) sb.AppendLine(line);
        }

        /// <summary>Waits until the child has written <paramref name="text"/> on its error output; false if it ended or the time ran out first.</summary>
        public bool WaitForError(string text, TimeSpan timeout)
        {
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < timeout)
            {
                if (Error.Contains(text, StringComparison.Ordinal)) return true;
                if (_process.HasExited) return Error.Contains(text, StringComparison.Ordinal);
                Thread.Sleep(50);
            }
            return false;
        }

        /// <summary>Ends the child at once, as <c>kill -9</c> does.</summary>
        public void Kill()
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        public Result Wait(TimeSpan timeout)
        {
            try
            {
                if (!_process.WaitForExit(timeout))
                {
                    Kill();
                    throw new TimeoutException($"reporting did not finish within {timeout.TotalSeconds:0} s. error: {Error}");
                }
                _process.WaitForExit(); // the outputs are complete
                string output;
                lock (_out) output = _out.ToString();
                return new Result(_process.ExitCode, output, Error);
            }
            finally
            {
                _process.Dispose();
            }
        }
    }
}

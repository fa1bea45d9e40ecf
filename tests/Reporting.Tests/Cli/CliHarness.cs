using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;
using Reporting.Cli;
using Spectre.Console;

namespace Reporting.Tests.Cli;

/// <summary>Runs <c>reporting</c> in-process with captured writers, a fake clock and in-memory configuration.</summary>
public sealed class CliHarness
{
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();
    private readonly StringWriter _console = new();

    public CliHarness(IDictionary<string, string?>? configuration = null, DateTimeOffset? now = null)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(_console),
        });
        console.Profile.Width = 400; // no wrapping: a message stays on one line
        Environment = new CliEnvironment
        {
            Configuration = new ConfigurationBuilder().AddInMemoryCollection(configuration ?? new Dictionary<string, string?>()).Build(),
            Console = console,
            Out = _out,
            Error = _error,
            Clock = new FakeTimeProvider(now ?? new DateTimeOffset(2020, 2, 15, 10, 0, 0, TimeSpan.Zero)),
            Interactive = false,
        };
    }

    public CliEnvironment Environment { get; private set; }

    /// <summary>The same harness talking to a fake Power BI service.</summary>
    public CliHarness WithPowerBi(Reporting.PowerBi.Service.PowerBiTransport transport)
    {
        Environment = new CliEnvironment
        {
            Configuration = Environment.Configuration, Console = Environment.Console, Out = Environment.Out, Error = Environment.Error,
            Clock = Environment.Clock, Interactive = false, PowerBi = transport,
        };
        return this;
    }

    /// <summary>Machine output (JSON).</summary>
    public string Out => _out.ToString();

    public string Error => _error.ToString();

    /// <summary>Human output (tables, summaries).</summary>
    public string Console => _console.ToString();

    public int Run(params string[] args) => ReportingCli.Run(args, Environment);

    public static (int ExitCode, CliHarness Cli) Execute(params string[] args)
    {
        var cli = new CliHarness();
        return (cli.Run(args), cli);
    }

    public override string ToString() => new StringBuilder()
        .AppendLine("out: " + Out).AppendLine("error: " + Error).AppendLine("console: " + Console).ToString();
}

using System.Globalization;
using Microsoft.Extensions.Configuration;
using Reporting.Outputs.Console;
using Spectre.Console;

namespace Reporting.Cli;

/// <summary>
/// What a command needs from the outside world: configuration, console, clock. Tests build one
/// with captured writers and a fake clock; <see cref="Program"/> builds the real one.
/// </summary>
public sealed class CliEnvironment
{
    public required IConfiguration Configuration { get; init; }

    // Every output is made safe for a terminal here, once, whoever builds the environment (TerminalSafety): text read
    // from files or from the outside never reaches the terminal with its control characters.

    /// <summary>Human-facing output (tables, summaries, progress).</summary>
    public required IAnsiConsole Console { get => _console; init => _console = TerminalSafety.Console(value); }

    /// <summary>Machine-facing output (JSON).</summary>
    public required TextWriter Out { get => _out; init => _out = TerminalSafety.OutputWriter(value); }

    public required TextWriter Error { get => _error; init => _error = TerminalSafety.ErrorWriter(value); }

    private readonly IAnsiConsole _console = null!;
    private readonly TextWriter _out = null!;
    private readonly TextWriter _error = null!;

    public required TimeProvider Clock { get; init; }

    /// <summary>How « reporting powerbi » reaches the Power BI and Fabric services (null: the network and the real clock; tests: a fake service).</summary>
    public Reporting.PowerBi.Service.PowerBiTransport? PowerBi { get; init; }

    /// <summary>True when a person watches (progress bars); false in CI, pipes and tests.</summary>
    public bool Interactive { get; init; }

    /// <summary>
    /// Configuration: appsettings.json beside the program, then the user secrets (<c>dotnet user-secrets</c>,
    /// kept outside the repository), then environment variables REPORTING_*.
    /// </summary>
    public static IConfiguration LoadConfiguration(string? baseDirectory = null) =>
        new ConfigurationBuilder()
            .SetBasePath(baseDirectory ?? AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddUserSecrets(typeof(CliEnvironment).Assembly, optional: true)
            .AddEnvironmentVariables("REPORTING_")
            .Build();

    public static CultureInfo French { get; } = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>Width of the human output when it is not a terminal: wide enough that tables take their content's width and no command is cut.</summary>
    public const int RedirectedWidth = 1000;

    /// <summary>
    /// The console of the real program. On a terminal, Spectre's own (its width, colours, progress bars). Piped or
    /// redirected, Spectre would assume 80 columns and wrap tables and the commands the demo suggests: the width is
    /// then <see cref="RedirectedWidth"/>, so that tables are sized to their content and lines are never cut.
    /// </summary>
    public static IAnsiConsole SystemConsole(bool redirected)
    {
        if (!redirected) return AnsiConsole.Console;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(System.Console.Out) });
        console.Profile.Width = RedirectedWidth;
        return console;
    }
}

using System.Globalization;
using System.Text;
using Spectre.Console;

namespace Reporting.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        CultureInfo.DefaultThreadCurrentCulture = CliEnvironment.French;
        CultureInfo.DefaultThreadCurrentUICulture = CliEnvironment.French;
        CultureInfo.CurrentCulture = CliEnvironment.French;
        CultureInfo.CurrentUICulture = CliEnvironment.French;
        System.Console.OutputEncoding = new UTF8Encoding(false);
        var environment = new CliEnvironment
        {
            Configuration = CliEnvironment.LoadConfiguration(),
            Console = CliEnvironment.SystemConsole(System.Console.IsOutputRedirected),
            Out = System.Console.Out,
            Error = System.Console.Error,
            Clock = TimeProvider.System,
            Interactive = !System.Console.IsOutputRedirected && !System.Console.IsErrorRedirected,
        };
        return ReportingCli.Run(args, environment);
    }
}

using System.Diagnostics;
using Reporting.Tests.Support;
using Reporting.Warehouse.Deployment;

namespace Reporting.Tests.Cli;

/// <summary>
/// <c>reporting base deployer</c> against a server that cannot be reached: the shipped program says so in French
/// (it used to crash with FileNotFoundException: Microsoft.Identity.Client, an assembly DacFx loads only when a
/// connection fails), and DacFx itself gets as far as retrying the connection with every assembly it loads present.
/// </summary>
public sealed class DeployerTests
{
    // Nothing listens on port 1 of this machine: the connection is refused at once.
    private const string Unreachable = "Server=127.0.0.1,1;Database=Reporting;User ID=etl;Password=S3cret-deployer;Connect Timeout=2;Encrypt=False";

    [Fact]
    public void The_shipped_program_says_in_french_that_the_server_cannot_be_reached()
    {
        using var folder = new TempFolder();

        var result = ReportingProcess.Run(folder.Path, ["--entrepot", Unreachable, "base", "deployer"]);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.StartsWith("Erreur : Connexion impossible au serveur de l'entrepôt SQL Server (Server=127.0.0.1,1;Database=Reporting) : ", result.Error);
        Assert.DoesNotContain("Exception", result.Error + result.Out);
        Assert.DoesNotContain("S3cret", result.Error + result.Out);
    }

    [Fact]
    public void DacFx_loads_MSAL_when_its_connection_fails_and_finds_it()
    {
        // DacFx decides whether to retry a failed connection with types of MSAL: that is where the shipped program
        // crashed. It then retries for minutes, and does not always stop when cancelled: it runs on a background
        // thread, and the test waits only until MSAL is loaded (or DacFx fails on something else).
        Exception? failure = null;
        var stop = new CancellationTokenSource(); // not disposed: DacFx may still hold its token after the test
        var deploy = new Thread(() =>
        {
            try
            {
                SqlServerPackage.Deploy(Unreachable, "Reporting", blockOnPossibleDataLoss: true, cancellationToken: stop.Token);
            }
            catch (Exception ex)
            {
                failure = ex;
            }
        }) { IsBackground = true };
        deploy.Start();
        var watch = Stopwatch.StartNew();
        while (!MsalLoaded() && deploy.IsAlive && watch.Elapsed < TimeSpan.FromSeconds(90)) Thread.Sleep(100);
        stop.Cancel();

        for (var e = failure; e is not null; e = e.InnerException)
            Assert.False(e is FileNotFoundException or FileLoadException or TypeLoadException or MissingMethodException, failure!.ToString());
        Assert.True(MsalLoaded(), $"DacFx never got to MSAL ({watch.Elapsed}): {failure}");
    }

    private static bool MsalLoaded() =>
        AppDomain.CurrentDomain.GetAssemblies().Any(a => a.GetName().Name == "Microsoft.Identity.Client");
}

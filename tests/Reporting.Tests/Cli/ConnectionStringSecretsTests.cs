using Reporting.Tests.Support;
using Reporting.Warehouse.Engine;

namespace Reporting.Tests.Cli;

/// <summary>
/// Anything SqlClient reads as a connection string — every synonym and spacing it accepts, quoted values holding
/// <c>;</c> — is a SQL Server warehouse, never a DuckDB path: it is shown as its server and database only, and
/// neither <c>indicateurs</c> nor <c>charger</c> print any part of the password (nor crash) when the server cannot be
/// reached. One case per form.
/// </summary>
public sealed class ConnectionStringSecretsTests
{
    private const string Secret = "S3cret-Pw";

    /// <summary>Form, what the display must show. Every string names 127.0.0.1,1: nothing listens there, the connection is refused at once.</summary>
    public static TheoryData<string, string> Forms => new()
    {
        { $"Server = 127.0.0.1,1 ; Database = Reporting ; User Id = etl ; Password = {Secret} ; Connect Timeout = 2", "SQL Server (Server=127.0.0.1,1;Database=Reporting)" },
        { $"Addr=127.0.0.1,1;Database=Reporting;UID=etl;PWD={Secret};Connect Timeout=2", "SQL Server (Server=127.0.0.1,1;Database=Reporting)" },
        { $"Address=127.0.0.1,1;Initial Catalog=Reporting;User=etl;Password={Secret};Connect Timeout=2", "SQL Server (Server=127.0.0.1,1;Database=Reporting)" },
        { $"Network Address=127.0.0.1,1;Database=Reporting;User ID=etl;PWD={Secret};Connect Timeout=2", "SQL Server (Server=127.0.0.1,1;Database=Reporting)" },
        { $"Data Source=127.0.0.1,1;Initial Catalog=Reporting;UID=etl;Password=\"{Secret};Database=Fuite\";Connect Timeout=2", "SQL Server (Server=127.0.0.1,1;Database=Reporting)" },
        { $"Server=127.0.0.1,1;Database=Reporting;User ID=etl;Password='{Secret};Database=Fuite';Connect Timeout=2", "SQL Server (Server=127.0.0.1,1;Database=Reporting)" },
        { $"Password={Secret};Server=127.0.0.1,1;Database=Reporting;User ID=etl;Connect Timeout=2", "SQL Server (Server=127.0.0.1,1;Database=Reporting)" },
        { $"server=127.0.0.1,1;database=Reporting;uid=etl;pwd={Secret};connect timeout=2", "SQL Server (Server=127.0.0.1,1;Database=Reporting)" },
        { $"  Server=tcp:127.0.0.1,1;Database=Reporting;User ID=etl;Password={Secret};Connect Timeout=2;  ", "SQL Server (Server=tcp:127.0.0.1,1;Database=Reporting)" },
        { $"Server=127.0.0.1,1;Database=Reporting;User ID=etl;Password={Secret}", "SQL Server (Server=127.0.0.1,1;Database=Reporting)" },
        { $"Server=127.0.0.1,1;Database=Reporting;User ID=etl;Pasword={Secret}", "SQL Server (Server=127.0.0.1,1;Database=Reporting)" },
        { $"Server=127.0.0.1,1;Database=Reporting;User ID=etl;Password=\"{Secret}", "SQL Server (chaîne de connexion illisible)" },
        { $"Password={Secret}", "SQL Server (serveur non indiqué)" },
    };

    [Theory]
    [MemberData(nameof(Forms))]
    public void A_connection_string_is_never_a_path_and_shows_only_server_and_database(string connectionString, string shown)
    {
        var location = WarehouseLocation.Parse(connectionString);

        Assert.Equal(WarehouseEngine.SqlServer, location.Engine);
        Assert.Equal(shown, location.Display());
        Assert.Equal(shown, $"{location}");
        Assert.DoesNotContain("Fuite", location.Display());
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Indicateurs_says_in_french_that_it_cannot_connect_without_any_part_of_the_password(string connectionString, string shown)
    {
        var (exitCode, cli) = CliHarness.Execute("--entrepot", Quick(connectionString), "indicateurs", "--departement", "50", "--periode", "2019");

        Assert.True(exitCode == 1, cli.ToString());
        Assert.StartsWith("Erreur : ", cli.Error);
        Assert.Contains(shown, cli.Error);
        Assert.True(cli.Error.Contains("Connexion impossible à l'entrepôt", StringComparison.Ordinal)
                    || cli.Error.Contains("La chaîne de connexion SQL Server est invalide", StringComparison.Ordinal), cli.ToString());
        AssertNoSecret(cli);
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void Charger_refuses_without_crashing_and_without_any_part_of_the_password(string connectionString, string shown)
    {
        using var folder = new TempFolder();
        var depot = folder.Combine("depot");
        ReferenceFiles.Promeneurs(Path.Combine(depot, "promeneurs.csv"), "PDN-50-0001;MARTIN;Alice;CS-50-001;50;Parentalité;;01/01/2018;");
        var cli = new CliHarness();

        var exitCode = cli.Run("--entrepot", Quick(connectionString), "charger", "--depot", depot);

        Assert.True(exitCode == 1, cli.ToString());
        Assert.StartsWith("Erreur : ", cli.Error);
        Assert.Contains(shown, cli.Error);
        AssertNoSecret(cli);
        Assert.True(File.Exists(Path.Combine(depot, "promeneurs.csv")));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Directory.GetCurrentDirectory(), "*S3cret*", SearchOption.AllDirectories));
    }

    [Theory]
    [MemberData(nameof(Forms))]
    public void The_exception_itself_carries_no_part_of_the_password(string connectionString, string shown)
    {
        var error = Assert.Throws<WarehouseUnavailableException>(() => WarehouseSession.Open(WarehouseLocation.Parse(Quick(connectionString)), create: false));

        Assert.Contains(shown, error.Message);
        Assert.DoesNotContain(Secret, error.ToString());
        Assert.DoesNotContain("Fuite", error.ToString());
    }

    [Theory]
    [InlineData("donnees/entrepot.duckdb")]
    [InlineData("/srv/pdn/entrepot=2019.duckdb")]
    [InlineData("C:\\PdN\\a=b;c.duckdb")]
    public void A_path_is_still_a_path(string path)
    {
        var location = WarehouseLocation.Parse(path);

        Assert.Equal(WarehouseEngine.DuckDb, location.Engine);
        Assert.Equal(Path.GetFullPath(path), location.Target);
    }

    [Fact]
    public void A_password_completed_from_the_configuration_is_never_shown_either()
    {
        var cli = new CliHarness(new Dictionary<string, string?>
        {
            ["Entrepot"] = "Addr = 127.0.0.1,1 ; Database = Reporting ; UID = etl ; Connect Timeout = 1",
            ["SqlServer:MotDePasse"] = Secret,
        });

        var exitCode = cli.Run("annexes", "--departement", "50", "--mois", "2019-06");

        Assert.Equal(1, exitCode);
        Assert.Contains("Connexion impossible à l'entrepôt SQL Server (Server=127.0.0.1,1;Database=Reporting)", cli.Error);
        AssertNoSecret(cli);
    }

    /// <summary>
    /// The form under test with a one-second connection timeout appended (the last value of a keyword wins): nothing
    /// listens on 127.0.0.1,1 and SqlClient retries a refused connection until its timeout (15 s by default); the
    /// form itself is what <see cref="A_connection_string_is_never_a_path_and_shows_only_server_and_database"/> reads.
    /// </summary>
    private static string Quick(string connectionString) => connectionString + ";Connect Timeout=1";

    private static void AssertNoSecret(CliHarness cli)
    {
        var everything = cli.Error + cli.Console + cli.Out;
        Assert.DoesNotContain(Secret, everything);
        Assert.DoesNotContain("S3cret", everything);
        Assert.DoesNotContain("Fuite", everything);
        Assert.DoesNotContain("   at ", everything); // no stack trace
    }
}

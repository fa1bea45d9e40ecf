using Reporting.Tests.Support;
using Reporting.Warehouse.Engine;

namespace Reporting.Tests.Cli;

/// <summary>
/// <c>reporting base initialiser|deployer</c> and the SQL Server location: French messages, exit codes, and a
/// password that is never printed, whether it is in the connection string or in the configuration.
/// </summary>
public sealed class BaseCommandTests
{
    // Nothing listens on port 1 of this machine: the connection is refused at once.
    private const string Unreachable = "Server=127.0.0.1,1;Database=Reporting;User ID=etl;Password=S3cret-in-string;Connect Timeout=3;Encrypt=False";

    [Fact]
    public void Initialiser_creates_the_embedded_warehouse_then_says_it_is_up_to_date()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("entrepot.duckdb");

        var (first, cli) = CliHarness.Execute("--entrepot", path, "base", "initialiser");
        var (second, again) = CliHarness.Execute("--entrepot", path, "base", "initialiser");

        Assert.True(first == 0, cli.ToString());
        Assert.Contains($"Entrepôt {path} créé : schéma en version {SchemaVersion.Current}.", cli.Console);
        Assert.Equal(0, second);
        Assert.Contains($"Entrepôt {path} mis à jour : schéma en version {SchemaVersion.Current}.", again.Console);
    }

    [Fact]
    public void Initialiser_refuses_a_SQL_Server_warehouse_and_points_to_deployer()
    {
        var (exitCode, cli) = CliHarness.Execute("--entrepot", Unreachable, "base", "initialiser");

        Assert.Equal(2, exitCode);
        Assert.Contains("se déploie avec « reporting base deployer »", cli.Error);
        Assert.DoesNotContain("S3cret", cli.Error + cli.Console);
    }

    [Fact]
    public void Deployer_refuses_a_DuckDB_warehouse_and_points_to_initialiser()
    {
        using var folder = new TempFolder();

        var (exitCode, cli) = CliHarness.Execute("--entrepot", folder.Combine("entrepot.duckdb"), "base", "deployer");

        Assert.Equal(2, exitCode);
        Assert.Contains("lancez « reporting base initialiser »", cli.Error);
    }

    [Fact]
    public void An_unreachable_server_is_said_in_french_without_the_password()
    {
        var (exitCode, cli) = CliHarness.Execute("--entrepot", Unreachable, "indicateurs", "--departement", "50", "--periode", "2019");

        Assert.True(exitCode == 1, cli.ToString());
        Assert.StartsWith("Erreur : Connexion impossible à l'entrepôt SQL Server (Server=127.0.0.1,1;Database=Reporting)", cli.Error);
        Assert.DoesNotContain("S3cret", cli.Error + cli.Console + cli.Out);
    }

    [Fact]
    public void A_password_kept_in_the_configuration_is_used_and_never_printed()
    {
        var cli = new CliHarness(new Dictionary<string, string?>
        {
            ["Entrepot"] = "Server=127.0.0.1,1;Database=Reporting;User ID=etl;Connect Timeout=3;Encrypt=False",
            ["SqlServer:MotDePasse"] = "S3cret-in-configuration",
        });

        var exitCode = cli.Run("questionnaire", "--code", "QQ-2019");

        Assert.Equal(1, exitCode);
        Assert.Contains("Connexion impossible à l'entrepôt SQL Server (Server=127.0.0.1,1;Database=Reporting)", cli.Error);
        Assert.DoesNotContain("S3cret", cli.Error + cli.Console + cli.Out);
    }

    [Fact]
    public void A_malformed_connection_string_is_refused_without_being_echoed()
    {
        var (exitCode, cli) = CliHarness.Execute("--entrepot", "Server=x;Database=y;Pasword=S3cret;", "modeles", "--departement", "50", "--annee", "2020", "--sortie", "out");

        Assert.Equal(1, exitCode);
        Assert.Contains("La chaîne de connexion SQL Server est invalide", cli.Error);
        Assert.DoesNotContain("S3cret", cli.Error);
    }

    [Theory]
    [InlineData("Server=db.caf.fr;Database=Reporting;User ID=etl;Password=pw", "SQL Server (Server=db.caf.fr;Database=Reporting)")]
    [InlineData("Data Source=tcp:db,1433;Initial Catalog=PdN;Integrated Security=true", "SQL Server (Server=tcp:db,1433;Database=PdN)")]
    public void A_location_shows_its_server_and_database_only(string connectionString, string shown)
    {
        var location = WarehouseLocation.Parse(connectionString);

        Assert.Equal(WarehouseEngine.SqlServer, location.Engine);
        Assert.Equal(shown, location.Display());
        Assert.Equal(shown, location.ToString());
        Assert.Equal(shown, $"{location}");
    }

    [Fact]
    public void A_configured_password_completes_a_login_without_one_and_nothing_else()
    {
        var withUser = WarehouseLocation.Parse("Server=db;Database=Reporting;User ID=etl").WithPassword("pw");
        var withOwn = WarehouseLocation.Parse("Server=db;Database=Reporting;User ID=etl;Password=own").WithPassword("pw");
        var integrated = WarehouseLocation.Parse("Server=db;Database=Reporting;Integrated Security=true").WithPassword("pw");

        Assert.Contains("Password=pw", withUser.Target);
        Assert.Contains("Password=own", withOwn.Target);
        Assert.DoesNotContain("Password", integrated.Target);
        Assert.Equal("Reporting", withUser.DatabaseName);
        Assert.DoesNotContain("pw", withUser.Display());
    }
}

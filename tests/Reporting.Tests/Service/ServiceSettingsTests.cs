using Microsoft.Extensions.Configuration;
using Reporting.Cli;
using Reporting.Service;
using Reporting.Tests.Cli;
using Reporting.Tests.Support;
using Reporting.Warehouse.Engine;

namespace Reporting.Tests.Service;

/// <summary>The keys of the service, their defaults and the French message of a wrong value.</summary>
public sealed class ServiceSettingsTests
{
    private static ServiceSettings From(params (string Key, string? Value)[] values) =>
        ServiceSettings.From(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build());

    [Fact]
    public void Defaults_sit_beside_the_warehouse_and_follow_the_issue()
    {
        using var folder = new TempFolder();
        var settings = From(("Entrepot", folder.Combine("e.duckdb")));

        Assert.Equal(TimeSpan.FromMinutes(15), settings.IngestInterval);
        Assert.Equal("0 0 6 2 * ?", settings.MonthlyCron);
        Assert.Equal(3, settings.CatchUpMonths);
        Assert.Equal(TimeSpan.FromSeconds(5), settings.SettleDelay);
        Assert.Equal(5, settings.SecrecyThreshold);
        Assert.Equal(folder.Combine("depot"), settings.Depot);
        Assert.Equal(folder.Combine("archives"), settings.Archives);
        Assert.Equal(folder.Combine("annexes"), settings.AnnexRoot);
        Assert.Equal(folder.Combine("service", "etat.json"), settings.StateFile);
        Assert.Equal(folder.Combine("service", "journaux"), settings.LogFolder);
        Assert.Null(settings.Mail);
        Assert.False(settings.PowerBiConfigured);
    }

    [Fact]
    public void The_mail_section_reads_recipients_as_a_list_or_separated_by_semicolons()
    {
        var settings = From(("Service:Courriel:Serveur", "smtp.caf.fr"), ("Service:Courriel:Port", "587"), ("Service:Courriel:Tls", "starttls"),
            ("Service:Courriel:Expediteur", "pdn@caf.fr"), ("Service:Courriel:Utilisateur", "pdn"), ("Service:Courriel:MotDePasse", "secret"),
            ("Service:Courriel:Destinataires:50", "a@caf50.fr; b@caf50.fr"), ("Service:Courriel:Destinataires:14:0", "c@caf14.fr"),
            ("Service:Courriel:Destinataires:14:1", "d@caf14.fr"), ("PowerBi:Espace", "x"));

        Assert.Equal(new MailSettings("smtp.caf.fr", 587, "pdn@caf.fr", MailSecurity.StartTls, "pdn", "secret", settings.Mail!.Recipients), settings.Mail);
        Assert.Equal(["a@caf50.fr", "b@caf50.fr"], settings.Mail.Recipients["50"]);
        Assert.Equal(["c@caf14.fr", "d@caf14.fr"], settings.Mail.Recipients["14"]);
        Assert.True(settings.PowerBiConfigured);
        Assert.Equal(WarehouseEngine.DuckDb, settings.Warehouse.Engine);
    }

    [Theory]
    [InlineData("Service:IntervalleChargement", "quinze minutes", "Valeur « quinze minutes » invalide pour Service:IntervalleChargement : une durée hh:mm:ss est attendue (ex. 00:15:00), au moins 00:00:01.")]
    [InlineData("Service:AnnexesMensuelles", "le 2 du mois", "Valeur « le 2 du mois » invalide pour Service:AnnexesMensuelles : une expression cron Quartz est attendue")]
    [InlineData("Service:Rattrapage", "0", "Valeur « 0 » invalide pour Service:Rattrapage : un nombre de mois entre 1 et 24 est attendu.")]
    [InlineData("SecretStatistique:Seuil", "2", "Valeur « 2 » invalide pour SecretStatistique:Seuil : un entier d'au moins 3 est attendu.")]
    [InlineData("Service:Courriel:Tls", "oui", "Valeur « oui » invalide pour Service:Courriel:Tls : Auto, Aucun, StartTls ou Ssl est attendu.")]
    public void A_wrong_value_is_refused_with_a_French_message_naming_the_key(string key, string value, string message)
    {
        var ex = Assert.Throws<ServiceConfigurationException>(() => From(("Service:Courriel:Serveur", "smtp"), ("Service:Courriel:Expediteur", "a@b.fr"), (key, value)));

        Assert.StartsWith(message, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_service_command_refuses_a_wrong_setting_on_its_command_line_with_exit_code_2()
    {
        using var folder = new TempFolder();
        var cli = new CliHarness(new Dictionary<string, string?> { ["Entrepot"] = folder.Combine("e.duckdb") });

        var code = cli.Run("service", "--Service:Rattrapage=trente");

        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Equal("Erreur : Valeur « trente » invalide pour Service:Rattrapage : un nombre de mois entre 1 et 24 est attendu.", cli.Error.Trim());
    }

    [Fact]
    public void Charger_reads_the_depot_from_the_configuration_when_no_option_names_it()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(folder.Combine("depot"));
        ReferenceFiles.Promeneurs(folder.Combine("depot", "promeneurs.csv"), "PDN-50-0001;MARTIN;Alice;CS-50-001;50;Parentalité;Référent famille;01/01/2018;");
        var cli = new CliHarness(new Dictionary<string, string?> { ["Entrepot"] = folder.Combine("e.duckdb"), ["Depot"] = folder.Combine("depot") });

        var code = cli.Run("charger");

        Assert.True(code == ExitCodes.Success, cli.ToString());
        Assert.Contains($"Dépôt : {folder.Combine("depot")}", cli.Console);
        Assert.Contains("1 chargé ·", cli.Console);
    }
}

using OfficeOpenXml;
using Reporting.Cli;
using Reporting.Tests.Pipeline;
using Reporting.Tests.Support;

namespace Reporting.Tests.Cli;

/// <summary><c>reporting modeles</c>: one pre-filled tracking workbook per promeneur active during the year.</summary>
public sealed class ModelesCommandTests
{
    private static TestWarehouse Promeneurs()
    {
        var w = new TestWarehouse();
        ReferenceFiles.Promeneurs(w.InDepot("promeneurs.csv"),
            "PDN-50-0001;MARTIN;Alice;CS-50-001;50;Jeunesse;;01/01/2018;", // active all 2020
            "PDN-50-0002;BERNARD;Bruno;CS-50-002;50;Parentalité;;01/01/2018;31/12/2019", // ended before 2020
            "PDN-50-0003;PETIT;Chloé;CS-50-003;50;Parentalité;;01/06/2020;", // joins in 2020
            "PDN-50-0004;DURAND;David;CS-50-004;50;Jeunesse;;01/01/2015;31/03/2020", // leaves in 2020
            "PDN-50-0005;LEROY;Emma;CS-50-005;50;Parentalité;;01/01/2021;", // not yet
            "PDN-14-0001;MOREAU;Farid;CS-14-001;14;Parentalité;;01/01/2018;"); // another département
        w.Load();
        return w;
    }

    private static Dictionary<string, string> Identification(string path)
    {
        using var package = new ExcelPackage(new FileInfo(path));
        var sheet = package.Workbook.Worksheets["Identification"];
        return Enumerable.Range(1, 8).ToDictionary(r => sheet.Cells[r, 1].Text, r => sheet.Cells[r, 2].Text);
    }

    [Fact]
    public void One_workbook_per_promeneur_active_in_the_year()
    {
        using var w = Promeneurs();
        using var output = new TempFolder();
        var cli = new CliHarness();

        var code = cli.Run("--entrepot", w.DatabasePath, "modeles", "--departement", "50", "--annee", "2020", "--sortie", output.Path);

        Assert.True(code == ExitCodes.Success, cli.ToString());
        Assert.Equal(["Suivi_PDN-50-0001_2020.xlsx", "Suivi_PDN-50-0003_2020.xlsx", "Suivi_PDN-50-0004_2020.xlsx"], WarehouseRows.FilesUnder(output.Path));
        Assert.Contains("3 tableaux de suivi 2020 écrits", cli.Console);

        var chloe = Identification(Path.Combine(output.Path, "Suivi_PDN-50-0003_2020.xlsx"));
        Assert.Equal("PDN-50-0003", chloe["Identifiant PdN"]);
        Assert.Equal("PETIT", chloe["Nom"]);
        Assert.Equal("Chloé", chloe["Prénom"]);
        Assert.Equal("CS-50-003", chloe["Code structure"]);
        Assert.Equal("50", chloe["Département"]);
        Assert.Equal("Parentalité", chloe["Label"]);
        Assert.Equal("2020", chloe["Année"]);
    }

    [Fact]
    public void The_prefilled_label_is_the_one_of_the_year()
    {
        using var w = Promeneurs();
        w.Clock.SetUtcNow(new DateTimeOffset(2020, 6, 1, 9, 0, 0, TimeSpan.Zero));
        ReferenceFiles.Promeneurs(w.InDepot("promeneurs.csv"), "PDN-50-0001;MARTIN;Alice;CS-50-009;50;Parentalité;;01/01/2018;");
        w.Load();
        using var output = new TempFolder();

        Assert.Equal(ExitCodes.Success, new CliHarness().Run("--entrepot", w.DatabasePath, "modeles", "--departement", "50", "--annee", "2019", "--sortie", output.Combine("2019")));
        Assert.Equal(ExitCodes.Success, new CliHarness().Run("--entrepot", w.DatabasePath, "modeles", "--departement", "50", "--annee", "2020", "--sortie", output.Combine("2020")));

        var y2019 = Identification(output.Combine("2019", "Suivi_PDN-50-0001_2019.xlsx"));
        var y2020 = Identification(output.Combine("2020", "Suivi_PDN-50-0001_2020.xlsx"));
        Assert.Equal(("Jeunesse", "CS-50-001"), (y2019["Label"], y2019["Code structure"])); // on 31/12/2019
        Assert.Equal(("Parentalité", "CS-50-009"), (y2020["Label"], y2020["Code structure"])); // on 31/12/2020
    }

    [Fact]
    public void No_active_promeneur_or_a_bad_argument_is_an_error()
    {
        using var w = Promeneurs();
        using var output = new TempFolder();

        var none = new CliHarness();
        Assert.Equal(ExitCodes.CannotProceed, none.Run("--entrepot", w.DatabasePath, "modeles", "--departement", "61", "--annee", "2020", "--sortie", output.Path));
        Assert.Contains("Aucun promeneur actif en 2020 dans le département 61 (Orne)", none.Error);

        var departement = new CliHarness();
        Assert.Equal(ExitCodes.BadArguments, departement.Run("--entrepot", w.DatabasePath, "modeles", "--departement", "99", "--annee", "2020", "--sortie", output.Path));
        Assert.Contains("Département « 99 » inconnu", departement.Error);

        var year = new CliHarness();
        Assert.Equal(ExitCodes.BadArguments, year.Run("--entrepot", w.DatabasePath, "modeles", "--departement", "50", "--annee", "20", "--sortie", output.Path));
        Assert.Contains("Année 20 invalide", year.Error);

        Assert.Empty(WarehouseRows.FilesUnder(output.Path));
    }
}

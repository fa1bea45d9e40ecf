using OfficeOpenXml;
using Reporting.Cli;
using Reporting.Domain.Contracts;
using Reporting.Sources.Documents;
using Reporting.Sources.Recognition;
using Reporting.Tests.Cli;
using Reporting.Tests.Support;

namespace Reporting.Tests.Network;

/// <summary><c>reporting modele --type reseau|parcours|groupes</c>: blank templates recognised by the reader, with dropdowns.</summary>
public sealed class NetworkTemplateTests
{
    [Theory]
    [InlineData("reseau", "Activite_reseau_modele.xlsx", InputKind.ActiviteReseau, "C2:C2001", "'Listes'!$B$2:$B$4")]
    [InlineData("parcours", "Parcours_labellisation_modele.xlsx", InputKind.Parcours, "B2:B2001", "'Listes'!$A$2:$A$6")]
    [InlineData("groupes", "Groupes_locaux_modele.xlsx", InputKind.GroupesLocaux, "B2:B2001", "'Listes'!$A$2:$A$102")]
    public void A_blank_template_is_recognised_and_carries_its_dropdown(string type, string file, InputKind kind, string address, string source)
    {
        using var output = new TempFolder();
        var cli = new CliHarness();
        var code = cli.Run("modele", "--type", type, "--sortie", output.Path);
        Assert.True(code == ExitCodes.Success, cli.ToString());
        var path = Path.Combine(output.Path, file);
        Assert.Contains($"Modèle vierge écrit : {path}", cli.Console);

        using (var document = SourceDocument.Open(path))
            Assert.Equal(kind, FileRecognizer.Recognize(document).Kind);
        using var package = new ExcelPackage(new FileInfo(path));
        var sheet = package.Workbook.Worksheets[0];
        var list = sheet.DataValidations.OfType<OfficeOpenXml.DataValidation.Contracts.IExcelDataValidationList>().Single(v => v.Address.Address == address);
        Assert.Equal(source, list.Formula.ExcelFormula);
        Assert.Equal(eWorkSheetHidden.Hidden, package.Workbook.Worksheets["Listes"].Hidden);
        Assert.Equal("Mode d'emploi", package.Workbook.Worksheets[1].Name);
    }

    [Fact]
    public void The_network_dropdown_lists_the_three_labels()
    {
        using var output = new TempFolder();
        new CliHarness().Run("modele", "--type", "reseau", "--sortie", output.Path);
        using var package = new ExcelPackage(new FileInfo(Path.Combine(output.Path, "Activite_reseau_modele.xlsx")));
        var lists = package.Workbook.Worksheets["Listes"];
        Assert.Equal(["Label", "Jeunesse", "Parentalité", "Commun"], Enumerable.Range(1, 4).Select(r => lists.Cells[r, 2].Text));
        Assert.Equal("2A", lists.Cells[21, 1].Text);
    }

    [Fact]
    public void An_unknown_template_type_is_refused_in_french()
    {
        var cli = new CliHarness();
        var code = cli.Run("modele", "--type", "budget");
        Assert.Equal(ExitCodes.BadArguments, code);
        Assert.Contains("Type de modèle « budget » inconnu : suivi, reseau, parcours ou groupes est attendu.", cli.ToString());
    }
}

using System.Xml;
using OfficeOpenXml;
using OfficeOpenXml.DataValidation;
using OfficeOpenXml.DataValidation.Contracts;
using Reporting.Domain.Categories;
using Reporting.Domain.Model;
using Reporting.Domain.Periods;
using Reporting.Indicators.Definitions;
using Reporting.Outputs.Templates;
using Reporting.Tests.Support;
using Reporting.Warehouse.Loading;

namespace Reporting.Tests.Outputs;

/// <summary>
/// The generated tracking template (INPUTS.md §1): what it lets a user type is what the ingest
/// accepts; it carries dropdowns, frozen headers, instructions, a hidden Listes sheet, and the
/// Identification of a known promeneur.
/// </summary>
public sealed class TrackingTemplateTests : IDisposable
{
    private static readonly TemplateIdentity Camille = new("PDN-50-0007", "DUPONT", "Camille", "CS-50-012", "50", "Parentalité");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string WriteTemplate()
    {
        var path = _folder.Combine(TrackingTemplateWriter.FileNameFor(Camille, 2020));
        TrackingTemplateWriter.Write(path, Camille, 2020);
        return path;
    }

    /// <summary>The values a dropdown of the Sollicitations sheet offers, read through its validation formula.</summary>
    private static IReadOnlyList<string> Dropdown(ExcelWorkbook book, string column)
    {
        var validation = ListValidationOf(book.Worksheets["Sollicitations"], column);
        var formula = validation.Formula.ExcelFormula; // 'Listes'!$A$2:$A$3
        var bang = formula.LastIndexOf('!');
        var sheet = formula[..bang].Trim('\'');
        var cells = book.Worksheets[sheet].Cells[formula[(bang + 1)..].Replace("$", string.Empty, StringComparison.Ordinal)];
        return cells.Select(c => c.Text).ToList();
    }

    private static IExcelDataValidationList ListValidationOf(ExcelWorksheet sheet, string column) =>
        sheet.DataValidations.OfType<IExcelDataValidationList>().Single(v => v.Address.Address == $"{column}2:{column}{TrackingTemplateWriter.SolicitationRows + 1}");

    private static XmlNode? Pane(ExcelWorksheet sheet)
    {
        var ns = new XmlNamespaceManager(sheet.WorksheetXml.NameTable);
        ns.AddNamespace("d", "http://schemas.openxmlformats.org/spreadsheetml/2006/main");
        return sheet.WorksheetXml.SelectSingleNode("//d:sheetViews/d:sheetView/d:pane", ns);
    }

    [Fact]
    public void The_template_has_instructions_identification_temps_sollicitations_and_a_hidden_list_sheet()
    {
        using var package = new ExcelPackage(new FileInfo(WriteTemplate()));
        var book = package.Workbook;

        Assert.Equal(["Mode d'emploi", "Identification", "Temps", "Sollicitations", "Listes"], book.Worksheets.Select(s => s.Name));
        var instructions = book.Worksheets["Mode d'emploi"];
        Assert.Equal(eWorkSheetHidden.Visible, instructions.Hidden);
        Assert.Contains("Tableau de suivi", instructions.Cells["A1"].Text);
        Assert.Contains(instructions.Cells["A1:A30"], c => c.Text.Contains("listes déroulantes", StringComparison.Ordinal));
        Assert.Equal(eWorkSheetHidden.Hidden, book.Worksheets["Listes"].Hidden);
        Assert.Equal(eWorkSheetHidden.Visible, book.Worksheets["Sollicitations"].Hidden);
    }

    [Fact]
    public void Identification_is_prefilled_for_a_known_promeneur()
    {
        using var package = new ExcelPackage(new FileInfo(WriteTemplate()));
        var sheet = package.Workbook.Worksheets["Identification"];

        var rows = Enumerable.Range(1, 8).Select(r => (sheet.Cells[r, 1].Text, sheet.Cells[r, 2].Text)).ToList();
        Assert.Equal(
        [
            ("Version du modèle", "PDN-SUIVI-1"), ("Identifiant PdN", "PDN-50-0007"), ("Nom", "DUPONT"), ("Prénom", "Camille"),
            ("Code structure", "CS-50-012"), ("Département", "50"), ("Label", "Parentalité"), ("Année", "2020"),
        ], rows);
        // The label itself is a dropdown of Jeunesse | Parentalité.
        Assert.Contains(sheet.DataValidations.OfType<IExcelDataValidationList>(), v => v.Address.Address == "B7");
    }

    [Fact]
    public void Every_list_column_of_sollicitations_has_a_dropdown_of_exactly_its_list()
    {
        using var package = new ExcelPackage(new FileInfo(WriteTemplate()));
        var book = package.Workbook;

        var expected = new (string Column, CategoryList List)[]
        {
            ("B", Lists.Sens), ("C", Lists.Interlocuteur), ("D", Lists.Modalite), ("E", Lists.Theme), ("F", Lists.TrancheAge), ("G", Lists.OuiNon),
        };
        var sheet = book.Worksheets["Sollicitations"];
        foreach (var (column, list) in expected)
        {
            Assert.Equal(list.Name, sheet.Cells[$"{column}1"].Text); // the header of the column
            Assert.Equal(list.Values, Dropdown(book, column));
            var validation = ListValidationOf(sheet, column);
            Assert.True(validation.ShowErrorMessage);
            Assert.Equal(ExcelDataValidationWarningStyle.stop, validation.ErrorStyle);
        }

        // Dates are restricted to the workbook's year.
        var date = sheet.DataValidations.OfType<IExcelDataValidationDateTime>().Single(v => v.Address.Address == $"A2:A{TrackingTemplateWriter.SolicitationRows + 1}");
        Assert.Equal(new DateTime(2020, 1, 1), date.Formula.Value);
        Assert.Equal(new DateTime(2020, 12, 31), date.Formula2.Value);
    }

    [Fact]
    public void Header_rows_are_frozen()
    {
        using var package = new ExcelPackage(new FileInfo(WriteTemplate()));
        foreach (var name in new[] { "Temps", "Sollicitations" })
        {
            var pane = Pane(package.Workbook.Worksheets[name]);
            Assert.NotNull(pane);
            Assert.Equal("frozen", pane.Attributes!["state"]!.Value);
            Assert.Equal("1", pane.Attributes!["ySplit"]!.Value);
        }
        // Temps also keeps the month column in view.
        Assert.Equal("B2", Pane(package.Workbook.Worksheets["Temps"])!.Attributes!["topLeftCell"]!.Value);
        Assert.Equal("A2", Pane(package.Workbook.Worksheets["Sollicitations"])!.Attributes!["topLeftCell"]!.Value);
    }

    [Fact]
    public void Temps_lists_the_twelve_months_with_number_validations()
    {
        using var package = new ExcelPackage(new FileInfo(WriteTemplate()));
        var temps = package.Workbook.Worksheets["Temps"];

        Assert.Equal(Reporting.Domain.Contracts.InputContract.Tracking.TempsColumns, Enumerable.Range(1, 7).Select(c => temps.Cells[1, c].Text));
        Assert.Equal(Lists.Mois, Enumerable.Range(2, 12).Select(r => temps.Cells[r, 1].Text));
        var hours = temps.DataValidations.OfType<IExcelDataValidationDecimal>().Single(v => v.Address.Address == "B2:C13");
        Assert.Equal((0d, 300d), (hours.Formula.Value, hours.Formula2.Value));
        Assert.Single(temps.DataValidations.OfType<IExcelDataValidationInt>(), v => v.Address.Address == "D2:G13");
    }

    [Fact]
    public void A_template_filled_as_a_user_would_loads_with_no_rejection_and_the_expected_figures()
    {
        using var w = new TestWarehouse();
        ReferenceFiles.Promeneurs(w.InDepot("promeneurs.csv"), "PDN-50-0007;DUPONT;Camille;CS-50-012;50;Parentalité;Référent famille;01/09/2019;");
        var path = w.InDepot(TrackingTemplateWriter.FileNameFor(Camille, 2020));
        TrackingTemplateWriter.Write(path, Camille, 2020);

        using (var package = new ExcelPackage(new FileInfo(path)))
        {
            var book = package.Workbook;
            var temps = book.Worksheets["Temps"];
            int Row(string month) => Enumerable.Range(2, 12).Single(r => temps.Cells[r, 1].Text == month);
            // Mars: 6,5 h en ligne, 2 h hors ligne, 1 permanence, 40 amis public, 8 pro, 3 publications.
            object[] mars = [6.5, 2, 1, 40, 8, 3];
            // Juin: 4 h en ligne, 0 hors ligne, 2 permanences, 45 amis public, 9 pro, 1 publication.
            object[] juin = [4, 0, 2, 45, 9, 1];
            for (var c = 0; c < 6; c++)
            {
                temps.Cells[Row("Mars"), c + 2].Value = mars[c];
                temps.Cells[Row("Juin"), c + 2].Value = juin[c];
            }

            var sollicitations = book.Worksheets["Sollicitations"];
            string Pick(string column, int index) => Dropdown(book, column)[index];
            void Solicitation(int row, DateTime date, int sens, int interlocuteur, int modalite, int theme, int tranche, int? nouveau)
            {
                sollicitations.Cells[row, 1].Value = date;
                sollicitations.Cells[row, 2].Value = Pick("B", sens);
                sollicitations.Cells[row, 3].Value = Pick("C", interlocuteur);
                sollicitations.Cells[row, 4].Value = Pick("D", modalite);
                sollicitations.Cells[row, 5].Value = Pick("E", theme);
                sollicitations.Cells[row, 6].Value = Pick("F", tranche);
                sollicitations.Cells[row, 7].Value = nouveau is int n ? Pick("G", n) : null;
            }
            Solicitation(2, new DateTime(2020, 3, 5), 0, 0, 0, 3, 2, 0); // Reçue, Parent, Message privé, Scolarité, 6-11 ans, Oui
            Solicitation(3, new DateTime(2020, 6, 20), 1, 2, 3, 5, 4, 1); // Initiée, Jeune, Action collective, Loisirs et culture, 15-18 ans, Non
            Solicitation(4, new DateTime(2020, 6, 21), 0, 3, 5, 9, 6, null); // Reçue, Professionnel, Visioconférence, Autre, Non précisé, (vide)
            package.Save();
        }

        var report = w.Load();

        var file = report.Files.Single(f => f.Path == path);
        Assert.Equal(FileStatus.Loaded, file.Status);
        Assert.Empty(file.Rejections);
        Assert.Equal(5, file.RowsLoaded); // 2 months + 3 solicitations

        var s = w.Indicators(new Scope("50", Period.Year(2020), "Parentalité", Population.Actifs)).Total;
        Assert.Equal(1m, s.Value("promeneurs"));
        Assert.Equal(12m, s.Value("mois_attendus"));
        Assert.Equal(2m, s.Value("mois_transmis")); // mars, juin
        Assert.Equal(10.5m, s.Value("heures_en_ligne")); // 6,5 + 4
        Assert.Equal(2m, s.Value("heures_hors_ligne")); // 2 + 0
        Assert.Equal(3m, s.Value("permanences")); // 1 + 2
        Assert.Equal(4m, s.Value("publications")); // 3 + 1
        Assert.Equal(45m, s.Value("amis_public")); // juin, the last month sent
        Assert.Equal(9m, s.Value("amis_professionnels"));
        Assert.Equal(2m, s.Value("sollicitations_recues"));
        Assert.Equal(1m, s.Value("sollicitations_initiees"));
        Assert.Equal(1m, s.Value("nouveaux_participants"));
        var modalites = s.Distribution(IndicatorCatalog.Get("modalites"))!;
        Assert.Equal((1m, 1m, 1m), (modalites["Message privé"], modalites["Action collective"], modalites["Visioconférence"]));
        var themes = s.Distribution(IndicatorCatalog.Get("themes"))!;
        Assert.Equal((1m, 1m, 1m), (themes["Scolarité"], themes["Loisirs et culture"], themes["Autre"]));
        var ages = s.Distribution(IndicatorCatalog.Get("tranches_age"))!;
        Assert.Equal((1m, 1m, 1m), (ages["6-11 ans"], ages["15-18 ans"], ages["Non précisé"]));
        Assert.Equal(1m, s.Distribution(IndicatorCatalog.Get("interlocuteurs"))!["Professionnel"]);
    }

    [Fact]
    public void An_untouched_prefilled_template_loads_as_nothing_sent()
    {
        using var w = new TestWarehouse();
        ReferenceFiles.Promeneurs(w.InDepot("promeneurs.csv"), "PDN-50-0007;DUPONT;Camille;CS-50-012;50;Parentalité;Référent famille;01/09/2019;");
        TrackingTemplateWriter.Write(w.InDepot("vierge.xlsx"), Camille, 2020);

        var file = w.Load().Files.Single(f => f.Path.EndsWith("vierge.xlsx", StringComparison.Ordinal));

        Assert.Equal(FileStatus.Loaded, file.Status);
        Assert.Empty(file.Rejections);
        Assert.Equal(0, file.RowsLoaded); // month labels alone are not submitted months
        Assert.Equal(0m, w.Indicators(new Scope("50", Period.Year(2020), null, Population.Actifs)).Total.Value("mois_transmis"));
    }
}

using OfficeOpenXml;
using Reporting.Domain.Contracts;
using Reporting.Sources.Documents;
using Reporting.Sources.Recognition;
using Reporting.Tests.Support;

namespace Reporting.Tests.Sources;

/// <summary>A file is recognised by its content (sheet names, header row), never by its name or folder.</summary>
public sealed class RecognitionTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static Recognition Recognize(string path)
    {
        using var doc = SourceDocument.Open(path);
        return FileRecognizer.Recognize(doc);
    }

    private string Csv(string name, params string[] lines) => ReferenceFiles.Csv(_folder.Combine(name), lines);

    private string Workbook(string name, params (string Sheet, string[][] Rows)[] sheets)
    {
        var path = _folder.Combine(name);
        using var package = new ExcelPackage();
        foreach (var (sheetName, rows) in sheets)
        {
            var sheet = package.Workbook.Worksheets.Add(sheetName);
            for (var r = 0; r < rows.Length; r++)
                for (var c = 0; c < rows[r].Length; c++)
                    sheet.Cells[r + 1, c + 1].Value = rows[r][c];
        }
        package.SaveAs(new FileInfo(path));
        return path;
    }

    [Theory]
    [InlineData("notes.txt")]
    [InlineData("promeneurs.csv")]
    [InlineData("sans-extension")]
    [InlineData("suivi.xls")]
    public void A_tracking_workbook_under_any_name(string name)
    {
        var path = new TrackingWorkbookBuilder().Save(_folder.Combine("depot", name));
        var recognition = Recognize(path);
        Assert.Equal(new Recognition(InputKind.TrackingWorkbook, "Identification"), recognition);
    }

    [Theory]
    [InlineData("promeneurs.xlsx")]
    [InlineData("structures.csv")]
    [InlineData("suivi 2019.xlsx")]
    public void A_promeneurs_list_under_any_name(string name)
    {
        var path = ReferenceFiles.Promeneurs(_folder.Combine(name), "PDN-50-0001;DUPONT;Camille;CS-50-001;50;Parentalité;;01/10/2018;");
        Assert.Equal(new Recognition(InputKind.Promeneurs, ISourceDocument.CsvSheetName), Recognize(path));
    }

    [Fact]
    public void A_structures_list_in_a_folder_named_promeneurs()
    {
        var path = ReferenceFiles.Structures(_folder.Combine("promeneurs", "promeneurs.csv"), "CS-50-001;Centre;Centre social;Saint-Lô;50");
        Assert.Equal(InputKind.Structures, Recognize(path).Kind);
    }

    [Theory]
    [InlineData("Code;Date;Type;Intitulé;Département;Durée (heures);Public", InputKind.Regroupements)]
    [InlineData("Code regroupement;Identifiant PdN;Statut", InputKind.Emargement)]
    [InlineData("Code question;Libellé;Type;Modalités", InputKind.QuestionnaireQuestions)]
    [InlineData("Horodatage;Identifiant PdN;Type de répondant;Q1;Q2", InputKind.QuestionnaireResponses)]
    [InlineData("Identifiant;Nom;Prénom;Code structure;Département;Label;Métier;Date de labellisation;Date de fin de labellisation", InputKind.Promeneurs)]
    [InlineData("Code;Nom;Type;Commune;Département", InputKind.Structures)]
    [InlineData("  IDENTIFIANT ; nom ; prenom ; code   structure ; departement ; label ; metier ; date de labellisation ; date de fin de labellisation ", InputKind.Promeneurs)]
    [InlineData("Label;Département;Identifiant;Prénom;Nom;Date de labellisation;Remarques;Code structure", InputKind.Promeneurs)]
    [InlineData("Identifiant;Nom;Prénom;Département;Label;Date de labellisation", InputKind.Promeneurs)]
    [InlineData("code;NOM;type;commune;DEPARTEMENT", InputKind.Structures)]
    [InlineData("Ville;Population;Superficie", InputKind.Unknown)]
    [InlineData("Identifiant;Nom", InputKind.Unknown)]
    [InlineData("Bonjour, voici mon fichier", InputKind.Unknown)]
    public void A_table_by_its_header_row(string header, InputKind kind)
    {
        var path = Csv("fichier.csv", header, "x;y;z");
        Assert.Equal(kind, Recognize(path).Kind);
    }

    [Fact]
    public void A_questionnaire_description_as_csv()
    {
        var path = Csv("QQ-2019.questionnaire.csv", "Code;QQ-2019", "Intitulé;Questionnaire des promeneurs", "Année;2019", "Département;50");
        Assert.Equal(InputKind.QuestionnaireMeta, Recognize(path).Kind);
    }

    [Fact]
    public void A_questionnaire_workbook_by_its_sheets()
    {
        var path = Workbook("classeur.xlsx",
            ("Questionnaire", [["Code", "QQ-2019"], ["Intitulé", "Questionnaire"]]),
            ("Questions", [["Code question", "Libellé", "Type", "Modalités"]]),
            ("Réponses", [["Horodatage", "Identifiant PdN", "Type de répondant"]]));
        Assert.Equal(new Recognition(InputKind.QuestionnaireWorkbook, "Questionnaire"), Recognize(path));
    }

    [Fact]
    public void Tracking_sheet_names_match_like_labels()
    {
        var path = Workbook("classeur.xlsx",
            ("Mode d'emploi", [["Lisez-moi"]]),
            ("IDENTIFICATION", [["Identifiant PdN", "PDN-50-0001"]]),
            ("temps ", [["Mois"]]));
        Assert.Equal(new Recognition(InputKind.TrackingWorkbook, "IDENTIFICATION"), Recognize(path));
    }

    [Fact]
    public void An_identification_sheet_alone_is_enough_when_it_carries_the_identifier()
    {
        var path = Workbook("classeur.xlsx", ("Feuil1", [["x"]]), ("Identification", [["Nom", "DUPONT"], ["identifiant pdn", "PDN-50-0001"]]));
        Assert.Equal(new Recognition(InputKind.TrackingWorkbook, "Identification"), Recognize(path));
    }

    [Fact]
    public void An_identification_sheet_without_the_identifier_is_not_a_tracking_workbook()
    {
        var path = Workbook("classeur.xlsx", ("Identification", [["Nom", "DUPONT"]]));
        Assert.Equal(InputKind.Unknown, Recognize(path).Kind);
    }

    [Fact]
    public void A_workbook_whose_first_sheet_is_not_a_known_table()
    {
        var path = Workbook("promeneurs.xlsx", ("Feuil1", [["Budget", "2019"]]), ("Promeneurs", [["Identifiant", "Nom", "Prénom", "Code structure", "Département", "Label"]]));
        Assert.Equal(new Recognition(InputKind.Unknown, "Feuil1"), Recognize(path));
    }

    [Fact]
    public void A_workbook_with_an_empty_first_sheet()
    {
        var path = new RawXlsx().Sheet("Feuil1", "").Save(_folder.Combine("vide.xlsx"));
        Assert.Equal(new Recognition(InputKind.Unknown, "Feuil1"), Recognize(path));
    }

    [Fact]
    public void A_workbook_without_sheets()
    {
        var path = new RawXlsx().Save(_folder.Combine("aucune.xlsx"));
        Assert.Equal(new Recognition(InputKind.Unknown, string.Empty), Recognize(path));
    }

    [Fact]
    public void A_header_below_blank_lines_is_found()
    {
        var path = Csv("structures.csv", "", ";;;", "Code;Nom;Type;Commune;Département", "CS-50-001;Centre;Centre social;Saint-Lô;50");
        Assert.Equal(InputKind.Structures, Recognize(path).Kind);
    }

    [Fact]
    public void Every_kind_has_a_French_name_and_the_unknown_message_is_French()
    {
        Assert.Equal("tableau de suivi", InputContract.Describe(InputKind.TrackingWorkbook));
        Assert.Equal("liste des promeneurs", InputContract.Describe(InputKind.Promeneurs));
        Assert.Equal("fichier non reconnu", InputContract.Describe(InputKind.Unknown));
        Assert.All(Enum.GetValues<InputKind>().Where(k => k != InputKind.Unknown), k => Assert.NotEqual("fichier non reconnu", InputContract.Describe(k)));
        Assert.StartsWith("Fichier non reconnu : ni tableau de suivi (feuilles Identification, Temps, Sollicitations)", FileRecognizer.UnknownMessage);
    }
}

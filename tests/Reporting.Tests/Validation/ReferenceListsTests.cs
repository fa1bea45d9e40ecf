using Reporting.Domain.Contracts;
using Reporting.Domain.Model;
using Reporting.Sources.Documents;
using Reporting.Sources.Recognition;
using Reporting.Tests.Support;
using Reporting.Validation.Common;
using Reporting.Validation.Reference;

namespace Reporting.Tests.Validation;

/// <summary>The promeneurs and structures lists (INPUTS.md §2): rejected rows with their place and message, refused files.</summary>
public sealed class ReferenceListsTests : IDisposable
{
    private const string NotDate = " n'est pas une date valide : une date jj/mm/aaaa ou aaaa-mm-jj est attendue.";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Validated<IReadOnlyList<PromeneurRecord>> Promeneurs(params string[] lines)
    {
        var path = ReferenceFiles.Csv(_folder.Combine($"{Guid.NewGuid():N}.csv"), lines);
        using var doc = SourceDocument.Open(path);
        return PromeneursValidator.Validate(doc, ISourceDocument.CsvSheetName);
    }

    private Validated<IReadOnlyList<StructureRecord>> Structures(params string[] lines)
    {
        var path = ReferenceFiles.Csv(_folder.Combine($"{Guid.NewGuid():N}.csv"), lines);
        using var doc = SourceDocument.Open(path);
        return StructuresValidator.Validate(doc, ISourceDocument.CsvSheetName);
    }

    private const string PHeader = ReferenceFiles.PromeneursHeader;

    [Fact]
    public void Promeneurs_rows_are_rejected_one_by_one()
    {
        var validated = Promeneurs(
            PHeader,
            "PDN-50-0001;Dupont;Camille;cs-50-001 ;50;Parentalité;Référente famille;01/10/2018;",      // 2
            " pdn-50-0001;Dupont;Camille;CS-50-001;50;Parentalité;;01/10/2018;",                      // 3: duplicate
            "PDN-50-0002;Martin;Léa;CS-50-001;50;Jeunesse;;2018-13-01;",                              // 4: bad start
            "PDN-50-0003;Durand;Noé;CS-50-001;50;Jeunesse;;01/10/2018;31/02/2020",                    // 5: bad end
            "PDN-50-0004;Petit;Max;CS-50-001;50;Jeunesse;;01/10/2018;30/09/2018",                     // 6: end before start
            "PDN-50-0005;Roux;Ana;CS-50-001;14;Jeunesse;;01/10/2018;",                                // 7: département of another
            "PDN-0006;Blanc;Eva;CS-50-001;50;Jeunesse;;01/10/2018;",                                  // 8: bad identifier
            ";Noir;Léo;CS-50-001;99;Jeunesse;;01/10/2018;",                                           // 9: two problems
            "PDN-50-0008;;Lou;;;;;;",                                                                 // 10: missing values
            "PDN-2A-0009;Santoni;Lisa;CS-2A-001;2a;pdnj;Animatrice;2019-01-15;2019-12-31",            // 11
            "PDN-50-0010;Leroy;Tom;CS-50-002;50;Jeunesse;;01/01/2019;01/01/2019");                    // 12: a one-day labellisation

        Assert.Equal(
        [
            new PromeneurRecord("PDN-50-0001", "Dupont", "Camille", "CS-50-001", "50", "Parentalité", "Référente famille", new DateOnly(2018, 10, 1), null, 2),
            new PromeneurRecord("PDN-2A-0009", "Santoni", "Lisa", "CS-2A-001", "2A", "Jeunesse", "Animatrice", new DateOnly(2019, 1, 15), new DateOnly(2019, 12, 31), 11),
            new PromeneurRecord("PDN-50-0010", "Leroy", "Tom", "CS-50-002", "50", "Jeunesse", null, new DateOnly(2019, 1, 1), new DateOnly(2019, 1, 1), 12),
        ], validated.Content);
        Assert.Equal(
        [
            new Rejection("", 3, "Identifiant", "A3", "pdn-50-0001", "Le promeneur PDN-50-0001 figure déjà ligne 2 : cette ligne n'est pas chargée."),
            new Rejection("", 4, "Date de labellisation", "H4", "2018-13-01", "« 2018-13-01 »" + NotDate),
            new Rejection("", 5, "Date de fin de labellisation", "I5", "31/02/2020", "« 31/02/2020 »" + NotDate),
            new Rejection("", 6, "Date de fin de labellisation", "I6", "30/09/2018", "La date de fin de labellisation 30/09/2018 est antérieure à la date de labellisation 01/10/2018."),
            new Rejection("", 7, "Département", "E7", "14", "Le département 14 ne correspond pas à l'identifiant PDN-50-0005 (département 50)."),
            new Rejection("", 8, "Identifiant", "A8", "PDN-0006", "« PDN-0006 » n'est pas un identifiant de promeneur valide : le format attendu est PDN-<code département>-<4 chiffres> (ex. PDN-50-0007)."),
            new Rejection("", 9, "Identifiant", "A9", null, "Valeur manquante : « Identifiant » est obligatoire."),
            new Rejection("", 9, "Département", "E9", "99", "Département « 99 » inconnu : un code INSEE est attendu (ex. 50, 2A, 974)."),
            new Rejection("", 10, "Nom", "B10", null, "Valeur manquante : « Nom » est obligatoire."),
            new Rejection("", 10, "Code structure", "D10", null, "Valeur manquante : « Code structure » est obligatoire."),
            new Rejection("", 10, "Département", "E10", null, "Valeur manquante : « Département » est obligatoire."),
            new Rejection("", 10, "Label", "F10", null, "Valeur manquante : « Label » est obligatoire."),
            new Rejection("", 10, "Date de labellisation", "H10", null, "Valeur manquante : « Date de labellisation » est obligatoire."),
        ], validated.Rejections);
        Assert.Equal(8, validated.RejectedRows);
    }

    [Fact]
    public void Promeneurs_optional_columns_may_be_absent_and_columns_reordered()
    {
        var validated = Promeneurs(
            "Date de labellisation;Label;Département;Code structure;Prénom;Nom;Identifiant;Observations",
            "01/10/2018;Parentalité;50;CS-50-001;Camille;Dupont;PDN-50-0001;RAS");

        Assert.Empty(validated.Rejections);
        Assert.Equal(new PromeneurRecord("PDN-50-0001", "Dupont", "Camille", "CS-50-001", "50", "Parentalité", null, new DateOnly(2018, 10, 1), null, 2), Assert.Single(validated.Content!));
    }

    [Fact]
    public void Promeneurs_missing_columns_refuse_the_file()
    {
        Assert.Equal("Liste des promeneurs : colonnes « Label », « Date de labellisation » introuvables dans la ligne d'en-tête.",
            Promeneurs("Identifiant;Nom;Prénom;Code structure;Département;Métier", "PDN-50-0001;Dupont;Camille;CS-50-001;50;").FileError);
        Assert.Equal("Liste des promeneurs : colonne « Prénom » introuvable dans la ligne d'en-tête.",
            Promeneurs("Identifiant;Nom;Prenom usuel;Code structure;Département;Label;Date de labellisation").FileError);
    }

    [Fact]
    public void An_empty_list_is_refused()
    {
        var path = _folder.Combine("vide.csv");
        File.WriteAllText(path, "\r\n;;;\r\n\r\n");
        using var doc = SourceDocument.Open(path);
        Assert.Equal("Liste des promeneurs vide.", PromeneursValidator.Validate(doc, ISourceDocument.CsvSheetName).FileError);
        Assert.Equal("Liste des structures vide.", StructuresValidator.Validate(doc, ISourceDocument.CsvSheetName).FileError);
        Assert.Equal(InputKind.Unknown, FileRecognizer.Recognize(doc).Kind);
    }

    [Fact]
    public void Structures_rows_are_rejected_one_by_one()
    {
        var validated = Structures(
            ReferenceFiles.StructuresHeader,
            "cs-50-001 ;Centre social du Bocage;centre social;Saint-Lô;50",   // 2
            "CS-50-001;Doublon;Association;Saint-Lô;50",                      // 3: duplicate
            "CS-50-002;Crèche des Lutins;Crèche;Coutances;50",                // 4: unknown type
            "CS-50-003;Maison;MJC;;5",                                        // 5: commune is optional; 5 is 05
            "CS-50-004;Sans département;Autre;Avranches;",                    // 6: missing département
            ";Sans code;Association;Cherbourg;50",                            // 7: missing code
            "CS-50-005;;;Granville;99");                                      // 8: three problems

        Assert.Equal(
        [
            new StructureRecord("CS-50-001", "Centre social du Bocage", "Centre social", "Saint-Lô", "50", 2),
            new StructureRecord("CS-50-003", "Maison", "Maison des jeunes", null, "05", 5),
        ], validated.Content);
        Assert.Equal(
        [
            new Rejection("", 3, "Code", "A3", "CS-50-001", "La structure CS-50-001 figure déjà ligne 2 : cette ligne n'est pas chargée."),
            new Rejection("", 4, "Type", "C4", "Crèche",
                "« Crèche » n'est pas une valeur de « Type » : valeurs attendues « Centre social », « Espace de vie sociale », « Espace de parents », « Maison des jeunes », « Foyer de jeunes travailleurs », « Point information jeunesse », « Association », « Collectivité » ou « Autre »."),
            new Rejection("", 6, "Département", "E6", null, "Valeur manquante : « Département » est obligatoire."),
            new Rejection("", 7, "Code", "A7", null, "Valeur manquante : « Code » est obligatoire."),
            new Rejection("", 8, "Nom", "B8", null, "Valeur manquante : « Nom » est obligatoire."),
            new Rejection("", 8, "Type", "C8", null, "Valeur manquante : « Type » est obligatoire."),
            new Rejection("", 8, "Département", "E8", "99", "Département « 99 » inconnu : un code INSEE est attendu (ex. 50, 2A, 974)."),
        ], validated.Rejections);
        Assert.Equal(5, validated.RejectedRows);
    }

    [Fact]
    public void Structures_missing_columns_refuse_the_file()
    {
        Assert.Equal("Liste des structures : colonne « Type » introuvable dans la ligne d'en-tête.",
            Structures("Code;Nom;Catégorie;Commune;Département", "CS-50-001;Centre;Association;Saint-Lô;50").FileError);
        Assert.Equal("Liste des structures : colonnes « Code », « Département » introuvables dans la ligne d'en-tête.",
            Structures("Identifiant;Nom;Type;Commune", "CS-50-001;Centre;Association;Saint-Lô").FileError);
        Assert.Null(Structures("Code;Nom;Type;Département", "CS-50-001;Centre;Association;50").FileError);
    }

    [Fact]
    public void Reference_lists_from_xlsx_report_the_sheet_name()
    {
        var path = new Sources.RawXlsx()
            .Sheet("Structures 2019",
                Sources.RawXlsx.TextRow(1, "Code", "Nom", "Type", "Commune", "Département") +
                Sources.RawXlsx.TextRow(2, "CS-50-001", "Centre", "Association", "Saint-Lô") + "<row r=\"2\"/>" +
                """<row r="3"><c r="A3" t="inlineStr"><is><t>CS-50-002</t></is></c><c r="B3" t="inlineStr"><is><t>Autre</t></is></c><c r="C3" t="inlineStr"><is><t>Autre</t></is></c><c r="E3"><v>50</v></c></row>""")
            .Save(_folder.Combine("structures.xlsx"));

        using var doc = SourceDocument.Open(path);
        var recognition = FileRecognizer.Recognize(doc);
        Assert.Equal(new Recognition(InputKind.Structures, "Structures 2019"), recognition);
        var validated = StructuresValidator.Validate(doc, recognition.Sheet);

        Assert.Equal(new Rejection("Structures 2019", 2, "Département", "E2", null, "Valeur manquante : « Département » est obligatoire."), Assert.Single(validated.Rejections));
        Assert.Equal(new StructureRecord("CS-50-002", "Autre", "Autre", null, "50", 3), Assert.Single(validated.Content!));
    }
}

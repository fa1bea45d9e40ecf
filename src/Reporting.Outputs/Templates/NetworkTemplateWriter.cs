using System.Drawing;
using OfficeOpenXml;
using OfficeOpenXml.DataValidation;
using OfficeOpenXml.DataValidation.Contracts;
using OfficeOpenXml.Style;
using Reporting.Domain.Categories;
using Reporting.Domain.Contracts;
using Reporting.Domain.Territory;
using Reporting.Outputs.Excel;
using C = Reporting.Domain.Contracts.InputContract;

namespace Reporting.Outputs.Templates;

/// <summary>The blank templates of the version 2 inputs (INPUTS.md §5–7), as <c>reporting modele --type</c> names them.</summary>
public enum NetworkTemplate
{
    /// <summary>Activité du groupe du réseau (§5).</summary>
    Reseau,
    /// <summary>Parcours de labellisation (§6).</summary>
    Parcours,
    /// <summary>Groupes locaux (§7).</summary>
    Groupes,
}

/// <summary>
/// Writes the blank template of a version 2 input: the table on the first sheet (what the reader takes), its header,
/// in-cell dropdowns for the closed lists (label, step, département) and checks on dates and counts, then a
/// « Mode d'emploi » sheet and a hidden « Listes » sheet. What the template lets a user type is what the ingest accepts.
/// </summary>
public static class NetworkTemplateWriter
{
    /// <summary>Rows that carry validation.</summary>
    public const int Rows = 2000;


    public static readonly CategoryList DepartementList = new("Département", Departements.All.Select(d => d.Code).ToList());

    public static string SheetName(NetworkTemplate kind) => kind switch
    {
        NetworkTemplate.Reseau => "Activité du réseau",
        NetworkTemplate.Parcours => "Parcours",
        _ => "Groupes locaux",
    };

    public static string FileNameFor(NetworkTemplate kind) => kind switch
    {
        NetworkTemplate.Reseau => "Activite_reseau_modele.xlsx",
        NetworkTemplate.Parcours => "Parcours_labellisation_modele.xlsx",
        _ => "Groupes_locaux_modele.xlsx",
    };

    public static IReadOnlyList<string> Columns(NetworkTemplate kind) => kind switch
    {
        NetworkTemplate.Reseau => C.ActiviteReseau.Columns,
        NetworkTemplate.Parcours => C.Parcours.Columns,
        _ => C.GroupesLocaux.Columns,
    };

    public static void Write(string path, NetworkTemplate kind)
    {
        using var package = new ExcelPackage();
        var book = package.Workbook;
        book.Properties.Title = kind switch
        {
            NetworkTemplate.Reseau => "Activité du groupe du réseau Promeneurs du Net",
            NetworkTemplate.Parcours => "Parcours de labellisation Promeneurs du Net",
            _ => "Groupes locaux Promeneurs du Net",
        };
        book.Properties.Subject = "Modèle vierge";
        book.Properties.Company = "Caisse d'allocations familiales";

        var table = book.Worksheets.Add(SheetName(kind));
        var instructions = book.Worksheets.Add(C.Tracking.InstructionsSheet);
        var lists = book.Worksheets.Add(C.Tracking.ListsSheet);
        CategoryList[] used = kind switch
        {
            NetworkTemplate.Reseau => [DepartementList, Lists.LabelReseau],
            NetworkTemplate.Parcours => [Lists.EtapeParcours],
            _ => [DepartementList],
        };
        var ranges = WriteLists(lists, used);
        var columns = Columns(kind);
        TrackingTemplateWriter.Header(table, columns);
        string Letter(string column) => ExcelCellBase.GetAddress(1, columns.ToList().IndexOf(column) + 1)[..^1];
        string Range(string column) => $"{Letter(column)}2:{Letter(column)}{Rows + 1}";
        switch (kind)
        {
            case NetworkTemplate.Reseau:
                AddList(table, Range(C.ActiviteReseau.Departement), ranges[DepartementList], DepartementList);
                AddList(table, Range(C.ActiviteReseau.Label), ranges[Lists.LabelReseau], Lists.LabelReseau);
                table.Column(columns.ToList().IndexOf(C.ActiviteReseau.Mois) + 1).Style.Numberformat.Format = "@";
                foreach (var count in C.ActiviteReseau.Counts)
                {
                    var v = table.DataValidations.AddIntegerValidation(Range(count));
                    v.Operator = ExcelDataValidationOperator.greaterThanOrEqual;
                    v.Formula.Value = 0;
                    Stop(v, count, "Un nombre entier positif ou nul est attendu.");
                }
                break;
            case NetworkTemplate.Parcours:
                AddList(table, Range(C.Parcours.Etape), ranges[Lists.EtapeParcours], Lists.EtapeParcours);
                AddDate(table, Range(C.Parcours.Date), C.Parcours.Date);
                break;
            default:
                AddList(table, Range(C.GroupesLocaux.Departement), ranges[DepartementList], DepartementList);
                AddDate(table, Range(C.GroupesLocaux.DateEntree), C.GroupesLocaux.DateEntree);
                AddDate(table, Range(C.GroupesLocaux.DateSortie), C.GroupesLocaux.DateSortie);
                break;
        }
        table.View.FreezePanes(2, 1);
        for (var c = 0; c < columns.Count; c++)
        {
            var list = used.FirstOrDefault(l => l.Name == columns[c]);
            table.Column(c + 1).Width = SheetLayout.WidthFor(list is null ? [columns[c], "00/00/0000"] : list.Values.Append(columns[c]), 12, 40);
        }
        WriteInstructions(instructions, kind);
        lists.Hidden = eWorkSheetHidden.Hidden;
        book.View.ActiveTab = 0;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        package.SaveAs(new FileInfo(path));
    }

    private static string[] Instructions(NetworkTemplate kind) => kind switch
    {
        NetworkTemplate.Reseau =>
        [
            "Activité du groupe du réseau — Promeneurs du Net",
            "",
            "Une ligne par département, label et mois : ce qui a été ajouté au groupe privé du réseau pendant le mois.",
            "Mois : aaaa-mm (ex. 2019-03), mm/aaaa, ou une date du mois. Label : Jeunesse, Parentalité ou Commun (groupe des deux labels).",
            "Documents, Photos, Posts : ajoutés pendant le mois. Posts organisation + Posts vie du réseau + Posts ressources = Posts.",
            "Membres promeneurs, Membres autres (administrateurs, comité de pilotage) : membres du groupe en fin de mois.",
            "Une ligne renvoyée pour un même département, label et mois remplace la précédente.",
        ],
        NetworkTemplate.Parcours =>
        [
            "Parcours de labellisation — Promeneurs du Net",
            "",
            "Une ligne par promeneur et par étape franchie, avec sa date (jj/mm/aaaa).",
            "Étapes : Demande de l'employeur, Entretien préalable, Signature de la charte, Création du compte professionnel, Fiche annuaire national.",
            "Une étape (sauf la demande de l'employeur) ne peut pas précéder l'entretien préalable ; aucune date dans le futur.",
            "Le premier mois transmis se lit dans les tableaux de suivi : il ne se saisit pas ici.",
            "Une nouvelle date pour le même promeneur et la même étape remplace la précédente.",
        ],
        _ =>
        [
            "Groupes locaux — Promeneurs du Net",
            "",
            "Une ligne par membre d'un groupe local : le nom du groupe (ex. Groupe local Sud-Manche), le département,",
            "l'identifiant du promeneur, sa date d'entrée et, s'il a quitté le groupe, sa date de sortie (vide = toujours membre).",
            "Un groupe local compte au plus 15 membres : au-delà, les lignes sont chargées et le groupe est signalé.",
            "Le fichier donne la composition complète des groupes qu'il cite : il remplace leurs membres précédents.",
            "Dans la liste des regroupements, la colonne facultative « Groupe » rattache un regroupement de type Groupe local à son groupe.",
        ],
    };

    private static void WriteInstructions(ExcelWorksheet sheet, NetworkTemplate kind)
    {
        var lines = Instructions(kind).Append("").Append("Ne renommez pas les en-têtes de colonnes : le fichier est lu automatiquement (la première feuille).").ToArray();
        for (var i = 0; i < lines.Length; i++) sheet.Cells[i + 1, 1].Value = lines[i];
        sheet.Cells[1, 1].Style.Font.Bold = true;
        sheet.Cells[1, 1].Style.Font.Size = 14;
        sheet.Column(1).Width = 120;
    }

    private static Dictionary<CategoryList, string> WriteLists(ExcelWorksheet sheet, IReadOnlyList<CategoryList> lists)
    {
        var ranges = new Dictionary<CategoryList, string>();
        for (var c = 0; c < lists.Count; c++)
        {
            var list = lists[c];
            sheet.Cells[1, c + 1].Value = list.Name;
            for (var i = 0; i < list.Values.Count; i++)
            {
                sheet.Cells[i + 2, c + 1].Value = list.Values[i];
                sheet.Cells[i + 2, c + 1].Style.Numberformat.Format = "@";
            }
            var letter = ExcelCellBase.GetAddress(1, c + 1)[..^1];
            ranges[list] = $"'{C.Tracking.ListsSheet}'!${letter}$2:${letter}${list.Values.Count + 1}";
        }
        SheetLayout.FitColumns(sheet);
        return ranges;
    }

    private static void AddDate(ExcelWorksheet sheet, string address, string name)
    {
        sheet.Cells[address].Style.Numberformat.Format = "dd/mm/yyyy";
        var date = sheet.DataValidations.AddDateTimeValidation(address);
        date.Operator = ExcelDataValidationOperator.between;
        date.Formula.Value = new DateTime(2000, 1, 1);
        date.Formula2.Value = new DateTime(2100, 12, 31);
        Stop(date, name, "Une date est attendue (jj/mm/aaaa).");
    }

    private static void AddList(ExcelWorksheet sheet, string address, string source, CategoryList list)
    {
        var validation = sheet.DataValidations.AddListValidation(address);
        validation.Formula.ExcelFormula = source;
        var values = list.Values.Count > 12 ? "un code INSEE de département (ex. 50, 2A, 974)" : string.Join(", ", list.Values);
        Stop(validation, list.Name, $"Choisissez une valeur de la liste : {values}.");
    }

    private static void Stop(IExcelDataValidation validation, string title, string message)
    {
        validation.ShowErrorMessage = true;
        validation.ErrorStyle = ExcelDataValidationWarningStyle.stop;
        validation.ErrorTitle = title.Length > 32 ? title[..32] : title;
        validation.Error = message.Length > 255 ? message[..252] + "…" : message;
        validation.AllowBlank = true;
    }
}

using System.Drawing;
using OfficeOpenXml;
using OfficeOpenXml.DataValidation;
using OfficeOpenXml.DataValidation.Contracts;
using OfficeOpenXml.Style;
using Reporting.Domain.Categories;
using Reporting.Domain.Contracts;
using Reporting.Domain.Model;
using Reporting.Outputs.Excel;
using T = Reporting.Domain.Contracts.InputContract.Tracking;

namespace Reporting.Outputs.Templates;

/// <summary>
/// Writes the tracking workbook template (INPUTS.md §1, version PDN-SUIVI-1): instructions, the
/// Identification sheet (pre-filled for a known promeneur), the twelve months of Temps, and a
/// Sollicitations sheet whose list columns carry in-cell dropdowns. What the template lets a user
/// type is exactly what the ingest accepts.
/// </summary>
public static class TrackingTemplateWriter
{
    /// <summary>Rows of the Sollicitations sheet that carry validation (a busy promeneur logs a few hundred a year).</summary>
    public const int SolicitationRows = 2000;

    private static readonly Color InputFill = Color.FromArgb(255, 242, 204);
    private static readonly Color HeaderFill = Color.FromArgb(31, 78, 121);

    public static string FileNameFor(TemplateIdentity? identity, int? year) => identity is null
        ? $"Suivi_PdN_modele{(year is int y ? "_" + y : string.Empty)}.xlsx"
        : $"Suivi_{identity.PromeneurId}_{year}.xlsx";

    public static void Write(string path, TemplateIdentity? identity, int? year)
    {
        using var package = new ExcelPackage();
        var book = package.Workbook;
        book.Properties.Title = "Tableau de suivi d'activité Promeneurs du Net";
        book.Properties.Subject = identity is null ? "Modèle vierge" : $"{identity.FirstName} {identity.LastName} ({identity.PromeneurId}) — {year}";
        book.Properties.Author = identity is null ? "CAF" : $"CAF — département {identity.DepartementCode}";
        book.Properties.Company = "Caisse d'allocations familiales";

        var instructions = book.Worksheets.Add(T.InstructionsSheet);
        var identification = book.Worksheets.Add(T.IdentificationSheet);
        var temps = book.Worksheets.Add(T.TempsSheet);
        var sollicitations = book.Worksheets.Add(T.SollicitationsSheet);
        var lists = book.Worksheets.Add(T.ListsSheet);

        var ranges = WriteLists(lists);
        WriteInstructions(instructions, year);
        WriteIdentification(identification, identity, year, ranges);
        WriteTemps(temps);
        WriteSollicitations(sollicitations, year, ranges);
        lists.Hidden = eWorkSheetHidden.Hidden;
        PrintSetup.Apply(instructions, landscape: true);
        PrintSetup.Apply(identification, landscape: false);
        PrintSetup.Apply(temps, landscape: true, repeatedHeaderRow: 1);
        PrintSetup.Apply(sollicitations, landscape: true, repeatedHeaderRow: 1);
        book.View.ActiveTab = identity is null ? 0 : 1;

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        package.SaveAs(new FileInfo(path));
    }

    private static Dictionary<CategoryList, string> WriteLists(ExcelWorksheet sheet)
    {
        var ranges = new Dictionary<CategoryList, string>();
        CategoryList[] all = [.. Lists.SolicitationLists, Lists.OuiNon, Lists.Label];
        for (var c = 0; c < all.Length; c++)
        {
            var list = all[c];
            var column = c + 1;
            sheet.Cells[1, column].Value = list.Name;
            for (var i = 0; i < list.Values.Count; i++) sheet.Cells[i + 2, column].Value = list.Values[i];
            var letter = ExcelCellBase.GetAddress(1, column)[..^1];
            ranges[list] = $"'{T.ListsSheet}'!${letter}$2:${letter}${list.Values.Count + 1}";
        }
        SheetLayout.FitColumns(sheet);
        return ranges;
    }

    private static void WriteInstructions(ExcelWorksheet sheet, int? year)
    {
        string[] lines =
        [
            "Tableau de suivi d'activité — Promeneurs du Net",
            "",
            "Ce classeur se remplit tout au long de l'année" + (year is int y ? $" {y}" : string.Empty) + " et se renvoie chaque mois au coordinateur départemental.",
            "",
            "1. Identification : vérifiez vos informations (elles sont pré-remplies par la CAF). Ne modifiez pas l'identifiant.",
            "2. Temps : une ligne par mois. Renseignez les heures passées en ligne et hors ligne (nombres décimaux, ex. 12,5),",
            "   le nombre de permanences et de publications du mois, et vos nombres d'amis en fin de mois (public et professionnels).",
            "   Un mois dont toutes les cellules sont vides est considéré comme non transmis ; une cellule vide d'un mois renseigné vaut 0.",
            "3. Sollicitations : une ligne par échange avec le public ou un partenaire : la date (jj/mm/aaaa), le sens",
            "   (Reçue : la personne est venue vers vous ; Initiée : vous êtes allé vers elle), l'interlocuteur, la modalité de réponse,",
            "   le thème, la tranche d'âge de l'enfant ou du jeune concerné, et si l'échange a amené un nouveau participant à la structure.",
            "   Choisissez les valeurs dans les listes déroulantes.",
            "",
            "Ne renommez pas les feuilles ni les en-têtes de colonnes : le classeur est lu automatiquement.",
            "Renvoyez le même classeur chaque mois, complété : la version la plus récente remplace la précédente.",
        ];
        for (var i = 0; i < lines.Length; i++) sheet.Cells[i + 1, 1].Value = lines[i];
        sheet.Cells[1, 1].Style.Font.Bold = true;
        sheet.Cells[1, 1].Style.Font.Size = 14;
        sheet.Column(1).Width = 120;
    }

    private static void WriteIdentification(ExcelWorksheet sheet, TemplateIdentity? identity, int? year, Dictionary<CategoryList, string> ranges)
    {
        object?[] values =
        [
            InputContract.TemplateVersion,
            identity?.PromeneurId,
            identity?.LastName,
            identity?.FirstName,
            identity?.StructureCode,
            identity?.DepartementCode,
            identity?.Label,
            year,
        ];
        for (var i = 0; i < T.IdentificationLabels.Count; i++)
        {
            sheet.Cells[i + 1, 1].Value = T.IdentificationLabels[i];
            sheet.Cells[i + 1, 1].Style.Font.Bold = true;
            var cell = sheet.Cells[i + 1, 2];
            cell.Value = values[i];
            cell.Style.Numberformat.Format = "@";
            if (i == 7 && year is not null) cell.Style.Numberformat.Format = "0";
            if (i > 0)
            {
                cell.Style.Fill.PatternType = ExcelFillStyle.Solid;
                cell.Style.Fill.BackgroundColor.SetColor(InputFill);
            }
        }
        var labelRow = T.IdentificationLabels.ToList().IndexOf(T.LabelLabel) + 1;
        AddList(sheet, $"B{labelRow}", ranges[Lists.Label], Lists.Label);
        var yearRow = T.IdentificationLabels.ToList().IndexOf(T.AnneeLabel) + 1;
        var yearValidation = sheet.DataValidations.AddIntegerValidation($"B{yearRow}");
        yearValidation.Operator = ExcelDataValidationOperator.between;
        yearValidation.Formula.Value = 2000;
        yearValidation.Formula2.Value = 2100;
        Stop(yearValidation, "Année", "Indiquez l'année sur quatre chiffres (ex. 2020).");
        sheet.Column(1).Width = SheetLayout.WidthFor(T.IdentificationLabels);
        sheet.Column(2).Width = SheetLayout.WidthFor(values.Select(v => v?.ToString()).Append("PDN-SUIVI-1 "), 24);
    }

    private static void WriteTemps(ExcelWorksheet sheet)
    {
        Header(sheet, T.TempsColumns);
        for (var m = 0; m < 12; m++)
        {
            sheet.Cells[m + 2, 1].Value = Lists.Mois[m];
            sheet.Cells[m + 2, 1].Style.Font.Bold = true;
        }
        var values = sheet.Cells[2, 2, 13, T.TempsColumns.Count];
        values.Style.Fill.PatternType = ExcelFillStyle.Solid;
        values.Style.Fill.BackgroundColor.SetColor(InputFill);
        sheet.Cells[2, 2, 13, 3].Style.Numberformat.Format = "0.0#";
        sheet.Cells[2, 4, 13, T.TempsColumns.Count].Style.Numberformat.Format = "0";

        var hours = sheet.DataValidations.AddDecimalValidation("B2:C13");
        hours.Operator = ExcelDataValidationOperator.between;
        hours.Formula.Value = 0;
        hours.Formula2.Value = 300;
        Stop(hours, "Heures", "Un nombre d'heures entre 0 et 300 pour le mois est attendu (ex. 12,5).");
        var counts = sheet.DataValidations.AddIntegerValidation($"D2:{ExcelCellBase.GetAddress(13, T.TempsColumns.Count)}");
        counts.Operator = ExcelDataValidationOperator.greaterThanOrEqual;
        counts.Formula.Value = 0;
        Stop(counts, "Nombre", "Un nombre entier positif ou nul est attendu.");
        sheet.View.FreezePanes(2, 2);
        for (var c = 1; c <= T.TempsColumns.Count; c++) sheet.Column(c).Width = SheetLayout.WidthFor([T.TempsColumns[c - 1]], 12);
    }

    private static void WriteSollicitations(ExcelWorksheet sheet, int? year, Dictionary<CategoryList, string> ranges)
    {
        Header(sheet, T.SollicitationsColumns);
        var last = SolicitationRows + 1;
        sheet.Column(1).Style.Numberformat.Format = "dd/mm/yyyy"; // a column style: no empty cells written
        var date = sheet.DataValidations.AddDateTimeValidation($"A2:A{last}");
        date.Operator = ExcelDataValidationOperator.between;
        date.Formula.Value = year is int y ? new DateTime(y, 1, 1) : new DateTime(2000, 1, 1);
        date.Formula2.Value = year is int y2 ? new DateTime(y2, 12, 31) : new DateTime(2100, 12, 31);
        Stop(date, "Date", year is int y3 ? $"Une date de l'année {y3} est attendue (jj/mm/aaaa)." : "Une date est attendue (jj/mm/aaaa).");

        CategoryList[] columns = [.. Lists.SolicitationLists, Lists.OuiNon];
        for (var i = 0; i < columns.Length; i++)
        {
            var letter = ExcelCellBase.GetAddress(1, i + 2)[..^1];
            AddList(sheet, $"{letter}2:{letter}{last}", ranges[columns[i]], columns[i]);
        }
        sheet.View.FreezePanes(2, 1);
        sheet.Column(1).Width = 12;
        for (var i = 0; i < columns.Length; i++)
            sheet.Column(i + 2).Width = SheetLayout.WidthFor(columns[i].Values.Append(columns[i].Name), 12, 40);
    }

    /// <summary>The header row of a template's table (also the network templates').</summary>
    internal static void Header(ExcelWorksheet sheet, IReadOnlyList<string> headers)
    {
        for (var c = 0; c < headers.Count; c++) sheet.Cells[1, c + 1].Value = headers[c];
        var range = sheet.Cells[1, 1, 1, headers.Count];
        range.Style.Font.Bold = true;
        range.Style.Font.Color.SetColor(Color.White);
        range.Style.Fill.PatternType = ExcelFillStyle.Solid;
        range.Style.Fill.BackgroundColor.SetColor(HeaderFill);
        range.Style.WrapText = true;
    }

    private static void AddList(ExcelWorksheet sheet, string address, string source, CategoryList list)
    {
        var validation = sheet.DataValidations.AddListValidation(address);
        validation.Formula.ExcelFormula = source;
        Stop(validation, list.Name, $"Choisissez une valeur de la liste : {string.Join(", ", list.Values)}.");
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

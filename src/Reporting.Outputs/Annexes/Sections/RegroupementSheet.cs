using OfficeOpenXml.Style;
using Reporting.Indicators.Computation;
using Reporting.Indicators.Definitions;
using Reporting.Outputs.Annexes.Layout;
using Reporting.Warehouse.Queries;

namespace Reporting.Outputs.Annexes.Sections;

/// <summary>
/// The regroupements of a period: the indicators (number, hours, attendance rate), the list of
/// events they count, and the attendance of each promeneur of the population (status per event from
/// the attendance sheets; their counts and rate from the single definition, per promeneur).
/// </summary>
internal static class RegroupementSheet
{
    public const string SheetName = "Regroupements";
    public const string TotalLabel = "Total du département";

    public static void Write(AnnexBook book, string title, string subtitle, PromeneurBreakdown breakdown,
        IReadOnlyList<EventListing> events, IReadOnlyList<AttendanceListing> attendance, IReadOnlyList<PromeneurIdentity> identities)
    {
        var sheet = book.AddSheet(SheetName);
        sheet.Title(title, subtitle);
        var departement = breakdown.Departement;

        sheet.Section("Regroupements de la période");
        var summary = IndicatorBlocks.Table(sheet, ["regroupements", "heures_regroupement", "taux_presence"], [new PeriodColumn("Valeur", departement)]);
        sheet.Skip();

        sheet.Section("Liste des regroupements");
        var header = sheet.Header(1, "Intitulé", "Code", "Date", "Type", "Public", "Durée (heures)");
        foreach (var e in events)
        {
            var row = sheet.Row++;
            sheet.Text(row, 1, e.Title);
            sheet.Text(row, 2, e.Code);
            sheet.Date(row, 3, e.EventDate);
            sheet.Text(row, 4, e.EventType);
            sheet.Text(row, 5, e.Audience);
            sheet.Number(row, 6, e.DurationHours, AnnexStyle.Decimal1);
        }
        sheet.Table("Regroupements", header, sheet.Row - 1, 1, 6);
        sheet.RepeatOnEachPage(header);
        sheet.Skip();
        if (events.Count == 0)
        {
            sheet.Note("Aucun regroupement pendant la période.");
            sheet.Skip();
        }

        sheet.Section("Présence par promeneur");
        var byId = identities.ToDictionary(i => i.PromeneurId, StringComparer.Ordinal);
        var status = attendance.ToDictionary(a => (a.PromeneurId, a.EventCode), a => a.AttendanceStatus);
        var headers = new List<string> { "Promeneur", "Identifiant" };
        headers.AddRange(events.Select(e => e.Code));
        headers.AddRange(["Émargements", "Présences", IndicatorCatalog.Get("taux_presence").Libelle]);
        var matrix = sheet.Header(1, [.. headers]);
        var rate = IndicatorCatalog.Get("taux_presence");
        foreach (var set in PromeneurSheet.Ordered(breakdown.Promeneurs, byId))
        {
            var row = sheet.Row++;
            var who = byId.GetValueOrDefault(set.Territoire);
            sheet.Text(row, 1, who is null ? set.Territoire : $"{who.LastName} {who.FirstName}");
            sheet.Text(row, 2, set.Territoire);
            for (var i = 0; i < events.Count; i++)
            {
                var s = status.GetValueOrDefault((set.Territoire, events[i].Code));
                sheet.Text(row, 3 + i, s);
                sheet.Sheet.Cells[row, 3 + i].Style.HorizontalAlignment = ExcelHorizontalAlignment.Center;
                if (s is not null && s != "Présent") sheet.Warn(row, 3 + i);
            }
            Counts(sheet, row, 3 + events.Count, set, rate);
        }
        sheet.Table("Presences", matrix, sheet.Row - 1, 1, headers.Count);
        var total = sheet.Row++;
        sheet.Label(total, 1, 2, TotalLabel);
        Counts(sheet, total, 3 + events.Count, departement, rate);
        sheet.Grid(total, 1, total, headers.Count, bands: false);
        sheet.Emphasize(total, 1, headers.Count);
        sheet.Skip();
        sheet.Note("Une case vide : le promeneur n'était pas convié à ce regroupement. Taux de présence = présences / émargements des promeneurs de la population.");
    }

    private static void Counts(SheetBuilder sheet, int row, int column, IndicatorSet set, IndicatorDefinition rate)
    {
        sheet.Number(row, column, set.Amounts["emargements"], AnnexStyle.Integer);
        sheet.Number(row, column + 1, set.Amounts["presences"], AnnexStyle.Integer);
        sheet.Number(row, column + 2, set.Value(rate), AnnexStyle.Percent);
    }
}

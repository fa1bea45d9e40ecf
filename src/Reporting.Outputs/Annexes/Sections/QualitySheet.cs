using Reporting.Indicators.Computation;
using Reporting.Outputs.Annexes.Layout;
using Reporting.Warehouse.Queries;

namespace Reporting.Outputs.Annexes.Sections;

/// <summary>
/// What the coordinator has to chase: the months each promeneur of the population has not sent
/// (their number is mois_attendus − mois_transmis of the single definition, per promeneur), the
/// rejected cells of the tracking workbooks in force with their French messages, and the feedback
/// workbooks to send back.
/// </summary>
internal static class QualitySheet
{
    public const string SheetName = "Qualité";

    public static void Write(AnnexBook book, string title, string subtitle, PromeneurBreakdown breakdown, IReadOnlyList<MissingMonth> missing,
        IReadOnlyList<PromeneurIdentity> identities, IReadOnlyList<FeedbackCandidate> feedback, int year)
    {
        var sheet = book.AddSheet(SheetName);
        sheet.Title(title, subtitle);
        var byId = identities.ToDictionary(i => i.PromeneurId, StringComparer.Ordinal);
        var population = breakdown.Promeneurs.Select(p => p.Territoire).ToHashSet(StringComparer.Ordinal);
        string Name(string id) => byId.GetValueOrDefault(id) is { } who ? $"{who.LastName} {who.FirstName}" : id;

        sheet.Section("Mois non transmis");
        var months = missing.Where(m => population.Contains(m.PromeneurId)).ToLookup(m => m.PromeneurId, m => m.MonthKey);
        var late = PromeneurSheet.Ordered(breakdown.Promeneurs, byId).Where(p => months[p.Territoire].Any()).ToList();
        var header = sheet.Header(1, "Promeneur", "Identifiant", "Mois attendus", "Mois transmis", "Mois non transmis", "Mois concernés");
        foreach (var set in late)
        {
            var row = sheet.Row++;
            sheet.Text(row, 1, Name(set.Territoire));
            sheet.Text(row, 2, set.Territoire);
            sheet.Number(row, 3, set.Value("mois_attendus"), AnnexStyle.Integer);
            sheet.Number(row, 4, set.Value("mois_transmis"), AnnexStyle.Integer);
            sheet.Number(row, 5, set.Value("mois_attendus") - set.Value("mois_transmis"), AnnexStyle.Integer);
            sheet.Warn(row, 5);
            sheet.Text(row, 6, string.Join(", ", months[set.Territoire].Order().Select(k => $"{AnnexText.MonthName(k % 100)} {k / 100}")), wrap: true);
        }
        sheet.Table("MoisNonTransmis", header, sheet.Row - 1, 1, 6);
        sheet.FreezeBelow(header);
        sheet.RepeatOnEachPage(header);
        sheet.Skip();
        if (late.Count == 0) sheet.Note("Tous les mois attendus ont été transmis.");
        sheet.Note("Un mois est attendu quand le promeneur était labellisé au moins un jour de ce mois ; un mois dont la ligne a été rejetée compte comme non transmis.");
        sheet.Skip();

        sheet.Section($"Cellules rejetées dans les tableaux de suivi {year} en vigueur");
        var cells = feedback.SelectMany(f => f.Cells).Where(c => population.Contains(c.PromeneurId)).ToList();
        var rejected = sheet.Header(1, "Promeneur", "Identifiant", "Fichier", "Feuille", "Cellule", "Valeur saisie", "Motif du rejet");
        foreach (var c in cells)
        {
            var row = sheet.Row++;
            sheet.Text(row, 1, Name(c.PromeneurId));
            sheet.Text(row, 2, c.PromeneurId);
            sheet.Text(row, 3, c.FileName);
            sheet.Text(row, 4, c.Sheet);
            sheet.Text(row, 5, c.CellRef);
            sheet.Text(row, 6, c.CellValue);
            sheet.Text(row, 7, c.Message, wrap: true);
        }
        sheet.Table("CellulesRejetees", rejected, sheet.Row - 1, 1, 7);
        sheet.Skip();
        if (cells.Count == 0) sheet.Note("Aucune cellule rejetée.");
        sheet.Note("Une cellule rejetée écarte toute sa ligne (le mois ou la sollicitation n'est pas compté) jusqu'à ce qu'une version corrigée du tableau soit chargée.");
        sheet.Skip();

        var files = feedback.Where(f => population.Contains(f.PromeneurId)).ToList();
        if (files.Count == 0) return;
        sheet.Section("Fichiers de retour à envoyer aux promeneurs");
        foreach (var f in files)
            sheet.Note($"{f.FeedbackName} : {AnnexText.Plural(f.Cells.Count, "cellule", "cellules")} à corriger, pour {Name(f.PromeneurId)} ({f.PromeneurId}), copie de « {f.FileName} » avec chaque cellule erronée surlignée et expliquée en commentaire.");
    }
}

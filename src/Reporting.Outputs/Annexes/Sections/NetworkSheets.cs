using Reporting.Domain.Categories;
using Reporting.Domain.Periods;
using Reporting.Indicators.Definitions;
using Reporting.Outputs.Annexes.Layout;
using Reporting.Warehouse.Queries;

namespace Reporting.Outputs.Annexes.Sections;

/// <summary>
/// The sheets of the version 2 indicators (seed §4.3, §4.5, §9.3): « Vie du réseau » (the network group's activity with the
/// share of posts by topic as a chart), « Parcours » (a row per promeneur with each step's date and delay, the medians,
/// incomplete journeys highlighted) and « Groupes locaux » (members, meetings, hours, attendance, the target of 3 days,
/// the over-15 flag). Every figure comes from <see cref="NetworkIndicators"/>.
/// </summary>
internal static class NetworkSheets
{
    public const string ReseauSheet = "Vie du réseau";
    public const string ParcoursSheet = "Parcours";
    public const string GroupesSheet = "Groupes locaux";
    public const string OverLimit = "Plus de 15 membres";

    public static void Reseau(AnnexBook book, string title, string subtitle, IReadOnlyList<PeriodColumn> periods)
    {
        var sheet = book.AddSheet(ReseauSheet);
        sheet.Title(title, subtitle);
        var values = periods.Select(p => p.Set.Reseau()).ToList();
        sheet.Section("Activité du groupe privé du réseau");
        var header = sheet.Header(1, ["Indicateur", .. periods.Select(p => p.Header)]);
        (string Label, Func<NetworkActivity, decimal> Value)[] rows =
        [
            ("Documents ajoutés", r => r.Documents),
            ("Photos ajoutées", r => r.Photos),
            ("Posts publiés", r => r.Posts),
            ("Membres promeneurs (fin de période)", r => r.MembresPromeneurs),
            ("Autres membres (fin de période)", r => r.MembresAutres),
        ];
        foreach (var (label, value) in rows)
        {
            var row = sheet.Row++;
            sheet.Text(row, 1, label);
            for (var i = 0; i < periods.Count; i++) sheet.Number(row, 2 + i, values[i] is { } r ? value(r) : null, AnnexStyle.Integer);
        }
        sheet.Grid(header, 1, sheet.Row - 1, 1 + periods.Count);
        sheet.FreezeBelow(header);
        sheet.Skip();

        sheet.Section("Posts par sujet");
        var topics = sheet.Header(1, ["Sujet", .. periods.SelectMany(p => periods.Count == 1 ? new[] { "Posts", "Part" } : [$"{p.Header} : posts", $"{p.Header} : part"])]);
        var first = sheet.Row;
        foreach (var sujet in Lists.SujetsReseau)
        {
            var row = sheet.Row++;
            sheet.Text(row, 1, char.ToUpperInvariant(sujet[0]) + sujet[1..]);
            for (var i = 0; i < periods.Count; i++)
            {
                sheet.Number(row, 2 + 2 * i, values[i]?.PostsBySujet[sujet], AnnexStyle.Integer);
                sheet.Number(row, 3 + 2 * i, values[i]?.Sujets[sujet], AnnexStyle.Percent);
            }
        }
        var last = sheet.Row - 1;
        sheet.Grid(topics, 1, last, 1 + 2 * periods.Count);
        sheet.RepeatOnEachPage(topics); // the table that runs to the end of the sheet (the activity table is followed by this one)
        sheet.Skip();

        // The chart beside its table, as on the distribution sheets; written before the footnote, which then goes below it
        // (a note written first would run under the chart).
        var series = periods.Select((p, i) => (sheet.Sheet.Cells[first, 3 + 2 * i, last, 3 + 2 * i], periods.Count == 1 ? "Part" : p.Header)).ToList();
        var height = Math.Max(260, 100 + Lists.SujetsReseau.Count * (periods.Count * 16 + 12));
        sheet.BarChart("Graphique_Sujets", "Part des posts par sujet", sheet.Sheet.Cells[first, 1, last, 1], series, true,
            "0%", AnnexStyle.Percent, topics, 2 + 2 * periods.Count + 1, 520, height);
        sheet.Note("Documents, photos et posts : ajoutés au groupe privé pendant la période ; membres : ceux du dernier mois renseigné de la période. Les lignes « Commun » comptent pour chaque label.");
    }

    public static void Parcours(AnnexBook book, string title, string subtitle, IndicatorSet set, Period period, IReadOnlyList<PromeneurIdentity> identities)
    {
        var sheet = book.AddSheet(ParcoursSheet);
        sheet.Title(title, subtitle);
        var steps = NetworkIndicators.Parcours(set.Amounts, period);
        sheet.Section("Étapes franchies pendant la période");
        var summary = sheet.Header(1, "Étape", "Promeneurs", "Délai médian depuis l'entretien (jours)");
        foreach (var step in steps)
        {
            var row = sheet.Row++;
            sheet.Text(row, 1, step.Etape);
            sheet.Number(row, 2, step.Promeneurs, AnnexStyle.Integer);
            sheet.Number(row, 3, step.DelaiMedianJours, AnnexStyle.Decimal1);
        }
        var incompleteRow = sheet.Row++;
        sheet.Text(incompleteRow, 1, "Parcours incomplets");
        sheet.Number(incompleteRow, 2, NetworkIndicators.ParcoursIncomplets(set.Amounts, period), AnnexStyle.Integer);
        sheet.Grid(summary, 1, incompleteRow, 3);
        sheet.FreezeBelow(summary);
        sheet.Emphasize(incompleteRow, 1, 3);
        sheet.Skip();

        sheet.Section("Parcours par promeneur");
        var names = identities.ToDictionary(i => i.PromeneurId, i => $"{i.LastName} {i.FirstName}", StringComparer.Ordinal);
        var later = Lists.EtapesIndicateur.Skip(2).ToList();
        var headers = new List<string> { "Promeneur", "Identifiant" };
        headers.AddRange(Lists.EtapesIndicateur);
        headers.AddRange(later.Select(s => $"Délai {Lowered(s)} (jours)"));
        headers.Add("Parcours");
        var header = sheet.Header(1, [.. headers]);
        foreach (var journey in NetworkIndicators.Journeys(set.Amounts, period))
        {
            var row = sheet.Row++;
            sheet.Text(row, 1, names.GetValueOrDefault(journey.PromeneurId, journey.PromeneurId));
            sheet.Text(row, 2, journey.PromeneurId);
            var column = 3;
            foreach (var step in Lists.EtapesIndicateur)
            {
                if (journey.Dates[step] is DateOnly d) sheet.Date(row, column, d);
                column++;
            }
            foreach (var step in later) sheet.Number(row, column++, journey.DelayDays(step), AnnexStyle.Integer);
            sheet.Text(row, column, journey.Incomplete ? "Incomplet" : "Complet");
            if (journey.Incomplete)
                for (var c = 1; c <= column; c++) sheet.Warn(row, c);
        }
        sheet.Table("Parcours", header, sheet.Row - 1, 1, headers.Count);
        sheet.RepeatOnEachPage(header);
        sheet.Skip();
        sheet.Note("Délais comptés en jours depuis l'entretien préalable (depuis le premier jour du mois pour le premier mois transmis). " +
                   "Un parcours est incomplet quand la signature de la charte, la création du compte professionnel ou la fiche de l'annuaire national manque à la fin de la période.");
    }

    public static void Groupes(AnnexBook book, string title, string subtitle, IReadOnlyList<(string Header, IndicatorSet Set, Period Period)> periods)
    {
        var sheet = book.AddSheet(GroupesSheet);
        sheet.Title(title, subtitle);
        foreach (var (label, set, period) in periods)
        {
            sheet.Section($"Groupes locaux — {label}");
            var groups = NetworkIndicators.GroupesLocaux(set.Amounts, period);
            var header = sheet.Header(1, "Groupe local", "Membres (fin de période)", "Jours de rencontre", "Heures", "Taux de présence", "Objectif de 3 jours", "Effectif");
            sheet.FreezeBelow(header);
            sheet.RepeatOnEachPage(header);
            foreach (var g in groups)
            {
                var row = sheet.Row++;
                sheet.Text(row, 1, g.Groupe);
                sheet.Number(row, 2, g.Membres, AnnexStyle.Integer);
                sheet.Number(row, 3, g.Rencontres, AnnexStyle.Integer);
                sheet.Number(row, 4, g.Heures, AnnexStyle.Decimal1);
                sheet.Number(row, 5, g.TauxPresence, AnnexStyle.Percent);
                sheet.Text(row, 6, g.ObjectifAnnuelAtteint switch { true => "Atteint", false => "Non atteint", null => "—" });
                if (g.ObjectifAnnuelAtteint == false) sheet.Warn(row, 6);
                sheet.Text(row, 7, g.EffectifDepasse ? OverLimit : "15 au plus");
                if (g.EffectifDepasse) sheet.Warn(row, 7);
            }
            sheet.Grid(header, 1, Math.Max(header, sheet.Row - 1), 7);
            if (groups.Count == 0) sheet.Note("Aucun groupe local dans le département.");
            sheet.Skip();
        }
        sheet.Note("Un groupe local se réunit au moins 3 jours par an et compte au plus 15 membres. Jours de rencontre : dates distinctes des regroupements du groupe " +
                   "(deux regroupements le même jour comptent un jour) ; taux de présence : présents / émargements de ces regroupements.");
    }

    private static string Lowered(string step) => char.ToLowerInvariant(step[0]) + step[1..];
}

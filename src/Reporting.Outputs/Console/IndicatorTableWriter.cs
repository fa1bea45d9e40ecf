using Reporting.Domain.Territory;
using Reporting.Indicators.Computation;
using Reporting.Indicators.Definitions;
using Reporting.Outputs.Formatting;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Reporting.Outputs.Console;

/// <summary>The same content as the JSON, as readable French tables (<c>--format table</c>).</summary>
public static class IndicatorTableWriter
{
    public static void Write(IAnsiConsole console, IndicatorResult result)
    {
        var scope = result.Scope;
        var label = scope.Label ?? "tous labels";
        console.MarkupLine($"[bold]Indicateurs — {ConsoleText.Escape(Title(result.Total.Territoire))}[/] · période {ConsoleText.Escape(scope.Period.Text)} · {ConsoleText.Escape(label)} · population {Scope.PopulationText(scope.Population)}");
        foreach (var warning in DataWarnings.For(result.Total, $"la période {scope.Period.Text}"))
            console.MarkupLine($"[yellow]Attention : {ConsoleText.Escape(warning)}[/]");
        console.Write(Table(result.Total));
        console.Write(Network(result.Total, scope, groups: !scope.IsNational));
        if (!scope.IsNational) return;
        console.MarkupLine($"[bold]Par département[/] ({result.Departements.Count})");
        console.Write(Comparison(result));
        if (result.Departements.Any(d => d.Secret))
            console.MarkupLine($"[grey]s : secret statistique — moins de {result.Seuil} promeneurs dans le département (ou second plus petit département masqué pour que les totaux ne le révèlent pas).[/]");
        foreach (var d in result.Departements.Where(d => !d.Secret))
        {
            console.MarkupLine($"[bold]{ConsoleText.Escape(Title(d.Territoire))}[/]");
            console.Write(Table(d));
            console.Write(Network(d, scope, groups: true));
        }
    }

    /// <summary>The version 2 keys: the network group's activity, the onboarding journey, the local groups (a département only).</summary>
    private static Table Network(IndicatorSet set, Scope scope, bool groups)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Vie du réseau, parcours, groupes locaux").AddColumn(new TableColumn("Valeur").RightAligned());
        var reseau = set.Reseau();
        table.AddRow(new Markup("[bold]Vie du réseau[/]"), new Text(reseau is null ? IndicatorDisplay.SecretMark : ""));
        if (reseau is not null)
        {
            table.AddRow("  Documents", FrenchFormat.Integer(reseau.Documents));
            table.AddRow("  Photos", FrenchFormat.Integer(reseau.Photos));
            table.AddRow("  Posts", FrenchFormat.Integer(reseau.Posts));
            foreach (var (sujet, share) in reseau.Sujets)
                table.AddRow(new Text($"    {sujet}"), new Text($"{FrenchFormat.Integer(reseau.PostsBySujet[sujet])} ({FrenchFormat.Percent(share)})"));
            table.AddRow("  Membres promeneurs", FrenchFormat.Integer(reseau.MembresPromeneurs));
            table.AddRow("  Membres autres", FrenchFormat.Integer(reseau.MembresAutres));
        }
        var parcours = set.Parcours(scope.Period);
        table.AddRow(new Markup("[bold]Parcours de labellisation[/] (promeneurs · délai médian depuis l'entretien)"), new Text(parcours is null ? IndicatorDisplay.SecretMark : ""));
        if (parcours is not null)
            foreach (var step in parcours)
                table.AddRow(new Text("  " + step.Etape), new Text($"{FrenchFormat.Integer(step.Promeneurs)} · {(step.DelaiMedianJours is decimal d ? FrenchFormat.Number(d, 1) + " j" : "—")}"));
        table.AddRow("Parcours incomplets", set.ParcoursIncomplets(scope.Period) is int n ? FrenchFormat.Integer(n) : IndicatorDisplay.SecretMark);
        if (groups)
        {
            var groupes = set.GroupesLocaux(scope.Period);
            table.AddRow(new Markup("[bold]Groupes locaux[/] (membres · rencontres · heures · présence)"), new Text(groupes is null ? IndicatorDisplay.SecretMark : groupes.Count == 0 ? "aucun" : ""));
            foreach (var g in groupes ?? [])
                table.AddRow(new Text("  " + g.Groupe + (g.EffectifDepasse ? " (plus de 15 membres)" : "") + (g.ObjectifAnnuelAtteint is bool met ? met ? " · 3 jours atteints" : " · moins de 3 jours" : "")),
                    new Text($"{g.Membres} · {g.Rencontres} · {FrenchFormat.Number(g.Heures, 1)} h · {FrenchFormat.Percent(g.TauxPresence)}"));
        }
        return table;
    }

    private static string Title(string territoire) =>
        territoire == "national" ? "national" : Departements.Exists(territoire) ? $"{territoire} {Departements.Get(territoire).Nom}" : territoire;

    private static Table Table(IndicatorSet set)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Indicateur").AddColumn(new TableColumn("Valeur").RightAligned());
        foreach (var definition in IndicatorCatalog.All)
        {
            if (definition.Kind != IndicatorKind.Distribution)
            {
                table.AddRow(ConsoleText.Escape(definition.Libelle), ConsoleText.Escape(IndicatorDisplay.Format(definition, set)));
                continue;
            }
            var distribution = set.Distribution(definition);
            table.AddRow(new Markup($"[bold]{ConsoleText.Escape(definition.Libelle)}[/]"), new Text(distribution is null ? IndicatorDisplay.SecretMark : ""));
            if (distribution is null) continue;
            var total = distribution.Values.Sum();
            foreach (var (category, count) in distribution)
                table.AddRow(new Text("  " + category), new Text($"{FrenchFormat.Integer(count)} ({IndicatorDisplay.Share(count, total)})"));
        }
        return table;
    }

    private static Table Comparison(IndicatorResult result)
    {
        string[] keys = ["promeneurs", "taux_transmission", "heures_par_promeneur", "sollicitations_recues_par_promeneur", "sollicitations_initiees_par_promeneur", "nouveaux_participants_par_promeneur"];
        var table = new Table().Border(TableBorder.Rounded).AddColumn("Département");
        foreach (var key in keys) table.AddColumn(new TableColumn(ConsoleText.Escape(IndicatorCatalog.Get(key).Libelle)).RightAligned());
        foreach (var d in result.Departements)
        {
            var cells = new List<IRenderable> { new Text(Title(d.Territoire)) };
            cells.AddRange(keys.Select(k => new Text(IndicatorDisplay.Format(IndicatorCatalog.Get(k), d))));
            table.AddRow(cells);
        }
        return table;
    }
}

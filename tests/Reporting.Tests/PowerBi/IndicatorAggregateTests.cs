using System.Globalization;
using System.Text.Json;
using Dapper;
using Microsoft.SqlServer.Dac.Model;
using Reporting.Domain.Periods;
using Reporting.Indicators.Aggregates;
using Reporting.Indicators.Computation;
using Reporting.Indicators.Definitions;
using Reporting.Outputs.Console;
using Reporting.PowerBi.Project;
using Reporting.Tests.Indicators;
using Reporting.Tests.Support;
using Reporting.Tests.Support.SqlServerFake;
using Reporting.Warehouse.Aggregates;
using Reporting.Warehouse.Engine;

namespace Reporting.Tests.PowerBi;

/// <summary>
/// A warehouse for the aggregate: the hand-computed département 50 (labels, arrivals and departures in 2019), 14 (one
/// promeneur) and 61 (six promeneurs), regroupements of 2018 and 2019 with attendance. With the default threshold, 50
/// and 14 are secret nationally, 61 is not.
/// </summary>
public sealed class AggregateWarehouse : IDisposable
{
    public static readonly IReadOnlyList<AggregatePeriod> Periods =
    [
        new("month", Period.Month(2019, 2)),
        new("year", Period.Year(2019)),
        new("ytd", Period.Months(2019, 1, 2019, 6)),
        new("rolling12", Period.Months(2018, 11, 2019, 10)),
    ];

    public AggregateWarehouse()
    {
        HandComputedDepartement.WriteInto(Warehouse.Depot);
        File.AppendAllLines(Warehouse.InDepot("promeneurs.csv"),
            Enumerable.Range(1, 6).Select(i => $"PDN-61-{i:0000};NOM{i};Prénom{i};CS-61-001;61;Parentalité;Référent famille;01/01/2018;"));
        NationalData.WriteWorkbook(Warehouse.Depot, "61", 1, ["Janvier", 10, 0, 1, 10, 1, 1], ["Février", 4, 2, 1, 12, 2, 3]);
        ReferenceFiles.Csv(Warehouse.InDepot("regroupements.csv"),
        [
            "Code;Date;Type;Intitulé;Département;Durée (heures);Public",
            "AP-50-1;12/02/2019;Analyse des pratiques;Analyse des pratiques n°1;50;3;Parentalité",
            "JD-50;08/10/2019;Journée départementale;Journée des promeneurs;50;6;Commun",
            "GL-50;09/05/2019;Groupe local;Groupe local Cotentin;50;2,5;Jeunesse",
            "AP-50-0;20/11/2018;Analyse des pratiques;Analyse 2018;50;3;Parentalité",
            "JD-61;04/02/2019;Journée départementale;Rencontre de l'Orne;61;6;Commun",
        ]);
        ReferenceFiles.Csv(Warehouse.InDepot("emargement.csv"),
        [
            "Code regroupement;Identifiant PdN;Statut",
            "AP-50-1;PDN-50-0001;Présent",
            "AP-50-1;PDN-50-0003;Absent",
            "JD-50;PDN-50-0001;Présent",
            "JD-50;PDN-50-0002;Excusé",
            "GL-50;PDN-50-0004;Absent",
            "AP-50-0;PDN-50-0001;Présent",
            "JD-61;PDN-61-0001;Présent",
            "JD-61;PDN-61-0002;Présent",
            "JD-61;PDN-61-0003;Absent",
        ]);
        var report = Warehouse.Load();
        Assert.Equal(0, report.Count(Reporting.Warehouse.Loading.FileStatus.Quarantined));
        using var session = Warehouse.Open();
        AggregateTables.Replace(session, IndicatorAggregate.Compute(new IndicatorService(session), Periods, StatisticalSecrecy.DefaultThreshold, new DateTime(2020, 2, 15, 10, 0, 0, DateTimeKind.Utc)));
    }

    public TestWarehouse Warehouse { get; } = new();

    public void Dispose() => Warehouse.Dispose();
}

/// <summary>
/// The indicator aggregate Power BI imports, and the measures over it: for every scope the aggregate holds, each measure
/// annotated with an indicator key, evaluated on the rows of the rpt views as Power BI imports them, equals
/// « reporting indicateurs » — nationally (with small-number secrecy) and for each département. This is the proof that
/// the dashboard shows the JSON's figures.
/// </summary>
public sealed class IndicatorAggregateTests(AggregateWarehouse fixture) : IClassFixture<AggregateWarehouse>
{
    private static readonly string[] ImportedViews =
        ["rpt.indicator_scope", "rpt.indicator_value", "rpt.indicator_category", "rpt.indicator_comparison", "rpt.solicitation_category", "rpt.territory"];

    [Fact]
    public void Every_measure_of_an_indicator_equals_the_JSON_of_reporting_indicateurs_for_every_scope_of_the_aggregate()
    {
        using var session = fixture.Warehouse.Open();
        var differences = Differences(session, PowerBiFiles.Project, _ => true, out var compared);

        Assert.True(differences.Count == 0, string.Join('\n', differences.Take(40)));
        Assert.True(compared > 2000, $"only {compared} values compared");
    }

    [Fact]
    public void A_measure_with_a_wrong_formula_differs_from_the_JSON()
    {
        using var session = fixture.Warehouse.Open();
        var broken = PowerBiFiles.Project.Replace(PowerBiFiles.Tables + "Indicateurs.tmdl",
            "DIVIDE([Heures au total], [Promeneurs], 0)", "DIVIDE([Heures en ligne], [Promeneurs], 0)");

        var differences = Differences(session, broken, OneScope, out _);

        Assert.Contains(differences, d => d.Contains("heures_par_promeneur", StringComparison.Ordinal) && d.Contains("50", StringComparison.Ordinal));
    }

    [Fact]
    public void A_measure_that_recomputes_a_rule_in_DAX_is_refused()
    {
        using var session = fixture.Warehouse.Open();
        var broken = PowerBiFiles.Project.Replace(PowerBiFiles.Tables + "Indicateurs.tmdl",
            "SUM('Indicateurs'[Promeneurs (montant)])", "COUNTROWS(FILTER('Indicateurs', 'Indicateurs'[Promeneurs (montant)] > 0))");

        var differences = Differences(session, broken, OneScope, out _);

        Assert.Contains(differences, d => d.Contains("promeneurs: measure [Promeneurs] not thin", StringComparison.Ordinal));
    }

    [Fact]
    public void The_secret_departements_of_the_comparison_keep_only_their_promeneurs()
    {
        using var session = fixture.Warehouse.Open();
        var rows = session.Connection.Query<(int ScopeKey, string Territory, int Promeneurs, decimal? OnlineHours, bool Secret)>(
            "SELECT c.scope_key, c.territory, c.promeneurs, c.online_hours, c.secret FROM rpt.indicator_comparison AS c JOIN rpt.indicator_scope AS s ON s.scope_key = c.scope_key WHERE s.period_kind = 'year' AND s.label = '' AND s.population = 'actifs'").ToList();

        Assert.Equal(["14", "50", "61", "national"], rows.Select(r => r.Territory).Order(StringComparer.Ordinal));
        var d50 = rows.Single(r => r.Territory == "50");
        Assert.True(d50.Secret);
        Assert.Equal(4, d50.Promeneurs);
        Assert.Null(d50.OnlineHours);
        var d61 = rows.Single(r => r.Territory == "61");
        Assert.False(d61.Secret);
        Assert.Equal(14m, d61.OnlineHours);
        // the unsuppressed amounts stay for the département's own staff
        Assert.Equal(77.75m, session.Connection.ExecuteScalar<decimal>(
            "SELECT v.online_hours FROM rpt.indicator_value AS v JOIN rpt.indicator_scope AS s ON s.scope_key = v.scope_key WHERE s.period_kind = 'year' AND s.label = '' AND s.population = 'actifs' AND v.territory = '50'"));
    }

    [Fact]
    public void Each_scope_knows_the_same_scope_one_year_earlier()
    {
        var periods = AggregatePeriods.For(2018, 2019, new DateOnly(2019, 3, 20));
        using var session = fixture.Warehouse.Open();
        var snapshot = IndicatorAggregate.Compute(new IndicatorService(session), periods.Where(p => p.Kind is "year" || p.Period.FirstDay.Month == 2 && p.Kind == "month").ToList(), 5, DateTime.UnixEpoch);

        var year2019 = snapshot.Scopes.Single(s => s.PeriodCode == "2019" && s.Label == "" && s.Population == "actifs");
        var year2018 = snapshot.Scopes.Single(s => s.ScopeKey == year2019.PreviousScopeKey);
        Assert.Equal("2018", year2018.PeriodCode);
        Assert.Null(year2018.PreviousScopeKey);
        Assert.Equal("février 2019", snapshot.Scopes.Single(s => s.PeriodCode == "2019-02" && s.Label == "Jeunesse" && s.Population == "actifs").PeriodName);
    }

    [Fact]
    public void The_periods_are_months_years_cumuls_and_twelve_months_never_after_the_current_month()
    {
        var periods = AggregatePeriods.For(2018, 2020, new DateOnly(2019, 3, 20));

        Assert.Equal(12 + 1 + 12 + 12 + 3 + 1 + 3 + 3, periods.Count); // 2018 whole, 2019 up to March, 2020 not yet
        Assert.Equal(["2019-01", "2019-02", "2019-03"], periods.Where(p => p.Kind == "month" && p.Period.FirstDay.Year == 2019).Select(p => p.Code));
        Assert.Equal("2018-04..2019-03", periods.Last(p => p.Kind == "rolling12").Code);
        Assert.Equal("2019-01..2019-03", periods.Last(p => p.Kind == "ytd").Code);
        Assert.Equal("janvier à mars 2019", periods.Last(p => p.Kind == "ytd").Name);
        Assert.Equal("avril 2018 à mars 2019", periods.Last(p => p.Kind == "rolling12").Name);
    }

    /// <summary>The calendar year 2019, all labels, population actifs: enough to see a broken measure.</summary>
    private static bool OneScope(IReadOnlyDictionary<string, object?> scope) =>
        (string)scope["Type de période (code)"]! == "year" && (string)scope["Label (code)"]! == "" && (string)scope["Population (code)"]! == "actifs";

    /// <summary>Every value of every annotated measure that differs from the JSON, for every scope of the aggregate the filter keeps.</summary>
    private static List<string> Differences(WarehouseSession session, PbipProject project, Func<IReadOnlyDictionary<string, object?>, bool> scopes, out int compared)
    {
        var model = project.Model();
        var data = new ModelData(model, ImportedViews.ToDictionary(
            v => model.Tables.Single(t => t.Partitions.Single().View == v).Name,
            v => Rows(session, v, model.Tables.Single(t => t.Partitions.Single().View == v))));
        var dax = new ThinDax(data);
        var service = new IndicatorService(session);
        var differences = new List<string>();
        compared = 0;
        var indicator = model.Measures.Where(m => m.Indicator is not null).ToList();
        var national = model.Measures.Where(m => m.NationalIndicator is not null).ToList();
        foreach (var scope in data.Rows("Périmètres").Where(scopes))
        {
            var key = scope["Clé périmètre"];
            var period = Period.TryParse((string)scope["Période (code)"]!, out _)!;
            var label = (string)scope["Label (code)"]! is { Length: > 0 } l ? l : null;
            var population = Scope.ParsePopulation((string)scope["Population (code)"]!)!.Value;
            var where = $"{scope["Type de période (code)"]} {period.Text} {label ?? "tous"} {scope["Population (code)"]}";

            var json = Json(service.Compute(new Scope(null, period, label, population)));
            compared += Compare(dax, indicator, m => m.Indicator!, key, "national", json, $"{where} national", differences);
            foreach (var d in json.GetProperty("departements").EnumerateArray())
                compared += Compare(dax, national, m => m.NationalIndicator!, key, d.GetProperty("territoire").GetString()!, d, $"{where} comparaison {d.GetProperty("territoire").GetString()}", differences);
            var comparison = data.Rows("Comparaison nationale").Where(r => ModelData.Equal(r["Clé périmètre"], key)).Select(r => (string)r["Territoire"]!).Order(StringComparer.Ordinal);
            var expected = json.GetProperty("departements").EnumerateArray().Select(d => d.GetProperty("territoire").GetString()!).Append("national").Order(StringComparer.Ordinal);
            if (!comparison.SequenceEqual(expected)) differences.Add($"{where}: comparison rows {string.Join(",", comparison)} ≠ JSON {string.Join(",", expected)}");

            foreach (var territory in data.Rows("Indicateurs").Where(r => ModelData.Equal(r["Clé périmètre"], key)).Select(r => (string)r["Territoire"]!).Where(t => t != "national"))
            {
                var departemental = Json(service.Compute(new Scope(territory, period, label, population)));
                compared += Compare(dax, indicator, m => m.Indicator!, key, territory, departemental, $"{where} {territory}", differences);
            }
        }
        return differences;
    }

    private static int Compare(ThinDax dax, IReadOnlyList<ModelMeasure> measures, Func<ModelMeasure, string> keyOf, object? scopeKey, string territory, JsonElement json, string where, List<string> differences)
    {
        var count = 0;
        List<ThinDax.Filter> context = [new("Périmètres", "Clé périmètre", scopeKey), new("Territoires", "Code", territory)];
        foreach (var measure in measures)
        {
            var key = keyOf(measure);
            var expected = json.GetProperty(key);
            try
            {
                if (expected.ValueKind == JsonValueKind.Object)
                {
                    foreach (var category in expected.EnumerateObject())
                    {
                        var actual = dax.Measure(measure.Name, [.. context, new("Catégories", "Catégorie", category.Name)]);
                        count++;
                        if (!Same(actual, category.Value)) differences.Add($"{where} {key}[{category.Name}]: measure [{measure.Name}] gives {actual}, JSON {category.Value}");
                    }
                    continue;
                }
                var value = dax.Measure(measure.Name, context);
                count++;
                if (!Same(value, expected)) differences.Add($"{where} {key}: measure [{measure.Name}] gives {value?.ToString(CultureInfo.InvariantCulture) ?? "(vide)"}, JSON {expected}");
            }
            catch (NotSupportedException ex)
            {
                differences.Add($"{where} {key}: measure [{measure.Name}] {ex.Message}");
            }
        }
        return count;
    }

    private static bool Same(decimal? actual, JsonElement expected) =>
        expected.ValueKind == JsonValueKind.Null ? actual is null
        : actual is not null && Math.Abs(actual.Value - expected.GetDecimal()) <= 1e-12m * Math.Max(1m, Math.Abs(expected.GetDecimal()));

    private static JsonElement Json(IndicatorResult result) => JsonDocument.Parse(IndicatorJsonWriter.Write(result)).RootElement;

    /// <summary>A view's rows as Power BI imports them: each model column takes its sourceColumn.</summary>
    private static IReadOnlyList<IReadOnlyDictionary<string, object?>> Rows(WarehouseSession session, string view, ModelTable table) =>
        session.Connection.Query($"SELECT * FROM {view}")
            .Cast<IDictionary<string, object?>>()
            .Select(r => (IReadOnlyDictionary<string, object?>)table.Columns.ToDictionary(c => c.Name, c => r[c.SourceColumn!]))
            .ToList();
}

/// <summary>The aggregate's SQL Server side, without a server: DDL in the DacFx model, statements resolved, the bulk writes.</summary>
public sealed class AggregateSqlServerTests
{
    [Fact]
    public void The_columns_the_program_writes_are_the_columns_of_the_SQL_Server_tables()
    {
        using var model = new SqlServerModel();
        var tables = model.Objects(ModelSchema.Table).Where(t => t.Name.Parts[0] == "agg")
            .ToDictionary(t => $"{t.Name.Parts[0]}.{t.Name.Parts[1]}", t => t.GetReferenced(Table.Columns).Select(c => c.Name.Parts[^1]).ToList());

        Assert.Equal(AggregateTables.Columns.Keys.Order(), tables.Keys.Order());
        foreach (var (table, columns) in AggregateTables.Columns) Assert.Equal(columns, tables[table]);
    }

    [Theory]
    [InlineData("aggregates/clear.sql")]
    [InlineData("aggregates/data_years.sql")]
    public void The_aggregate_statements_parse_and_resolve_on_SQL_Server(string name)
    {
        var statement = ReportQuery.Load(name);

        Assert.Empty(QueryResolution.StatementProblems(statement));
    }

    [Fact]
    public void On_SQL_Server_the_aggregate_is_emptied_then_bulk_copied_in_one_transaction()
    {
        var connection = new RecordingConnection();
        connection.Open();
        using var session = WarehouseSession.Attach(WarehouseLocation.Parse("Server=fake;Database=Reporting;User ID=etl;Password=x"), connection);
        var scope = new AggregateScope(1, "year", "Année civile", "2019", "2019", 201901, 201912, 2019, 12, "", "Tous les labels", "actifs", "Actifs au moins un jour", null, 5, DateTime.UnixEpoch);
        var value = new AggregateValue(1, "50", 4, 40, 30, 70.25m, 20m, 10, 20, 100, 20, 5, 3, 4, 2, 9m, 5, 3, true, true);
        var category = new AggregateCategory(1, "50", 101, "modalites", "Message privé", 2);

        AggregateTables.Replace(session, new AggregateSnapshot([scope], [value], [category]), new RecordingBulkCopier(), batchSize: 1);

        Assert.Equal(["aggregates/clear.sql"], connection.Commands.Select(c => c.Script));
        Assert.Equal(["agg.indicator_scope", "agg.indicator_value", "agg.indicator_category"], connection.Batches.Select(b => b.Table));
        Assert.Equal(AggregateTables.Columns["agg.indicator_value"], connection.Batches[1].Columns);
        Assert.Equal(70.25m, connection.Batches[1].Rows.Single()[5]);
        Assert.Equal(1, connection.Commits);
    }
}

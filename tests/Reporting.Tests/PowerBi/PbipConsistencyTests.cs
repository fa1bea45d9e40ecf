using Reporting.PowerBi.Project;
using Reporting.Tests.Support;

namespace Reporting.Tests.PowerBi;

/// <summary>The repository's Power BI project, read from <c>powerbi/</c>.</summary>
public static class PowerBiFiles
{
    private static readonly Lazy<PbipProject> Repository = new(() => PbipProject.FromFolder(Path.Combine(RepositoryFiles.Root, "powerbi")));

    public static PbipProject Project => Repository.Value;

    public const string Tables = PbipProject.SemanticModelFolder + "/definition/tables/";
    public const string Roles = PbipProject.SemanticModelFolder + "/definition/roles/";
    public const string Pages = PbipProject.ReportFolder + "/definition/pages/";
}

/// <summary>
/// The checks that stand in for Power BI Desktop (which cannot run here): each passes on the repository's project and
/// fails on a copy broken on purpose, with a message that names what is broken.
/// </summary>
public sealed class PbipConsistencyTests
{
    private static PbipProject Project => PowerBiFiles.Project;

    private static void Clean(IReadOnlyList<string> problems) => Assert.True(problems.Count == 0, string.Join('\n', problems));

    private static void Reports(IReadOnlyList<string> problems, string expected) =>
        Assert.True(problems.Any(p => p.Contains(expected, StringComparison.Ordinal)), $"expected a problem containing « {expected} », got:\n" + string.Join('\n', problems));

    [Fact]
    public void The_project_has_the_layout_Desktop_opens()
    {
        Assert.Contains("Reporting.pbip", Project.Files.Keys);
        Assert.Contains("Reporting.SemanticModel/definition.pbism", Project.Files.Keys);
        Assert.Contains("Reporting.Report/definition.pbir", Project.Files.Keys);
        Assert.Contains("Reporting.SemanticModel/definition/model.tmdl", Project.Files.Keys);
        Assert.DoesNotContain(Project.Files.Keys, k => k.Contains("/.pbi/", StringComparison.Ordinal));
        Assert.All(Directory.EnumerateFiles(Path.Combine(RepositoryFiles.Root, "powerbi"), "*", SearchOption.AllDirectories)
                .Where(f => f.EndsWith(".tmdl", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal) && !f.Contains("schemas", StringComparison.Ordinal)),
            f => Assert.False(File.ReadAllBytes(f).AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), $"{f} starts with a BOM"));
    }

    [Fact]
    public void Every_JSON_file_validates_against_the_Microsoft_schema_it_declares() => Clean(PbipSchemas.Problems(Project));

    [Theory]
    // A value outside the page schema's list (displayOption).
    [InlineData("vue_ensemble/page.json", "\"displayOption\": \"FitToPage\"", "\"displayOption\": \"FitToScreen\"", "/displayOption")]
    // A property the visual container schema does not know.
    [InlineData("vue_ensemble/visuals/vue_modalites/visual.json", "\"position\": {", "\"positon\": {", "positon")]
    public void A_JSON_file_that_breaks_its_schema_is_reported(string file, string find, string replacement, string expected) =>
        Reports(PbipSchemas.Problems(Project.Replace(PowerBiFiles.Pages + file, find, replacement)), expected);

    [Fact]
    public void A_JSON_file_with_an_unknown_schema_version_is_reported() =>
        Reports(PbipSchemas.Problems(Project.Replace("Reporting.Report/definition/report.json", "report/3.3.0", "report/9.9.0")), "not among the pinned copies");

    [Fact]
    public void The_TMDL_structure_is_sound() => Clean(PbipChecks.Structure(Project));

    [Theory]
    [InlineData("Indicateurs.tmdl", "\tmeasure Promeneurs =", "    measure Promeneurs =", "indented with spaces")]
    [InlineData("Indicateurs.tmdl", "\tpartition Indicateurs = m", "\tpartition Indicateurs2 = m\n\t\tmode: import\n\t\tsource = x\n\n\tpartition Indicateurs = m", "2 partitions")]
    [InlineData("Indicateurs.tmdl", "\t\tdataType: int64", "\t\tdataType: integer", "is not a value of dataType")]
    [InlineData("Indicateurs.tmdl", "\t\tsummarizeBy: sum", "\t\tsummariseBy: sum", "unknown property « summariseBy »")]
    [InlineData("Indicateurs.tmdl", "\tmeasure Promeneurs =", "\t// total\n\tmeasure Promeneurs =", "comments are not allowed")]
    public void A_broken_table_file_is_reported(string file, string find, string replacement, string expected) =>
        Reports(PbipChecks.Structure(Project.Replace(PowerBiFiles.Tables + file, find, replacement)), expected);

    [Fact]
    public void A_table_file_without_its_ref_line_is_reported() =>
        Reports(PbipChecks.Structure(Project.Replace("Reporting.SemanticModel/definition/model.tmdl", "ref table Calendrier\n", "")), "no « ref table Calendrier »");

    [Fact]
    public void A_page_folder_name_outside_the_allowed_characters_is_reported() =>
        Reports(PbipChecks.Bindings(Project.Replace(PowerBiFiles.Pages + "vue_ensemble/page.json", "\"name\": \"vue_ensemble\"", "\"name\": \"vue ensemble\"")), "outside [A-Za-z0-9_-]");

    [Fact]
    public void A_lineage_tag_used_twice_is_reported()
    {
        var model = Project.Model();
        var tag = model.Table("Territoires")!.Node.Property("lineageTag")!;
        var other = model.Table("Catégories")!.Node.Property("lineageTag")!;
        Reports(PbipChecks.Structure(Project.Replace(PowerBiFiles.Tables + "Catégories.tmdl", other, tag)), $"lineageTag {tag} is used 2 times");
    }

    [Fact]
    public void Relationships_DAX_references_and_role_filters_resolve() => Clean(PbipChecks.References(Project));

    [Fact]
    public void A_measure_that_reads_a_missing_column_is_reported() =>
        Reports(PbipChecks.References(Project.Replace(PowerBiFiles.Tables + "Indicateurs.tmdl", "SUM('Indicateurs'[Promeneurs (montant)])", "SUM('Indicateurs'[Promeneur (montant)])")),
            "'Indicateurs'[Promeneur (montant)] does not exist");

    [Fact]
    public void A_removed_measure_breaks_the_measures_that_use_it_and_its_indicator_key()
    {
        var text = Project.Files[PowerBiFiles.Tables + "Indicateurs.tmdl"];
        var start = text.IndexOf("\tmeasure 'Mois attendus' =", StringComparison.Ordinal);
        var end = text.IndexOf("\t///", start, StringComparison.Ordinal);
        var broken = Project.With(PowerBiFiles.Tables + "Indicateurs.tmdl", text.Remove(start, end - start));

        Reports(PbipChecks.References(broken), "measure [Mois attendus] does not exist");
        Reports(PbipChecks.Indicators(broken), "indicator « mois_attendus »: 0 measures");
    }

    [Fact]
    public void A_relationship_to_a_missing_column_is_reported() =>
        Reports(PbipChecks.References(Project.Replace("Reporting.SemanticModel/definition/relationships.tmdl", "toColumn: 'Périmètres'.'Clé périmètre'", "toColumn: 'Périmètres'.'Clé'")),
            "toColumn Périmètres[Clé] does not exist");

    [Fact]
    public void A_role_filter_on_a_missing_column_is_reported() =>
        Reports(PbipChecks.References(Project.Replace(PowerBiFiles.Roles + "National.tmdl", "'Indicateurs'[Territoire] = \"national\"", "'Indicateurs'[Département] = \"national\"")),
            "role National, table Indicateurs: 'Indicateurs'[Département] does not exist");

    [Fact]
    public void Every_visual_binds_fields_of_the_model() => Clean(PbipChecks.Bindings(Project));

    [Theory]
    [InlineData("vue_ensemble/visuals/vue_modalites/visual.json", "\"Property\": \"Modalités de réponse\"", "\"Property\": \"Modalités\"", "measure Répartitions[Modalités] is not in the model")]
    [InlineData("comparaison_nationale/visuals/comp_barres/visual.json", "\"Property\": \"Niveau\"", "\"Property\": \"Niveaux\"", "column Territoires[Niveaux] is not in the model")]
    public void A_visual_bound_to_a_missing_field_is_reported(string file, string find, string replacement, string expected) =>
        Reports(PbipChecks.Bindings(Project.Replace(PowerBiFiles.Pages + file, find, replacement)), expected);

    [Fact]
    public void Every_indicator_key_has_exactly_one_measure() => Clean(PbipChecks.Indicators(Project));

    [Fact]
    public void A_key_annotated_twice_is_reported() =>
        Reports(PbipChecks.Indicators(Project.Replace(PowerBiFiles.Tables + "Indicateurs.tmdl", "annotation Indicateur = mois_transmis", "annotation Indicateur = mois_attendus")),
            "indicator « mois_attendus »: 2 measures");

    [Fact]
    public void Every_model_column_exists_with_a_compatible_type_in_the_view_it_reads()
    {
        using var sql = new SqlServerModel();
        Clean(PbipChecks.ViewColumns(Project, sql));
    }

    [Theory]
    [InlineData("Indicateurs.tmdl", "sourceColumn: online_hours", "sourceColumn: hours_online", "rpt.indicator_value has no column « hours_online »")]
    [InlineData("Liste des regroupements.tmdl", "\t\tdataType: decimal\n\t\tformatString: #,0.0", "\t\tdataType: int64\n\t\tformatString: #,0.0", "dataType int64, but rpt.event.duration_hours is Decimal")]
    [InlineData("Territoires.tmdl", "Item = \"territory\"", "Item = \"territories\"", "view rpt.territories is not in the SQL Server model")]
    public void A_model_column_that_does_not_match_its_view_is_reported(string file, string find, string replacement, string expected)
    {
        using var sql = new SqlServerModel();
        Reports(PbipChecks.ViewColumns(Project.Replace(PowerBiFiles.Tables + file, find, replacement), sql), expected);
    }
}

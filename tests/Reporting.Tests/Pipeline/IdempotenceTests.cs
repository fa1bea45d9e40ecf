using Reporting.Domain.Periods;
using Reporting.Indicators.Definitions;
using Reporting.Outputs.Console;
using Reporting.Pipeline.Ingestion;
using Reporting.Tests.Support;
using Reporting.Warehouse.Loading;

namespace Reporting.Tests.Pipeline;

/// <summary>
/// Re-running a load, new and old versions of a workbook, one transaction per file
/// (INPUTS.md §1, etl/REGLES.md 12–15).
/// </summary>
public sealed class IdempotenceTests : IDisposable
{
    private static readonly DateTime ListTime = new(2020, 1, 10, 8, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime V1Time = new(2020, 2, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime V2Time = new(2020, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    private readonly TestWarehouse _w = new(new DateTimeOffset(2020, 3, 15, 10, 0, 0, TimeSpan.Zero));
    private readonly TempFolder _sources = new();

    public IdempotenceTests()
    {
        ReferenceFiles.Promeneurs(_sources.Combine("promeneurs.csv"),
            "PDN-50-0001;MARTIN;Alice;CS-50-001;50;Parentalité;Référent famille;01/01/2018;",
            "PDN-50-0002;BERNARD;Bruno;CS-50-002;50;Parentalité;Référent famille;01/01/2018;");
        // P1 version 1: janvier 10 h en ligne, 1 sollicitation.
        new TrackingWorkbookBuilder("PDN-50-0001", "50", "Parentalité", 2019)
            .Month("Janvier", 10, 1, 1, 100, 10, 1)
            .Solicitation(new DateTime(2019, 1, 8), "Reçue", "Parent", "Message privé", "Scolarité", "6-11 ans", "Oui")
            .Save(_sources.Combine("v1", "suivi_P1.xlsx"));
        // P1 version 2, sent a month later: janvier corrected to 12 h, février 8 h, 2 sollicitations.
        new TrackingWorkbookBuilder("PDN-50-0001", "50", "Parentalité", 2019)
            .Month("Janvier", 12, 1, 1, 100, 10, 1)
            .Month("Février", 8, 0, 1, 105, 11, 2)
            .Solicitation(new DateTime(2019, 1, 8), "Reçue", "Parent", "Message privé", "Scolarité", "6-11 ans", "Oui")
            .Solicitation(new DateTime(2019, 2, 3), "Initiée", "Jeune", "Action collective", "Loisirs et culture", "15-18 ans", "Non")
            .Save(_sources.Combine("v2", "suivi_P1.xlsx"));
        // P2: janvier 5 h en ligne.
        new TrackingWorkbookBuilder("PDN-50-0002", "50", "Parentalité", 2019)
            .Identification("Code structure", "CS-50-002")
            .Month("Janvier", 5, 0, 1, 50, 5, 1)
            .Save(_sources.Combine("v1", "suivi_P2.xlsx"));
    }

    public void Dispose()
    {
        _w.Dispose();
        _sources.Dispose();
    }

    /// <summary>Copies a source file into the depot (under another name if given) with a chosen last-modified time.</summary>
    private string Drop(string source, DateTime lastModifiedUtc, string? name = null)
    {
        var target = _w.InDepot(name ?? Path.GetFileName(source));
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(_sources.Combine(source), target);
        File.SetLastWriteTimeUtc(target, lastModifiedUtc);
        return target;
    }

    private void DropFirstVersions()
    {
        Drop("promeneurs.csv", ListTime);
        Drop("v1/suivi_P1.xlsx", V1Time);
        Drop("v1/suivi_P2.xlsx", V1Time);
    }

    private IndicatorSet Compute(string? label = null) =>
        _w.Indicators(new Scope("50", Period.Year(2019), label, Population.Actifs)).Total;

    private string Json() => IndicatorJsonWriter.Write(_w.Indicators(new Scope("50", Period.Year(2019), null, Population.Actifs)));

    private static FileReport Single(IngestionReport report, string name) =>
        report.Files.Single(f => Path.GetFileName(f.Path) == name);

    /// <summary>Sums of one promeneur, read through its own monthly rows.</summary>
    private decimal OnlineHoursOf(string promeneur) =>
        WarehouseRows.Query<decimal>(_w, "SELECT COALESCE(SUM(online_hours), 0) FROM rpt.activity_month WHERE promeneur_id = $id", new { id = promeneur }).Single();

    [Fact]
    public void Loading_the_same_files_again_changes_nothing()
    {
        DropFirstVersions();
        var first = _w.Load();
        Assert.Equal(3, first.Count(FileStatus.Loaded));
        var json = Json();
        var facts = WarehouseRows.Count(_w, "SELECT COUNT(*) FROM fact.monthly_activity") + WarehouseRows.Count(_w, "SELECT COUNT(*) FROM fact.solicitation");
        Assert.Equal(3, facts); // P1 janvier + 1 sollicitation, P2 janvier

        // The same bytes dropped again, even with another date and name.
        DropFirstVersions();
        Drop("v1/suivi_P2.xlsx", V2Time, "copie de suivi_P2.xlsx");
        var again = _w.Load();

        Assert.Equal(4, again.Count(FileStatus.Duplicate));
        Assert.Equal(0, again.Count(FileStatus.Loaded));
        Assert.Equal(0, again.RowsLoaded);
        Assert.All(again.Files, f => Assert.StartsWith("Contenu identique à « ", f.Message));
        Assert.Contains("« suivi_P2.xlsx »", Single(again, "copie de suivi_P2.xlsx").Message);
        Assert.Equal(json, Json());
        Assert.Equal(facts, WarehouseRows.Count(_w, "SELECT COUNT(*) FROM fact.monthly_activity") + WarehouseRows.Count(_w, "SELECT COUNT(*) FROM fact.solicitation"));
        Assert.Single(WarehouseRows.Query<PromeneurRow>(_w, Sql.Promeneurs), p => p.PromeneurId == "PDN-50-0001");

        var statuses = WarehouseRows.Query<SourceFileRow>(_w, Sql.SourceFiles).Select(f => (f.FileName, f.Status)).ToList();
        Assert.Equal(
        [
            ("promeneurs.csv", FileStatus.Loaded), ("suivi_P1.xlsx", FileStatus.Loaded), ("suivi_P2.xlsx", FileStatus.Loaded),
            ("promeneurs.csv", FileStatus.Duplicate), ("suivi_P1.xlsx", FileStatus.Duplicate), ("suivi_P2.xlsx", FileStatus.Duplicate),
            ("copie de suivi_P2.xlsx", FileStatus.Duplicate),
        ], statuses);

        // Every copy is kept in the archive, none overwritten.
        Assert.Equal(
        [
            "2020-03-15/copie de suivi_P2.xlsx", "2020-03-15/promeneurs (2).csv", "2020-03-15/promeneurs.csv",
            "2020-03-15/suivi_P1 (2).xlsx", "2020-03-15/suivi_P1.xlsx", "2020-03-15/suivi_P2 (2).xlsx", "2020-03-15/suivi_P2.xlsx",
        ], WarehouseRows.FilesUnder(_w.Archives));
        Assert.Empty(WarehouseRows.FilesUnder(_w.Depot));
    }

    [Fact]
    public void A_newer_version_replaces_only_that_promeneurs_figures()
    {
        DropFirstVersions();
        _w.Load();
        Assert.Equal(15m, Compute().Value("heures_en_ligne")); // P1 10 + P2 5

        Drop("v2/suivi_P1.xlsx", V2Time);
        var report = _w.Load();

        var loaded = Single(report, "suivi_P1.xlsx");
        Assert.Equal(FileStatus.Loaded, loaded.Status);
        Assert.Equal("Remplace la version « suivi_P1.xlsx ».", loaded.Message);
        Assert.Equal(4, loaded.RowsLoaded); // 2 months + 2 solicitations

        // P1 is version 2 alone (12 + 8, not 10 + 12 + 8); P2 untouched.
        Assert.Equal(20m, OnlineHoursOf("PDN-50-0001"));
        Assert.Equal(5m, OnlineHoursOf("PDN-50-0002"));
        var s = Compute();
        Assert.Equal(25m, s.Value("heures_en_ligne")); // 12 + 8 + 5
        Assert.Equal(3m, s.Value("mois_transmis")); // P1 janv., févr. ; P2 janv.
        Assert.Equal(1m, s.Value("sollicitations_recues")); // not 2: version 1's row is gone
        Assert.Equal(1m, s.Value("sollicitations_initiees"));
        Assert.Equal(155m, s.Value("amis_public")); // P1 février 105 + P2 janvier 50

        var files = WarehouseRows.Query<SourceFileRow>(_w, Sql.SourceFiles).Where(f => f.PromeneurId == "PDN-50-0001").ToList();
        Assert.Equal([FileStatus.Replaced, FileStatus.Loaded], files.Select(f => f.Status));
        Assert.Equal(0, WarehouseRows.Count(_w, "SELECT COUNT(*) FROM fact.monthly_activity WHERE file_key = $k", new { k = files[0].FileKey }));
        Assert.Equal(0, WarehouseRows.Count(_w, "SELECT COUNT(*) FROM fact.solicitation WHERE file_key = $k", new { k = files[0].FileKey }));
        Assert.Equal(FileStatus.Loaded, WarehouseRows.Query<SourceFileRow>(_w, Sql.SourceFiles).Single(f => f.PromeneurId == "PDN-50-0002").Status);
    }

    [Fact]
    public void An_older_version_dropped_after_the_newer_one_is_skipped()
    {
        Drop("promeneurs.csv", ListTime);
        Drop("v2/suivi_P1.xlsx", V2Time);
        _w.Load();

        Drop("v1/suivi_P1.xlsx", V1Time, "ancienne piece jointe.xlsx");
        var report = _w.Load();

        var skipped = Single(report, "ancienne piece jointe.xlsx");
        Assert.Equal(FileStatus.Older, skipped.Status);
        Assert.Equal("Version plus ancienne que « suivi_P1.xlsx » déjà chargée pour PDN-50-0001 en 2019 : elle n'est pas chargée.", skipped.Message);
        Assert.Equal(20m, OnlineHoursOf("PDN-50-0001")); // still version 2: 12 + 8
        Assert.Equal(
            [("suivi_P1.xlsx", FileStatus.Loaded), ("ancienne piece jointe.xlsx", FileStatus.Older)],
            WarehouseRows.Query<SourceFileRow>(_w, Sql.SourceFiles).Where(f => f.PromeneurId is not null).Select(f => (f.FileName, f.Status)));
        Assert.Contains("2020-03-15/ancienne piece jointe.xlsx", WarehouseRows.FilesUnder(_w.Archives)); // archived, not quarantined
        Assert.Empty(WarehouseRows.FilesUnder(_w.Quarantine));
    }

    [Fact]
    public void Within_one_run_versions_apply_oldest_first_so_the_newest_wins()
    {
        // Names in the opposite order of the dates: the date decides, not the name.
        Drop("promeneurs.csv", ListTime);
        Drop("v2/suivi_P1.xlsx", V2Time, "a_nouvelle.xlsx");
        Drop("v1/suivi_P1.xlsx", V1Time, "z_ancienne.xlsx");
        var report = _w.Load();

        Assert.Equal(["promeneurs.csv", "z_ancienne.xlsx", "a_nouvelle.xlsx"], report.Files.Select(f => Path.GetFileName(f.Path)));
        Assert.Equal(20m, OnlineHoursOf("PDN-50-0001")); // version 2
        Assert.Equal(
            [("z_ancienne.xlsx", FileStatus.Replaced), ("a_nouvelle.xlsx", FileStatus.Loaded)],
            WarehouseRows.Query<SourceFileRow>(_w, Sql.SourceFiles).Where(f => f.PromeneurId is not null).Select(f => (f.FileName, f.Status)));
    }

    [Fact]
    public void Another_year_of_the_same_promeneur_is_another_workbook()
    {
        DropFirstVersions();
        _w.Load();

        // P1's 2020 workbook, even dated before the 2019 one, replaces nothing.
        new TrackingWorkbookBuilder("PDN-50-0001", "50", "Parentalité", 2020)
            .Month("Janvier", 3, 0, 0, 0, 0, 0)
            .Save(_w.InDepot("suivi_P1_2020.xlsx"), ListTime);
        var report = _w.Load();

        var loaded = Single(report, "suivi_P1_2020.xlsx");
        Assert.Equal(FileStatus.Loaded, loaded.Status);
        Assert.Null(loaded.Message);
        Assert.Equal(13m, OnlineHoursOf("PDN-50-0001")); // 2019: 10 + 2020: 3
        Assert.Equal(15m, Compute().Value("heures_en_ligne")); // 2019 unchanged: P1 10 + P2 5
        Assert.Equal(2, WarehouseRows.Query<SourceFileRow>(_w, Sql.SourceFiles).Count(f => f.PromeneurId == "PDN-50-0001" && f.Status == FileStatus.Loaded));
    }

    [Fact]
    public void Reference_lists_load_first_whatever_their_date()
    {
        // The list is newer than the workbook: it still loads first, so the promeneur is known.
        Drop("v1/suivi_P1.xlsx", V1Time);
        Drop("promeneurs.csv", V2Time);
        var report = _w.Load();

        Assert.Equal(["promeneurs.csv", "suivi_P1.xlsx"], report.Files.Select(f => Path.GetFileName(f.Path)));
        Assert.Equal(2, report.Count(FileStatus.Loaded));
    }

    [Fact]
    public void Rejected_cells_are_stored_with_file_sheet_row_column_value_and_message()
    {
        Drop("promeneurs.csv", ListTime);
        new TrackingWorkbookBuilder("PDN-50-0001", "50", "Parentalité", 2019)
            .Month("Janvier", 10, 1, 1, 100, 10, 1) // row 2: valid
            .Month("Février", "beaucoup", 1, 1, 100, 10, 1) // row 3: B3
            .Month("Mars", 3, 1, -1, 100, 10, 1) // row 4: D4
            .Month("Avril", 400, 1, 1, 100, 10, 2.5) // row 5: B5 and G5
            .Solicitation(new DateTime(2019, 1, 8), "Reçue", "Parent", "Message privé", "Scolarité", "6-11 ans", "Oui") // row 2: valid
            .Solicitation(new DateTime(2019, 1, 9), "Envoyée", "Parent", "Message privé", "Scolarité", "6-11 ans", "Oui") // row 3: B3
            .Solicitation(new DateTime(2018, 12, 31), "Reçue", "Parent", "Message privé", "Scolarité", "6-11 ans", "Oui") // row 4: A4
            .Save(_w.InDepot("suivi_avec_erreurs.xlsx"), V1Time);

        var report = _w.Load();

        var file = Single(report, "suivi_avec_erreurs.xlsx");
        Assert.Equal(FileStatus.Loaded, file.Status);
        Assert.Equal(2, file.RowsLoaded); // janvier + 1 sollicitation
        Assert.Equal(5, file.RowsRejected); // Temps rows 3, 4, 5 + Sollicitations rows 3, 4
        Assert.Equal(6, file.Rejections.Count); // row 5 of Temps has two bad cells

        var audit = WarehouseRows.Query<SourceFileRow>(_w, Sql.SourceFiles).Single(f => f.FileName == "suivi_avec_erreurs.xlsx");
        Assert.Equal((2, 5), (audit.RowsLoaded, audit.RowsRejected));
        Assert.Equal(new DateTime(2020, 2, 1, 8, 0, 0), audit.LastModified);

        var rejected = WarehouseRows.Query<(string FileName, string Sheet, int Row, string Column, string Cell, string? Value, string Message)>(_w,
            """
            SELECT f.file_name, r.sheet, r.source_row, r.column_name, r.cell_ref, r.cell_value, r.message
            FROM etl.rejected_row r JOIN etl.source_file f ON f.file_key = r.file_key
            ORDER BY r.sheet DESC, r.source_row, r.cell_ref
            """);
        Assert.All(rejected, r => Assert.Equal("suivi_avec_erreurs.xlsx", r.FileName));
        Assert.Equal(
        [
            ("Temps", 3, "Heures en ligne", "B3", "beaucoup"),
            ("Temps", 4, "Permanences", "D4", "-1"),
            ("Temps", 5, "Heures en ligne", "B5", "400"),
            ("Temps", 5, "Publications", "G5", "2,5"),
            ("Sollicitations", 3, "Sens", "B3", "Envoyée"),
            ("Sollicitations", 4, "Date", "A4", "31/12/2018"),
        ], rejected.Select(r => (r.Sheet, r.Row, r.Column, r.Cell, r.Value)));
        Assert.Equal("« beaucoup » n'est pas un nombre d'heures : un nombre décimal entre 0 et 300 est attendu (ex. 12,5).", rejected[0].Message);
        Assert.Equal("« -1 » n'est pas un nombre entier positif ou nul.", rejected[1].Message);
        Assert.Equal("« 400 » est hors limites : un nombre d'heures entre 0 et 300 par mois est attendu.", rejected[2].Message);
        Assert.Equal("« Envoyée » n'est pas une valeur de « Sens » : valeurs attendues « Reçue » ou « Initiée ».", rejected[4].Message);
        Assert.Contains("2019", rejected[5].Message);

        // Rejected rows load nothing: only janvier and the first solicitation count.
        var s = Compute();
        Assert.Equal(10m, s.Value("heures_en_ligne"));
        Assert.Equal(1m, s.Value("mois_transmis"));
        Assert.Equal(1m, s.Value("sollicitations_recues"));
    }

    [Fact]
    public void A_file_whose_load_fails_midway_leaves_no_trace_and_stays_in_the_depot()
    {
        DropFirstVersions();
        _w.Load();
        var json = Json();
        var filesBefore = WarehouseRows.Query<SourceFileRow>(_w, Sql.SourceFiles);

        // Version 2 of P1 arrives while the solicitation table is unavailable: its monthly rows are
        // written, then the solicitations fail. The whole file must roll back, version 1 included.
        var dropped = Drop("v2/suivi_P1.xlsx", V2Time);
        IngestionReport report;
        using (var session = _w.Open())
        {
            session.ExecuteDdl("ALTER TABLE fact.solicitation RENAME TO solicitation_indisponible");
            report = new Ingestion(session, _w.Clock, _w.Options).Run();
            session.ExecuteDdl("ALTER TABLE fact.solicitation_indisponible RENAME TO solicitation");
        }

        Assert.Empty(report.Files);
        Assert.Equal(dropped, Assert.Single(report.Errors).Path);
        Assert.True(File.Exists(dropped)); // left for the next run
        Assert.Equal(filesBefore, WarehouseRows.Query<SourceFileRow>(_w, Sql.SourceFiles)); // no audit row, version 1 still "Chargé"
        Assert.Equal(json, Json()); // version 1's figures intact
        Assert.Equal(0, WarehouseRows.Count(_w, "SELECT COUNT(*) FROM etl.rejected_row"));

        // Next run, with the table back: version 2 loads and replaces version 1.
        var next = _w.Load();
        Assert.Equal(FileStatus.Loaded, Single(next, "suivi_P1.xlsx").Status);
        Assert.Equal(20m, OnlineHoursOf("PDN-50-0001"));
    }
}

using Reporting.Domain.Model;
using Reporting.Tests.Support;
using Reporting.Tests.Support.SqlServerFake;
using Reporting.Warehouse.Engine;
using Reporting.Warehouse.Loading.SqlServer;
using Reporting.Warehouse.Loading;

namespace Reporting.Tests.Warehouse.SqlServer;

/// <summary>
/// The SQL Server writer without a server: a recording connection captures every command with its parameters,
/// every bulk-copy batch and every commit and rollback, and the log is compared with an approved file
/// (Warehouse/SqlServer/Approved). What is shown: one transaction per file, audit row first, rows staged in
/// batches, set-based statements, staging emptied; transient errors retried without loading a file twice.
/// </summary>
public sealed class SqlServerWriterTests
{
    private const string Folder = "Warehouse/SqlServer";

    private static readonly DateTime Seen = new(2020, 2, 15, 10, 0, 0, DateTimeKind.Utc);

    private static FileAudit Audit(string name, string kind) =>
        new(1, name, "/depot/" + name, "/archives/2020-02-15/" + name, new string(name[0], 64), 1234, new DateTime(2020, 2, 1, 8, 30, 15, 123, DateTimeKind.Utc).AddTicks(4567), kind, Seen);

    private static Rejection Rejected(string sheet, int row) => new(sheet, row, "Date", "B" + row, "32/01/2020", "Date invalide : une date jj/mm/aaaa est attendue.");

    private static PromeneurVersion Version(string id) => new(1, id, "Martin", "Léa", "S1", 1, "50", "Jeunesse", null,
        new DateOnly(2018, 1, 1), null, new DateOnly(1900, 1, 1), new DateOnly(9999, 12, 31), 1);

    [Fact]
    public void Every_kind_of_file_loads_in_one_transaction_through_staging_and_set_based_statements()
    {
        using var fake = new FakeSqlServer(batchSize: 2);
        fake.Connection
            .On("sqlserver/load/source_file_find_by_hash.sql", _ => FakeResult.Empty)
            .On("sqlserver/load/promeneur_versions_of.sql", _ => VersionRows("P001"))
            .On("sqlserver/load/questionnaire_key_of.sql", _ => FakeResult.Column("questionnaire_key", "int", 7))
            .On("sqlserver/load/questionnaire_files.sql", _ => FakeResult.Row(("file_key", "int", 90), ("file_name", "nvarchar", "QQ-2019.xlsx"), ("status", "nvarchar", "Chargé"), ("processed_at", "datetime2", Seen)))
            .On("sqlserver/load/questionnaire_upsert.sql", _ => 7);
        var writer = fake.Writer;

        using (writer.LockForLoading())
        {
            var run = writer.StartRun("/depot", Seen);
            Assert.Null(writer.FindByHash(new string('a', 64)));
            writer.LoadStructures(Audit("structures.csv", "Liste des structures"),
                [new("S1", "Centre social du Bocage", "Centre social", "Saint-Lô", "50", 2), new("S2", "MJC", "Maison des jeunes", null, "50", 3)],
                [new Rejection("structures", 4, "Département", "E4", "99", "Département « 99 » inconnu.")]);
            writer.LoadPromeneurs(Audit("promeneurs.csv", "Liste des promeneurs"),
                [new("P001", "Martin", "Léa", "S1", "50", "Jeunesse", "Animatrice", new DateOnly(2018, 1, 1), null, 2),
                 new("P002", "Durand", "Paul", "S9", "50", "Parentalité", null, new DateOnly(2019, 3, 1), new DateOnly(2020, 6, 30), 3)],
                [], new DateOnly(2020, 2, 15));
            writer.LoadEvents(Audit("regroupements.csv", "Liste des regroupements"),
                [new("R-2019-01", new DateOnly(2019, 5, 14), "Analyse des pratiques", "Analyse de pratiques", "50", 3.5m, "Commun", 2)], []);
            writer.LoadAttendance(Audit("emargement.csv", "Émargement"),
                [new("R-2019-01", "P001", "Présent", 2), new("R-2019-01", "P002", "Excusé", 3)], []);
            var id = new TrackingIdentification("1", "P001", "Martin", "Léa", "S1", "50", "Jeunesse", 2019);
            writer.LoadTracking(Audit("P001_2019.xlsx", "Tableau de suivi") with { PromeneurId = "P001", Year = 2019 }, id,
                [new(5, 1, 2.5m, 1.25m, 1, 10, 3, 4), new(6, 2, 0m, 0m, 0, 11, 3, 0)],
                [new(5, new DateOnly(2019, 1, 7), "Reçue", "Jeune", "Message privé", "Scolarité", "15-18 ans", true),
                 new(6, new DateOnly(2019, 1, 9), "Initiée", "Parent", "Appel téléphonique", "Santé et bien-être", "Non précisé", false),
                 new(7, new DateOnly(2019, 2, 3), "Reçue", "Professionnel", "Visioconférence", "Autre", "18-25 ans", false)],
                [Rejected("Sollicitations", 8)],
                new LoadedVersion(55, "P001_2019_v1.xlsx", new DateTime(2019, 12, 1, 0, 0, 0, DateTimeKind.Utc)));
            writer.LoadQuestionnaire(Questionnaire(),
            [
                new(Audit("QQ-2019.questionnaire.csv", "Questionnaire (description)"), QuestionnairePart.Meta, 0, 0, [], "Remplace la version chargée le 01/02/2020."),
                new(Audit("QQ-2019.questions.csv", "Questionnaire (questions)"), QuestionnairePart.Questions, 2, 0, [], null),
                new(Audit("QQ-2019.reponses.csv", "Questionnaire (réponses)"), QuestionnairePart.Responses, 2, 1, [Rejected("reponses", 4)], null),
            ]);
            writer.RecordFile(Audit("abime.xlsx", "Inconnu"), FileStatus.Quarantined, "Fichier illisible : son contenu est endommagé.");
            writer.FinishRun(run, new RunTotals(8, 7, 0, 1, 20, 3, "Terminé"), Seen.AddMinutes(1));
        }

        Assert.Equal(7, fake.Connection.Commits); // one per file: structures, promeneurs, events, attendance, tracking, questionnaire (3 files), quarantine
        Assert.Equal(0, fake.Connection.Rollbacks);
        Assert.DoesNotContain(fake.Scripts, s => s.StartsWith("NOT A FILE", StringComparison.Ordinal));
        Approvals.Verify(Folder, "load_every_kind_of_file", fake.Log);
    }

    [Fact]
    public void A_deadlock_rolls_the_file_back_and_loads_it_again_from_the_start()
    {
        using var fake = new FakeSqlServer();
        fake.Connection.Fail("sqlserver/load/event_upsert.sql");

        var key = fake.Writer.LoadEvents(Audit("regroupements.csv", "Liste des regroupements"),
            [new("R-2019-01", new DateOnly(2019, 5, 14), "Formation", "Formation RGPD", "50", 7m, "Jeunesse", 2)], []);

        Assert.Equal(102, key); // the second attempt's audit row: the first one was rolled back
        Assert.Equal(1, fake.Connection.Rollbacks);
        Assert.Equal(1, fake.Connection.Commits);
        Assert.Equal(1, fake.Count("source_file_of_attempt.sql"));
        Approvals.Verify(Folder, "retry_after_deadlock", fake.Log);
    }

    [Fact]
    public void A_commit_whose_acknowledgement_is_lost_is_not_loaded_twice()
    {
        using var fake = new FakeSqlServer();
        fake.Connection
            .Fail("COMMIT", breaksConnection: true, afterCommit: true)
            .On("sqlserver/load/source_file_of_attempt.sql", c => fake.Connection.Commits > 0 ? FakeResult.Column("file_key", "int", 101) : FakeResult.Empty);

        int key;
        using (fake.Writer.LockForLoading())
            key = fake.Writer.LoadStructures(Audit("structures.csv", "Liste des structures"), [new("S1", "Centre social", "Centre social", null, "50", 2)], []);

        Assert.Equal(101, key);
        Assert.Equal(1, fake.Count("source_file_insert.sql"));
        Assert.Equal(1, fake.Count("structure_upsert.sql"));
        Assert.Equal(2, fake.Count("applock_acquire.sql")); // the lock went with the connection: taken again before the retry
        Approvals.Verify(Folder, "retry_after_lost_commit", fake.Log);
    }

    [Fact]
    public void A_lost_connection_during_a_read_is_reopened_and_the_read_done_again()
    {
        using var fake = new FakeSqlServer();
        fake.Connection
            .Fail("sqlserver/load/promeneur_versions_of.sql", breaksConnection: true)
            .On("sqlserver/load/promeneur_versions_of.sql", _ => VersionRows("P001"));

        var versions = fake.Writer.VersionsOf("P001");

        Assert.Equal(new DateOnly(1900, 1, 1), Assert.Single(versions).ValidFrom);
        Assert.Equal(2, fake.Count("promeneur_versions_of.sql"));
        Assert.Contains("OPEN", fake.Log.Split('\n').Skip(1).Select(l => l.Trim()));
    }

    [Fact]
    public void A_permanent_error_rolls_back_and_is_not_retried()
    {
        using var fake = new FakeSqlServer();
        fake.Connection.Fail("sqlserver/load/structure_upsert.sql", transient: false);

        var error = Assert.Throws<FakeDbException>(() => fake.Writer.LoadStructures(Audit("structures.csv", "Liste des structures"), [new("S1", "Centre social", "Centre social", null, "50", 2)], []));

        Assert.False(error.IsTransient);
        Assert.Equal(1, fake.Connection.Rollbacks);
        Assert.Equal(0, fake.Connection.Commits);
        Assert.Equal(1, fake.Count("source_file_insert.sql"));
    }

    [Fact]
    public void Retries_stop_after_the_configured_number_and_the_error_reaches_the_caller()
    {
        using var fake = new FakeSqlServer(maxRetries: 2);
        for (var i = 1; i <= 3; i++) fake.Connection.Fail("sqlserver/load/structure_upsert.sql", occurrence: i);

        Assert.Throws<FakeDbException>(() => fake.Writer.LoadStructures(Audit("structures.csv", "Liste des structures"), [new("S1", "Centre social", "Centre social", null, "50", 2)], []));

        Assert.Equal(3, fake.Count("structure_upsert.sql"));
        Assert.Equal(3, fake.Connection.Rollbacks);
        Assert.Equal(0, fake.Connection.Commits);
    }

    [Fact]
    public void Rows_are_bulk_copied_in_batches_of_the_configured_size_inside_the_file_transaction()
    {
        using var fake = new FakeSqlServer(batchSize: 3);
        var records = Enumerable.Range(1, 7).Select(i => new StructureRecord($"S{i}", $"Structure {i}", "Association", null, "50", i + 1)).ToList();

        fake.Writer.LoadStructures(Audit("structures.csv", "Liste des structures"), records, []);

        Assert.Equal([3, 3, 1], fake.Connection.Batches.Select(b => b.Rows.Count));
        Assert.Equal([1, 2, 3], fake.Connection.Batches.Select(b => b.Number));
        var lines = fake.Log.Split('\n');
        var begin = Array.IndexOf(lines, "BEGIN");
        var commit = Array.IndexOf(lines, "COMMIT");
        Assert.All(lines.Select((l, i) => (l, i)).Where(x => x.l.StartsWith("BULK", StringComparison.Ordinal)), x => Assert.InRange(x.i, begin, commit));
    }

    [Fact]
    public void Another_load_holding_the_lock_stops_this_one_with_a_french_message()
    {
        using var fake = new FakeSqlServer();
        fake.Connection.On("sqlserver/load/applock_acquire.sql", _ => -1);

        var error = Assert.Throws<WarehouseBusyException>(() => fake.Writer.LockForLoading());

        Assert.Contains("Un autre chargement est en cours", error.Message);
        Assert.DoesNotContain("not-a-secret", error.Message);
        Assert.Equal(0, fake.Count("run_insert.sql"));
    }

    [Fact]
    public void A_load_that_finds_the_lock_taken_says_it_waits_then_waits_the_configured_time()
    {
        using var fake = new FakeSqlServer();
        var said = new List<string>();
        var writer = new SqlServerWarehouseWriter(fake.Session, new RecordingBulkCopier(),
            fake.Options with { LockTimeout = TimeSpan.FromSeconds(12), Waiting = said.Add }, fake.Clock);
        var attempts = 0;
        fake.Connection.On("sqlserver/load/applock_acquire.sql", _ => ++attempts == 1 ? -1 : 0); // taken, then granted within the wait

        using (writer.LockForLoading())
        {
            var waits = fake.Connection.Commands.Where(c => c.Script == "sqlserver/load/applock_acquire.sql").Select(c => c["lock_timeout_ms"]).ToList();
            Assert.Equal(new object?[] { 0, 12_000 }, waits);
            Assert.Equal(["Un autre chargement est en cours dans l'entrepôt SQL Server (Server=fake;Database=Reporting) : attente de sa fin, 12 s au plus…"], said);
        }
        Assert.Equal(1, fake.Count("applock_release.sql"));
    }

    [Fact]
    public void A_free_lock_is_taken_without_a_word()
    {
        using var fake = new FakeSqlServer();
        var said = new List<string>();
        var writer = new SqlServerWarehouseWriter(fake.Session, new RecordingBulkCopier(), fake.Options with { Waiting = said.Add }, fake.Clock);

        using (writer.LockForLoading()) { }

        Assert.Equal(1, fake.Count("applock_acquire.sql"));
        Assert.Empty(said);
    }

    [Fact]
    public void A_run_marks_interrupted_the_runs_that_never_finished_before_opening_its_own()
    {
        using var fake = new FakeSqlServer();

        using (fake.Writer.LockForLoading())
            fake.Writer.StartRun("/depot", Seen);

        Assert.Equal(["sqlserver/load/applock_acquire.sql", "sqlserver/load/run_mark_interrupted.sql", "sqlserver/load/run_insert.sql", "sqlserver/load/applock_release.sql"],
            fake.Scripts);
    }

    [Fact]
    public void Parameters_carry_SQL_Server_types_dates_as_date_and_times_as_datetime2_to_the_millisecond()
    {
        using var fake = new FakeSqlServer();

        fake.Writer.LoadPromeneurs(Audit("promeneurs.csv", "Liste des promeneurs"),
            [new("P001", "Martin", "Léa", "S1", "50", "Jeunesse", null, new DateOnly(2018, 1, 1), null, 2)], [], new DateOnly(2020, 2, 15));

        var insert = fake.Connection.Commands.Single(c => c.Script.EndsWith("source_file_insert.sql", StringComparison.Ordinal));
        var modified = insert.Parameters.Single(p => p.Name == "last_modified");
        Assert.Equal(System.Data.DbType.DateTime2, modified.Type);
        Assert.Equal(new DateTime(2020, 2, 1, 8, 30, 15, 123, DateTimeKind.Utc), modified.Value);
        var upsert = fake.Connection.Commands.Single(c => c.Script.EndsWith("promeneur_upsert.sql", StringComparison.Ordinal));
        var asOf = upsert.Parameters.Single(p => p.Name == "as_of");
        Assert.Equal(System.Data.DbType.Date, asOf.Type);
        Assert.Equal(new DateTime(2020, 2, 15), asOf.Value);
    }

    [Fact]
    public void Every_staged_column_list_is_the_staging_table_of_the_SQL_Server_model()
    {
        using var model = new SqlServerModel();
        var tables = SchemaParity.SqlServerTableColumns(model.Model, "stage")
            .GroupBy(c => c.Table)
            .ToDictionary(g => g.Key, g => g.Select(c => c.Column).ToList());

        Assert.Equal(tables.Keys.Order(StringComparer.Ordinal), Reporting.Warehouse.Loading.SqlServer.StagingTables.Columns.Keys.Order(StringComparer.Ordinal));
        foreach (var (table, columns) in Reporting.Warehouse.Loading.SqlServer.StagingTables.Columns)
            Assert.Equal(tables[table], columns);
    }

    private static FakeResult VersionRows(string id)
    {
        var v = Version(id);
        return FakeResult.Row(
            ("promeneur_key", "int", v.PromeneurKey), ("promeneur_id", "nvarchar", v.PromeneurId), ("last_name", "nvarchar", v.LastName),
            ("first_name", "nvarchar", v.FirstName), ("structure_code", "nvarchar", v.StructureCode), ("structure_key", "int", v.StructureKey),
            ("departement_code", "nvarchar", v.DepartementCode), ("label", "nvarchar", v.Label), ("job", "nvarchar", v.Job),
            ("labelled_from", "date", v.LabelledFrom), ("labelled_to", "date", v.LabelledTo), ("valid_from", "date", v.ValidFrom),
            ("valid_to", "date", v.ValidTo), ("is_current", "smallint", v.IsCurrent));
    }

    private static QuestionnaireContent Questionnaire() => new(
        new QuestionnaireMeta("QQ-2019", "Questionnaire qualitatif 2019", 2019, "50"),
        [
            new("Q1", 1, "Quels réseaux utilisez-vous ?", "choix multiple", ["Facebook", "Instagram", "Discord"], null, null, 2),
            new("Q2", 2, "Satisfaction", "échelle", [], 1, 5, 3),
        ],
        [
            new(1, 2, "Promeneur", "P001", new DateTime(2019, 11, 4, 9, 30, 0), [new("Q1", 1, null, null), new("Q1", 3, null, null), new("Q2", null, 4m, null)]),
            new(2, 3, "Promeneur", null, null, [new("Q2", null, 5m, null)]),
        ]);
}

using OfficeOpenXml;
using Reporting.Cli;
using Reporting.Tests.Cli;
using Reporting.Tests.Pipeline;
using Reporting.Tests.Support;
using Reporting.Warehouse.Loading;
using Reporting.Warehouse.Queries;
using static Reporting.Tests.Annexes.AnnexReader;

namespace Reporting.Tests.Annexes;

/// <summary>
/// The workbook sent back to a promeneur: a copy of the archived file with each rejected cell marked
/// and explained, that loads again as the same tracking workbook once sent back.
/// </summary>
public sealed class FeedbackWorkbookTests
{
    private const string Reference = "PDN-50-0001;DUPONT;Camille;CS-50-001;50;Parentalité;Référent famille;01/10/2018;";
    private const string FileName = "Suivi_PDN-50-0001_2019.xlsx";
    private const string Feedback = "Retour_Suivi_PDN-50-0001_2019.xlsx";

    /// <summary>A workbook with three wrong cells: hours "12h", a direction "=1+1" (text, not a formula), an unknown modality.</summary>
    private static TestWarehouse WithRejections()
    {
        var w = new TestWarehouse();
        ReferenceFiles.Promeneurs(w.InDepot("promeneurs.csv"), Reference);
        new TrackingWorkbookBuilder()
            .Month("Janvier", 5.5, 2, 1, 10, 4, 3)
            .Month("Février", "12h", 1, 1, 12, 5, 2)
            .Solicitation(new DateTime(2019, 1, 3), "Reçue", "Parent", "Message privé", "Scolarité", "6-11 ans", "Oui")
            .Solicitation(new DateTime(2019, 1, 8), "=1+1", "Parent", "Message privé", "Scolarité", "6-11 ans", "Non")
            .Solicitation(new DateTime(2019, 2, 8), "Reçue", "Parent", "Par pigeon voyageur", "Scolarité", "6-11 ans", "Non")
            .Save(w.InDepot(FileName));
        var report = w.Load();
        Assert.Equal(2, report.Count(FileStatus.Loaded));
        return w;
    }

    private static IReadOnlyList<RejectedCell> Rejections(TestWarehouse w)
    {
        using var session = w.Open();
        return new AnnexQueries(session).Rejections("50", 2019);
    }

    private static CliHarness Annexes(TestWarehouse w, string output, string month = "2019-02")
    {
        var cli = new CliHarness();
        Assert.True(cli.Run("--entrepot", w.DatabasePath, "annexes", "--departement", "50", "--mois", month, "--sortie", output) == ExitCodes.Success, cli.ToString());
        return cli;
    }

    [Fact]
    public void Each_rejected_cell_is_marked_and_explained_in_a_copy_of_what_was_sent()
    {
        using var w = WithRejections();
        var output = Path.Combine(w.Root, "sortie");
        var rejections = Rejections(w);
        Assert.Equal(3, rejections.Count);

        var cli = Annexes(w, output);

        Assert.Contains($"{Feedback} (à renvoyer à PDN-50-0001 : 3 cellules à corriger,", cli.Console, StringComparison.Ordinal);
        using var package = Open(Path.Combine(output, Feedback));
        var book = package.Workbook;
        Assert.Equal(["Identification", "Temps", "Sollicitations", "À corriger"], book.Worksheets.Select(s => s.Name));
        foreach (var r in rejections)
        {
            var cell = book.Worksheets[r.Sheet].Cells[r.CellRef];
            Assert.Equal(r.CellValue, cell.Text); // what was sent, unchanged
            Assert.True(string.IsNullOrEmpty(cell.Formula), $"{r.Sheet}!{r.CellRef} became a formula");
            Assert.Equal("FFFFC7CE", cell.Style.Fill.BackgroundColor.Rgb, ignoreCase: true);
            var comment = book.Worksheets[r.Sheet].Comments[new ExcelCellAddress(r.CellRef)];
            Assert.NotNull(comment);
            Assert.Equal(r.Message, comment.Text);
        }
        Assert.Equal(rejections.Count, book.Worksheets.Sum(s => s.Comments.Count));
        Assert.Contains(rejections, r => r.CellValue == "=1+1");

        var list = SheetBlock.Find(book.Worksheets["À corriger"], "Feuille");
        Assert.Equal(rejections.Select(r => (r.Sheet, r.CellRef, r.CellValue, r.Message)),
            list.Rows.Select(row => ((string)list.Value(row, "Feuille")!, (string)list.Value(row, "Cellule")!, (string?)list.Value(row, "Valeur saisie"), (string)list.Value(row, "Ce qu'il faut corriger")!)));
        Assert.Equal(book.Worksheets.Count - 1, book.View.ActiveTab); // opens on « À corriger »
        Assert.True(book.Worksheets["À corriger"].View.TabSelected);
        Assert.All(book.Worksheets.Where(s => s.Name != "À corriger"), s => Assert.False(s.View.TabSelected, s.Name));
        Assert.Empty(ParsedParts(Path.Combine(output, Feedback)).Where(p => p.Key.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal))
            .SelectMany(p => p.Value.Descendants(System.Xml.Linq.XName.Get("f", "http://schemas.openxmlformats.org/spreadsheetml/2006/main"))));
        Assert.Empty(ValidationErrors(Path.Combine(output, Feedback)));
    }

    [Fact]
    public void The_quality_sheet_lists_the_rejected_cells_with_their_messages_as_text()
    {
        using var w = WithRejections();
        var output = Path.Combine(w.Root, "sortie");
        var rejections = Rejections(w);

        Annexes(w, output);

        using var package = Open(Path.Combine(output, "Annexe_50_2019-02.xlsx"));
        var sheet = package.Workbook.Worksheets["Qualité"];
        var block = SheetBlock.Find(sheet, "Promeneur", 2);
        Assert.Equal(rejections.Select(r => (r.CellRef, r.CellValue, r.Message)),
            block.Rows.Select(row => ((string)block.Value(row, "Cellule")!, (string?)block.Value(row, "Valeur saisie"), (string)block.Value(row, "Motif du rejet")!)));
        var formulaLike = sheet.Cells[block.Rows.Single(row => (string?)block.Value(row, "Valeur saisie") == "=1+1"), block.Columns["Valeur saisie"]];
        Assert.True(string.IsNullOrEmpty(formulaLike.Formula));
        Assert.Contains(Enumerable.Range(1, sheet.Dimension.End.Row).Select(r => sheet.Cells[r, 1].Value as string),
            t => t is not null && t.StartsWith($"{Feedback} : 3 cellules à corriger", StringComparison.Ordinal));
    }

    [Fact]
    public void Sent_back_unchanged_the_feedback_workbook_loads_with_the_same_rejections()
    {
        using var first = WithRejections();
        var output = Path.Combine(first.Root, "sortie");
        Annexes(first, output);
        using var second = new TestWarehouse();
        ReferenceFiles.Promeneurs(second.InDepot("promeneurs.csv"), Reference);
        File.Copy(Path.Combine(output, Feedback), second.InDepot(Feedback));

        var report = second.Load();

        Assert.Equal(2, report.Count(FileStatus.Loaded));
        var files = WarehouseRows.Query<SourceFileRow>(second, Sql.SourceFiles);
        Assert.Contains(files, f => f.FileName == Feedback && f.Status == FileStatus.Loaded && f.PromeneurId == "PDN-50-0001");
        Assert.Equal(Rejections(first).Select(r => (r.Sheet, r.CellRef, r.CellValue, r.Message)),
            Rejections(second).Select(r => (r.Sheet, r.CellRef, r.CellValue, r.Message)));
    }

    [Fact]
    public void Without_its_archived_copy_a_file_gets_no_feedback_and_the_coordinator_is_told()
    {
        using var w = WithRejections();
        var output = Path.Combine(w.Root, "sortie");
        File.Delete(Rejections(w)[0].StoredPath!);

        var cli = Annexes(w, output);

        Assert.Equal(["Annexe_50_2019-02.xlsx"], Directory.EnumerateFiles(output).Select(Path.GetFileName));
        Assert.Contains($"Pas de retour pour « {FileName} » : sa copie archivée est introuvable.", cli.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void An_archived_copy_that_cannot_be_read_again_gets_no_feedback_and_the_coordinator_is_told()
    {
        using var w = WithRejections();
        var output = Path.Combine(w.Root, "sortie");
        var stored = Rejections(w)[0].StoredPath!;
        File.WriteAllBytes(stored, [0x50, 0x4B, 0x03, 0x04, 1, 2, 3]); // a truncated zip

        var cli = Annexes(w, output);

        Assert.Equal(["Annexe_50_2019-02.xlsx"], Directory.EnumerateFiles(output).Select(Path.GetFileName));
        Assert.Contains($"Pas de retour pour « {FileName} » : sa copie archivée ({stored}) ne peut pas être relue.", cli.Console, StringComparison.Ordinal);
    }
}

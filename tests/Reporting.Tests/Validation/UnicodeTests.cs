using Reporting.Tests.Pipeline;
using Reporting.Tests.Support;
using Reporting.Warehouse.Loading;

namespace Reporting.Tests.Validation;

/// <summary>
/// Unicode in what is read (issue 8, point 14): text in NFC, visible look-alikes in identifiers and codes folded,
/// invisible or unexpected characters refused with a message naming their code point (never one that looks valid).
/// </summary>
public sealed class UnicodeTests
{
    private const string Row = ";MARTIN;Alice;CS-50-001;50;Parentalité;Référent famille;01/01/2018;";

    [Fact]
    public void Names_are_stored_in_NFC_whatever_form_they_were_typed_in()
    {
        using var w = new TestWarehouse();
        ReferenceFiles.Promeneurs(w.InDepot("promeneurs.csv"),
            "PDN-50-0001;MARTIN;Zoe\u0301;CS-50-001;50;Parentalité;Référent famille;01/01/2018;",
            "PDN-50-0002;He\u0301loi\u0308se;Zoé;CS-50-001;50;Parentalité;Re\u0301fe\u0301rent famille;01/01/2018;");

        Assert.Equal(FileStatus.Loaded, Assert.Single(w.Load().Files).Status);

        var names = WarehouseRows.Query<(string, string, string)>(w, "SELECT first_name, last_name, job FROM dim.promeneur ORDER BY promeneur_id");
        Assert.Equal([("Zoé", "MARTIN", "Référent famille"), ("Zoé", "Héloïse", "Référent famille")], names);
        Assert.All(names, n => Assert.Equal(3, n.Item1.Length));
        Assert.Equal(1, WarehouseRows.Count(w, "SELECT COUNT(DISTINCT first_name) FROM dim.promeneur"));
    }

    [Fact]
    public void Visible_look_alikes_in_an_identifier_are_folded()
    {
        using var w = new TestWarehouse();
        // Non-breaking hyphens (U+2011), full-width digits, an en dash.
        ReferenceFiles.Promeneurs(w.InDepot("promeneurs.csv"), "PDN\u201150\u2011０００１" + Row, "PDN\u201350\u20130002" + Row);

        var file = Assert.Single(w.Load().Files);

        Assert.Empty(file.Rejections);
        Assert.Equal(["PDN-50-0001", "PDN-50-0002"], WarehouseRows.Query<string>(w, "SELECT promeneur_id FROM dim.promeneur ORDER BY 1"));
    }

    [Theory]
    [InlineData("PDN-50\u200B-0001", "« PDN-50<U+200B>-0001 » n'est pas un identifiant de promeneur valide : il contient un caractère invisible U+200B (espace sans chasse) en position 7.")]
    [InlineData("PDN-50-0001\u2060", "« PDN-50-0001<U+2060> » n'est pas un identifiant de promeneur valide : il contient un caractère invisible U+2060 (gluon de mots) en position 12.")]
    [InlineData("\u0420DN-50-0001", "« РDN-50-0001 » n'est pas un identifiant de promeneur valide : il contient un caractère inattendu « Р » (U+0420) en position 1.")]
    public void An_invisible_or_unexpected_character_in_an_identifier_is_named_by_its_code_point(string identifier, string expected)
    {
        using var w = new TestWarehouse();
        ReferenceFiles.Promeneurs(w.InDepot("promeneurs.csv"), identifier + Row, "PDN-50-0002" + Row);

        var file = Assert.Single(w.Load().Files);

        var rejection = Assert.Single(file.Rejections);
        Assert.Equal("Identifiant", rejection.Column);
        Assert.Equal(expected + " Retapez-le au clavier : le format attendu est PDN-<code département>-<4 chiffres> (ex. PDN-50-0007).", rejection.Message);
        Assert.Equal(["PDN-50-0002"], WarehouseRows.Query<string>(w, "SELECT promeneur_id FROM dim.promeneur"));
    }

    [Fact]
    public void A_tracking_workbook_whose_identifier_hides_a_zero_width_space_is_quarantined_with_the_code_point()
    {
        using var w = new TestWarehouse();
        ReferenceFiles.Promeneurs(w.InDepot("promeneurs.csv"), "PDN-50-0001" + Row);
        new TrackingWorkbookBuilder("PDN-50\u200B-0001").Month("Janvier", 3, 0, 1, 10, 1, 1).Save(w.InDepot("suivi.xlsx"));

        var report = w.Load();

        var workbook = report.Files.Single(f => f.Path.EndsWith("suivi.xlsx", StringComparison.Ordinal));
        Assert.Equal(FileStatus.Quarantined, workbook.Status);
        Assert.Contains("« PDN-50<U+200B>-0001 » n'est pas un identifiant de promeneur valide : il contient un caractère invisible U+200B (espace sans chasse) en position 7.", workbook.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_structure_code_with_an_invisible_character_is_rejected_and_one_with_look_alikes_is_folded()
    {
        using var w = new TestWarehouse();
        ReferenceFiles.Structures(w.InDepot("structures.csv"),
            "CS\u200B-50-001;Centre social;Centre social;Saint-Lô;50",
            "CS\u201150\u2011００２;Maison des jeunes;Centre social;Coutances;50");

        var file = Assert.Single(w.Load().Files);

        var rejection = Assert.Single(file.Rejections);
        Assert.Equal("« CS<U+200B>-50-001 » contient un caractère invisible U+200B (espace sans chasse) en position 3 : retapez « Code » au clavier.", rejection.Message);
        Assert.Equal(["CS-50-002"], WarehouseRows.Query<string>(w, "SELECT code FROM dim.structure WHERE code <> '?'"));
    }
}

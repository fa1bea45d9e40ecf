using Reporting.Domain.Parsing;
using System.IO.Compression;
using System.Text;
using Reporting.Domain.Contracts;
using Reporting.Sources.Documents;
using Reporting.Sources.Recognition;
using Reporting.Tests.Support;

namespace Reporting.Tests.Sources;

/// <summary>
/// Files sent by mistake or by malice: each is either read within <see cref="ReadLimits"/> or refused
/// with a <see cref="SourceUnreadableException"/> whose French message says why. Nothing crashes and
/// nothing is inflated beyond the limits.
/// </summary>
public sealed class HostileFilesTests : IDisposable
{
    private const string Damaged = "Classeur Excel illisible ou endommagé : ouvrez-le dans Excel et enregistrez-le à nouveau au format .xlsx.";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Opens the file, recognises it and reads every sheet, as an ingestion does.</summary>
    private static int ReadAll(string path, ReadLimits? limits = null)
    {
        using var doc = SourceDocument.Open(path, limits);
        FileRecognizer.Recognize(doc);
        return doc.SheetNames.Sum(s => doc.ReadSheet(s).Count());
    }

    private static string Refusal(string path, ReadLimits? limits = null) =>
        Assert.Throws<SourceUnreadableException>(() => ReadAll(path, limits)).Message;

    /// <summary>Bytes allocated by this thread while <paramref name="action"/> runs.</summary>
    private static long Allocated(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private const long MiB = 1024 * 1024;

    [Fact]
    public void A_missing_file()
    {
        Assert.Equal("Fichier introuvable.", Refusal(_folder.Combine("absent.xlsx")));
    }

    [Fact]
    public void An_empty_file()
    {
        var path = _folder.Combine("vide.xlsx");
        File.WriteAllBytes(path, []);
        Assert.Equal("Fichier vide.", Refusal(path));
    }

    [Theory]
    [InlineData(101 * MiB, "101")]
    [InlineData(100 * MiB + 1, "101")]
    public void A_file_above_the_size_limit_is_refused_without_being_read(long size, string shown)
    {
        var path = _folder.Combine("enorme.csv");
        using (var fs = File.Create(path)) fs.SetLength(size); // sparse: nothing written
        Assert.Equal($"Fichier refusé : {shown} Mo dépasse la taille maximale de 100 Mo.", Refusal(path));
    }

    [Fact]
    public void A_file_at_the_size_limit_is_read()
    {
        var path = ReferenceFiles.Csv(_folder.Combine("limite.csv"), ["Code;Nom;Type;Commune;Département", "CS-50-001;Centre;Association;Saint-Lô;50"]);
        var size = new FileInfo(path).Length;
        Assert.Equal(2, ReadAll(path, new ReadLimits { MaxFileBytes = size }));
        Assert.StartsWith("Fichier refusé : 1 Mo dépasse la taille maximale de ", Refusal(path, new ReadLimits { MaxFileBytes = size - 1 }));
    }

    [Fact]
    public void Random_binary()
    {
        var bytes = new byte[64 * 1024];
        new Random(20190101).NextBytes(bytes);
        bytes[0] = 0x00;
        var path = _folder.Combine("photo.csv");
        File.WriteAllBytes(path, bytes);
        Assert.Equal("Format de fichier non reconnu : un classeur .xlsx ou un fichier CSV est attendu.", Refusal(path));
    }

    [Fact]
    public void A_truncated_xlsx()
    {
        var full = new TrackingWorkbookBuilder().Month("Janvier", 1, 1, 1, 1, 1, 1).Save(_folder.Combine("complet.xlsx"));
        var bytes = File.ReadAllBytes(full);
        var path = _folder.Combine("tronque.xlsx");
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        Assert.Equal(Damaged, Refusal(path));
    }

    [Fact]
    public void A_zip_that_is_not_a_workbook()
    {
        var path = _folder.Combine("archive.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        using (var w = new StreamWriter(zip.CreateEntry("lisez-moi.txt").Open()))
            w.Write("Bonjour");
        Assert.Equal("Classeur Excel incomplet : la partie « workbook » est absente.", Refusal(path));
    }

    [Fact]
    public void An_xls_workbook()
    {
        var bytes = new byte[4096];
        new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.CopyTo(bytes, 0);
        var path = _folder.Combine("suivi.xlsx");
        File.WriteAllBytes(path, bytes);
        Assert.Equal("Classeur au format Excel 97-2003 (.xls) ou protégé par mot de passe : enregistrez-le au format .xlsx, sans mot de passe.", Refusal(path));
    }

    [Fact]
    public void A_zip_bomb_is_refused_before_anything_is_inflated()
    {
        // A 300 MiB sheet part of blanks compresses ~1000:1: the file weighs a few hundred KiB.
        var path = new RawXlsx { Compression = CompressionLevel.SmallestSize }
            .SheetStream("Feuil1", s =>
            {
                s.Write(Encoding.UTF8.GetBytes($"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{RawXlsx.MainNs}"><sheetData>"""));
                var blanks = new byte[MiB];
                Array.Fill(blanks, (byte)' ');
                for (var i = 0; i < 300; i++) s.Write(blanks);
                s.Write(Encoding.UTF8.GetBytes("</sheetData></worksheet>"));
            })
            .Save(_folder.Combine("bombe.xlsx"));
        Assert.True(new FileInfo(path).Length < 2 * MiB);

        string? message = null;
        var allocated = Allocated(() => message = Refusal(path));

        Assert.Equal("Classeur refusé : son taux de compression anormal laisse penser à un fichier piégé.", message);
        Assert.True(allocated < 32 * MiB, $"{allocated / MiB} MiB allocated");
    }

    [Fact]
    public void A_zip_bomb_whose_headers_understate_its_size_is_cut_at_the_stated_size()
    {
        var path = new RawXlsx { Compression = CompressionLevel.SmallestSize }
            .SheetStream("Feuil1", s =>
            {
                s.Write(Encoding.UTF8.GetBytes($"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{RawXlsx.MainNs}"><sheetData>"""));
                var blanks = new byte[MiB];
                Array.Fill(blanks, (byte)' ');
                for (var i = 0; i < 200; i++) s.Write(blanks);
                s.Write(Encoding.UTF8.GetBytes("</sheetData></worksheet>"));
            })
            .Save(_folder.Combine("menteuse.xlsx"));
        StateUncompressedSize(path, "xl/worksheets/sheet1.xml", 1000);

        string? message = null;
        var allocated = Allocated(() => message = Refusal(path));

        Assert.Equal(Damaged, message);
        Assert.True(allocated < 32 * MiB, $"{allocated / MiB} MiB allocated");
    }

    /// <summary>Overwrites the uncompressed size an entry's local and central headers declare.</summary>
    private static void StateUncompressedSize(string path, string entryName, uint size)
    {
        var bytes = File.ReadAllBytes(path);
        var name = Encoding.UTF8.GetBytes(entryName);
        var patched = 0;
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BitConverter.ToUInt32(bytes, i);
            var (nameOffset, sizeOffset) = signature switch
            {
                0x04034b50 => (30, 22),
                0x02014b50 => (46, 24),
                _ => (0, 0),
            };
            if (nameOffset == 0 || i + nameOffset + name.Length > bytes.Length) continue;
            if (!bytes.AsSpan(i + nameOffset, name.Length).SequenceEqual(name)) continue;
            BitConverter.GetBytes(size).CopyTo(bytes, i + sizeOffset);
            patched++;
        }
        Assert.Equal(2, patched);
        File.WriteAllBytes(path, bytes);
    }

    [Fact]
    public void A_package_larger_than_the_uncompressed_limit()
    {
        var text = new StringBuilder();
        var random = new Random(7);
        for (var r = 1; r <= 2000; r++) text.Append(RawXlsx.TextRow(r, random.Next().ToString("x8"), random.Next().ToString("x8")));
        var path = new RawXlsx().Sheet("Feuil1", text.ToString()).Save(_folder.Combine("gros.xlsx"));

        Assert.Equal("Classeur refusé : une fois décompressé, il dépasse la taille maximale autorisée.",
            Refusal(path, new ReadLimits { MaxUncompressedBytes = 64 * 1024 }));
        Assert.Equal(2000, ReadAll(path));
    }

    [Fact]
    public void A_package_with_too_many_parts()
    {
        var xlsx = new RawXlsx().Sheet("Feuil1", RawXlsx.TextRow(1, "a"));
        for (var i = 0; i < 10; i++) xlsx.ExtraEntries.Add(($"xl/media/image{i}.bin", [1, 2, 3]));
        var path = xlsx.Save(_folder.Combine("parties.xlsx"));

        Assert.Equal("Classeur refusé : il contient 15 parties internes (maximum 5).", Refusal(path, new ReadLimits { MaxZipEntries = 5 }));
        Assert.Equal(1, ReadAll(path));
    }

    [Fact]
    public void A_sheet_that_claims_the_whole_grid_reads_as_the_few_cells_it_has()
    {
        var path = new RawXlsx()
            .Sheet("Feuil1", RawXlsx.TextRow(1, "début") + """<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>fin</t></is></c></row>""", dimension: "A1:XFD1048576")
            .Save(_folder.Combine("grille.xlsx"));

        List<RawRow> rows = [];
        var allocated = Allocated(() =>
        {
            using var doc = SourceDocument.Open(path);
            rows = doc.ReadSheet("Feuil1").ToList();
        });

        Assert.Equal([1, 1048576], rows.Select(r => r.Number));
        Assert.Equal("début", Assert.Single(rows[0].Cells).Value);
        var last = Assert.Single(rows[1].Cells);
        Assert.Equal(16384, last.Key);
        Assert.Equal("fin", last.Value);
        Assert.True(allocated < 32 * MiB, $"{allocated / MiB} MiB allocated");
    }

    [Fact]
    public void Cell_references_beyond_the_grid_do_not_crash()
    {
        var path = new RawXlsx()
            .Sheet("Feuil1", """<row r="1"><c r="A1"><v>1</v></c><c r="AAAAAAAAAAAAAAAAAAAA1"><v>2</v></c><c r="1"><v>3</v></c></row>""")
            .Save(_folder.Combine("refs.xlsx"));

        using var doc = SourceDocument.Open(path);
        var row = Assert.Single(doc.ReadSheet("Feuil1"));
        Assert.Equal([1, 2, 3], row.Cells.Keys.Order()); // unreadable references follow the previous cell
    }

    private const string BillionLaughs = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE lolz [
          <!ENTITY lol "lol">
          <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
          <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
          <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
          <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
          <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
          <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        """;

    [Fact]
    public void Shared_strings_with_an_entity_expansion_are_refused()
    {
        var path = new RawXlsx { SharedStrings = BillionLaughs + $"""<sst xmlns="{RawXlsx.MainNs}"><si><t>&lol9;</t></si></sst>""" }
            .Sheet("Feuil1", """<row r="1"><c r="A1" t="s"><v>0</v></c></row>""")
            .Save(_folder.Combine("rires.xlsx"));

        string? message = null;
        var allocated = Allocated(() => message = Refusal(path));

        Assert.Equal(Damaged, message);
        Assert.True(allocated < 32 * MiB, $"{allocated / MiB} MiB allocated");
    }

    [Fact]
    public void A_sheet_with_an_external_entity_is_refused()
    {
        var path = new RawXlsx()
            .SheetXml("Feuil1", """<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>""" +
                                $"""<worksheet xmlns="{RawXlsx.MainNs}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>""")
            .Save(_folder.Combine("xxe.xlsx"));

        Assert.Equal(Damaged, Refusal(path));
    }

    [Fact]
    public void A_workbook_part_with_a_dtd_is_refused_at_opening()
    {
        var path = new RawXlsx().Sheet("Feuil1", RawXlsx.TextRow(1, "a")).Save(_folder.Combine("dtd.xlsx"));
        RawXlsx.Rewrite(path, "xl/workbook.xml", xml => xml.Replace("<workbook ", BillionLaughs.Replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "").Replace("lolz", "workbook") + "<workbook "));

        Assert.Equal(Damaged, Assert.Throws<SourceUnreadableException>(() => SourceDocument.Open(path).Dispose()).Message);
    }

    [Fact]
    public void Malformed_sheet_xml_is_refused_when_read()
    {
        var path = new RawXlsx().SheetXml("Feuil1", $"""<worksheet xmlns="{RawXlsx.MainNs}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c""").Save(_folder.Combine("casse.xlsx"));
        Assert.Equal(Damaged, Refusal(path));
    }

    [Fact]
    public void A_megabyte_of_text_in_a_cell_is_kept_whole_as_an_oversized_text_never_cut()
    {
        var big = new string('é', 1024 * 1024);
        var path = new RawXlsx { SharedStrings = $"""<sst xmlns="{RawXlsx.MainNs}"><si><t>{big}</t></si></sst>""" }
            .Sheet("Feuil1", $"""<row r="1"><c r="A1" t="s"><v>0</v></c>{RawXlsx.InlineCell("B1", big)}<c r="C1" t="str"><f>REPT("é",1048576)</f><v>{big}</v></c></row>""")
            .Save(_folder.Combine("long.xlsx"));

        using var doc = SourceDocument.Open(path);
        var row = Assert.Single(doc.ReadSheet("Feuil1"));

        // Its length is known, its text is never stored cut: the validators reject it (issue 8, point 5).
        Assert.Equal(1024 * 1024, Assert.IsType<OversizedText>(row[1]).Length);
        Assert.Equal(1024 * 1024, Assert.IsType<OversizedText>(row[2]).Length);
        Assert.Equal(1024 * 1024, Assert.IsType<OversizedText>(row[3]).Length);
        Assert.Equal(32_767, ReadLimits.Default.MaxCellChars);
    }

    [Fact]
    public void Shared_strings_past_the_memory_budget_of_a_file_refuse_it_with_a_french_reason()
    {
        // Issue 8, point 15: millions of small shared strings once took 1.2 GB; each file now has a budget.
        var shared = new StringBuilder($"""<sst xmlns="{RawXlsx.MainNs}">""");
        for (var i = 0; i < 30_000; i++) shared.Append($"<si><t>t{i}</t></si>");
        shared.Append("</sst>");
        var path = new RawXlsx { SharedStrings = shared.ToString() }
            .Sheet("Feuil1", """<row r="1"><c r="A1" t="s"><v>0</v></c></row>""").Save(_folder.Combine("textes.xlsx"));

        Assert.Equal(
            "Classeur refusé : ses textes partagés dépassent la mémoire autorisée pour un fichier (1 Mo, atteinte après 24\u202F337 textes). " +
            "Enregistrez-le sans les lignes ou colonnes inutiles, ou découpez-le en plusieurs fichiers.",
            Refusal(path, new ReadLimits { MaxSharedStringsBytes = 1024 * 1024 }));
        // 10 strings of 2 characters (36 bytes each), 90 of 3, 900 of 4, 9 000 of 5 make 417 780 bytes;
        // strings of 6 characters (44 bytes) pass 1 MiB at the 14 337th: the 24 337th string.
        Assert.Equal(1, ReadAll(path));
    }

    [Fact]
    public void A_sheet_with_more_rows_than_the_limit_is_refused_rather_than_cut()
    {
        var rows = new StringBuilder();
        for (var r = 1; r <= 12; r++) rows.Append(RawXlsx.TextRow(r, $"ligne {r}"));
        rows.Append("<row r=\"20\"/><row r=\"21\"/>"); // empty rows do not count
        var path = new RawXlsx().Sheet("Données", rows.ToString()).Save(_folder.Combine("lignes.xlsx"));

        Assert.Equal(12, ReadAll(path, new ReadLimits { MaxRowsPerSheet = 12 }));
        Assert.Equal("Feuille « Données » refusée : plus de 10 lignes remplies, au-delà de la limite autorisée.",
            Refusal(path, new ReadLimits { MaxRowsPerSheet = 10 }));
    }

    [Fact]
    public void A_csv_with_more_rows_than_the_limit_is_refused_rather_than_cut()
    {
        var path = ReferenceFiles.Csv(_folder.Combine("lignes.csv"), ["a;b", "", .. Enumerable.Range(1, 11).Select(i => $"{i};x")]);

        Assert.Equal(12, ReadAll(path, new ReadLimits { MaxRowsPerSheet = 12 }));
        Assert.Equal("Fichier CSV refusé : plus de 10 lignes remplies, au-delà de la limite autorisée.",
            Refusal(path, new ReadLimits { MaxRowsPerSheet = 10 }));
    }

    [Fact]
    public void A_megabyte_of_text_in_a_csv_field_is_an_oversized_text_never_cut()
    {
        var big = new string('é', 1024 * 1024);
        var path = ReferenceFiles.Csv(_folder.Combine("long.csv"), ["Code;Nom;Type;Commune;Département", $"CS-50-001;\"{big}\";Association;Saint-Lô;50", "CS-50-002;Court;Association;Caen;14"]);

        using var doc = SourceDocument.Open(path);
        var rows = doc.ReadSheet(ISourceDocument.CsvSheetName).ToList();

        Assert.Equal([1, 2, 3], rows.Select(r => r.Number));
        Assert.Equal(1024 * 1024, Assert.IsType<OversizedText>(rows[1][2]).Length);
        Assert.Equal("Saint-Lô", rows[1][4]);
        Assert.Equal("Court", rows[2][2]);
    }

    [Fact]
    public void A_csv_with_an_unclosed_quote_is_read_to_its_end_without_crashing()
    {
        var path = ReferenceFiles.Csv(_folder.Combine("guillemet.csv"), ["Code;Nom;Type;Commune;Département", "CS-50-001;\"Centre;Association;Saint-Lô;50", "CS-50-002;Autre;Association;Caen;14"]);

        using var doc = SourceDocument.Open(path);
        var rows = doc.ReadSheet(ISourceDocument.CsvSheetName).ToList();

        Assert.Equal([1, 2], rows.Select(r => r.Number));
        Assert.StartsWith("Centre;Association;Saint-Lô;50", (string)rows[1][2]!);
    }

    [Fact]
    public void A_csv_whose_unclosed_quote_runs_past_the_record_limit_is_refused()
    {
        var path = ReferenceFiles.Csv(_folder.Combine("guillemet.csv"),
            ["Code;Nom;Type;Commune;Département", "CS-50-001;\"Centre;Association;Saint-Lô;50", .. Enumerable.Range(2, 5000).Select(i => $"CS-50-{i:000};Centre {i};Association;Caen;14")]);
        Assert.True(new FileInfo(path).Length > 128 * 1024);

        Assert.Equal("Fichier CSV illisible après la ligne 1 : guillemets ou enregistrement mal formé.",
            Refusal(path, new ReadLimits { MaxCsvRecordBytes = 64 * 1024 }));
    }

    [Fact]
    public void Damaged_parts_give_a_readable_file_or_a_refusal_never_another_exception()
    {
        var original = new TrackingWorkbookBuilder()
            .Month("Janvier", 5.5, 2, 1, 10, 4, 3)
            .Solicitation(new DateTime(2019, 1, 3), "Reçue", "Parent", "Message privé", "Scolarité", "6-11 ans", "Oui")
            .Save(_folder.Combine("original.xlsx"));
        const string Alphabet = "<>\"/=&;:#-.0123456789ABCDEFrstvcfis \t";
        var outcomes = new List<string>();
        for (var seed = 1; seed <= 80; seed++)
        {
            // A few characters of one XML part changed, inserted or deleted, the package rebuilt honestly.
            var random = new Random(seed);
            var path = _folder.Combine($"abime-{seed}.xlsx");
            File.Copy(original, path);
            var parts = RawXlsx.Entries(path).Where(e => e.EndsWith(".xml", StringComparison.Ordinal) || e.EndsWith(".rels", StringComparison.Ordinal)).ToList();
            RawXlsx.Rewrite(path, parts[random.Next(parts.Count)], xml =>
            {
                var chars = xml.ToList();
                for (var i = 0; i < 1 + random.Next(4); i++)
                {
                    var at = random.Next(chars.Count);
                    switch (random.Next(3))
                    {
                        case 0: chars[at] = Alphabet[random.Next(Alphabet.Length)]; break;
                        case 1: chars.RemoveAt(at); break;
                        default: chars.Insert(at, Alphabet[random.Next(Alphabet.Length)]); break;
                    }
                }
                return new string([.. chars]);
            });

            try
            {
                using var doc = SourceDocument.Open(path);
                FileRecognizer.Recognize(doc);
                if (new[] { "Identification", "Temps", "Sollicitations" }.All(doc.SheetNames.Contains))
                    Reporting.Validation.Tracking.TrackingWorkbookValidator.Validate(doc);
                foreach (var sheet in doc.SheetNames) doc.ReadSheet(sheet).ToList();
                outcomes.Add("lu");
            }
            catch (SourceUnreadableException ex)
            {
                Assert.StartsWith("Classeur Excel i", ex.Message);
                outcomes.Add("refusé");
            }
        }
        Assert.Contains("lu", outcomes);
        Assert.Contains("refusé", outcomes);
    }

    [Fact]
    public void A_formula_in_a_tracking_workbook_loads_its_cached_value()
    {
        var path = new TrackingWorkbookBuilder().Month("Janvier", 5.5, 2, 1, 10, 4, 3).Save(_folder.Combine("formule.xlsx"));
        var pattern = new System.Text.RegularExpressions.Regex("(<c r=\"B2\"[^>]*>)(<v>5.5</v>)");
        var temps = Assert.Single(RawXlsx.Entries(path), e => e.StartsWith("xl/worksheets/", StringComparison.Ordinal) && pattern.IsMatch(RawXlsx.Read(path, e)));
        RawXlsx.Rewrite(path, temps, xml => pattern.Replace(xml, "$1<f>SUM(C2:G2)*1000</f>$2"));
        Assert.Contains("<f>SUM(C2:G2)*1000</f>", RawXlsx.Read(path, temps));

        using var doc = SourceDocument.Open(path);
        var validated = Reporting.Validation.Tracking.TrackingWorkbookValidator.Validate(doc);

        Assert.Equal(5.5m, Assert.Single(validated.Content!.Months).HeuresEnLigne);
        Assert.Empty(validated.Rejections);
    }

    [Fact]
    public void A_text_file_with_a_nul_byte_is_not_taken_for_a_csv()
    {
        var path = _folder.Combine("nul.csv");
        File.WriteAllBytes(path, [.. Encoding.ASCII.GetBytes("Code;Nom\r\nA;B"), 0, .. Encoding.ASCII.GetBytes("\r\n")]);
        Assert.Equal("Format de fichier non reconnu : un classeur .xlsx ou un fichier CSV est attendu.", Refusal(path));
    }

    [Fact]
    public void A_plain_text_file_is_read_as_a_csv_and_recognised_as_nothing()
    {
        var path = _folder.Combine("lettre.xlsx");
        File.WriteAllText(path, "Bonjour,\r\nVeuillez trouver ci-joint mon tableau.\r\nCordialement\r\n");
        using var doc = SourceDocument.Open(path);
        Assert.Equal(SourceFormat.Csv, doc.Format);
        Assert.Equal(InputKind.Unknown, FileRecognizer.Recognize(doc).Kind);
    }
}

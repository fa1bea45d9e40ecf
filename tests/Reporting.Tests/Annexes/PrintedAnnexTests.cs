using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;
using Reporting.Cli;
using Reporting.Tests.Cli;
using Reporting.Tests.Support;

namespace Reporting.Tests.Annexes;

/// <summary>
/// Every kind of workbook the program hands out, printed as a coordinator prints it: rendered to PDF by LibreOffice
/// (headless, French locale) when <c>soffice</c> is installed (skipped with the reason otherwise; Debian:
/// <c>apt-get install libreoffice-calc poppler-utils</c>). Each page count stays within what the content needs, and
/// no text is cut or laid over another: every word of every page (<c>pdftotext -bbox</c>) lies inside the page and
/// overlaps no other word.
/// </summary>
[Collection(DemoYearCollection.Name)]
public sealed class PrintedAnnexTests(DemoYear demo)
{
    private static string? Tool(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);

    private static void RequireTools()
    {
        Skip.If(Tool("soffice") is null, "LibreOffice (soffice) absent : rendu PDF des annexes non vérifié (apt-get install libreoffice-calc).");
        Skip.If(Tool("pdftotext") is null || Tool("pdfinfo") is null, "poppler-utils absent (pdftotext, pdfinfo) : rendu PDF des annexes non vérifié.");
    }

    private static string Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["LANG"] = "fr_FR.UTF-8";
        info.Environment["LC_ALL"] = "fr_FR.UTF-8";
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(4)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish in 4 minutes.");
        }
        Assert.True(process.ExitCode == 0, $"{file} exit {process.ExitCode}: {error.Result}");
        return output.Result;
    }

    /// <summary>Renders the workbooks to PDF in one LibreOffice run (its own profile: no clash with a running LibreOffice).</summary>
    private static Dictionary<string, string> Render(TempFolder folder, IReadOnlyList<string> workbooks)
    {
        var output = folder.Combine("pdf");
        Directory.CreateDirectory(output);
        var profile = new Uri(folder.Combine("profil-libreoffice")).AbsoluteUri;
        Run(Tool("soffice")!, ["-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf", "--outdir", output, .. workbooks]);
        return workbooks.ToDictionary(w => Path.GetFileName(w), w => Path.Combine(output, Path.GetFileNameWithoutExtension(w) + ".pdf"));
    }

    private static int Pages(string pdf) =>
        int.Parse(Run(Tool("pdfinfo")!, pdf).Split('\n').Single(l => l.StartsWith("Pages:", StringComparison.Ordinal))[6..].Trim(), CultureInfo.InvariantCulture);

    private sealed record Word(int Page, double XMin, double YMin, double XMax, double YMax, string Text)
    {
        public double Area => Math.Max(0, XMax - XMin) * Math.Max(0, YMax - YMin);

        public double Overlap(Word other) =>
            Math.Max(0, Math.Min(XMax, other.XMax) - Math.Max(XMin, other.XMin)) * Math.Max(0, Math.Min(YMax, other.YMax) - Math.Max(YMin, other.YMin));
    }

    /// <summary>Every problem of a rendered PDF: a word outside its page, or two words laid over each other.</summary>
    private static List<string> TextProblems(string pdf)
    {
        var html = Run(Tool("pdftotext")!, "-bbox", pdf, "-");
        var doc = XDocument.Parse(html.Replace("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">", string.Empty, StringComparison.Ordinal));
        XNamespace x = "http://www.w3.org/1999/xhtml";
        var problems = new List<string>();
        var pageNumber = 0;
        foreach (var page in doc.Descendants(x + "page"))
        {
            pageNumber++;
            double width = D(page, "width"), height = D(page, "height");
            var words = page.Descendants(x + "word")
                .Select(w => new Word(pageNumber, D(w, "xMin"), D(w, "yMin"), D(w, "xMax"), D(w, "yMax"), w.Value))
                .Where(w => w.Text.Trim().Length > 0)
                .ToList();
            foreach (var w in words.Where(w => w.XMin < 0 || w.YMin < 0 || w.XMax > width + 0.5 || w.YMax > height + 0.5))
                problems.Add($"page {w.Page}: « {w.Text} » dépasse de la page");
            for (var i = 0; i < words.Count; i++)
                for (var j = i + 1; j < words.Count; j++)
                {
                    var overlap = words[i].Overlap(words[j]);
                    if (overlap > 0.25 * Math.Min(words[i].Area, words[j].Area) && overlap > 1)
                        problems.Add($"page {words[i].Page}: « {words[i].Text} » et « {words[j].Text} » se chevauchent");
                }
        }
        return problems;

        static double D(XElement e, string name) => double.Parse(e.Attribute(name)!.Value, CultureInfo.InvariantCulture);
    }

    [SkippableFact]
    public void Every_kind_of_workbook_prints_on_few_pages_with_no_text_cut_or_laid_over_another()
    {
        RequireTools();
        using var folder = new TempFolder();
        var cli = new CliHarness();
        Assert.True(cli.Run("modele", "--annee", "2020", "--sortie", folder.Combine("Modele_2020.xlsx")) == ExitCodes.Success, cli.ToString());
        var feedback = Directory.EnumerateFiles(demo.Output, "Retour_*.xlsx").Order(StringComparer.Ordinal).First();
        // Workbook, and the most pages its content needs (measured with LibreOffice 7.4, A4, fitted to the width).
        (string Path, int MaxPages)[] workbooks =
        [
            // Measured 11 pages: the sheets that were there before take 9, the network sheets (Vie du réseau, Groupes locaux)
            // one page each; the limit grows by those 2 pages (10 before).
            (demo.File("Annexe_50_2019-06.xlsx"), 12),
            (demo.File("Bilan_50_2019.xlsx"), 16),
            (demo.File("Comparaison_nationale_2019.xlsx"), 5),
            (feedback, 8),
            (folder.Combine("Modele_2020.xlsx"), 5),
        ];

        var pdfs = Render(folder, workbooks.Select(w => w.Path).ToList());

        var problems = new List<string>();
        foreach (var (path, maxPages) in workbooks)
        {
            var pdf = pdfs[Path.GetFileName(path)];
            Assert.True(File.Exists(pdf), $"LibreOffice wrote no PDF for {Path.GetFileName(path)}");
            var pages = Pages(pdf);
            if (pages > maxPages) problems.Add($"{Path.GetFileName(path)} : {pages} pages (au plus {maxPages})");
            problems.AddRange(TextProblems(pdf).Select(p => $"{Path.GetFileName(path)}, {p}"));
        }
        Assert.True(problems.Count == 0, string.Join('\n', problems.Take(60)));
    }
}

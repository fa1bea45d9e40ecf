using OfficeOpenXml;
using OfficeOpenXml.Drawing.Chart;
using OfficeOpenXml.Style;
using OfficeOpenXml.Table;
using Reporting.Outputs.Formatting;

namespace Reporting.Outputs.Annexes.Layout;

/// <summary>
/// Writes one annex sheet top to bottom (<see cref="Row"/> is the next free row) and remembers what
/// its layout needs: column widths computed from the text each cell will show (EPPlus's AutoFit needs
/// GDI+, absent on Linux), heights of wrapped rows, frozen header, print titles. Text is always
/// written as a value, never as a formula, whatever its first character.
/// </summary>
internal sealed partial class SheetBuilder
{
    private const double MinWidth = 6;
    private const double MaxWidth = 60;
    private const double LineHeight = 14.5;

    // One width unit holds a digit of the default font: short labels (capitals, digits) fill about one unit
    // per character, running French prose about 0.8 (measured on rendered pages); a little pessimistic.
    private const double ProseCharactersPerUnit = 1.2;

    private readonly AnnexBook _book;
    private readonly Dictionary<int, double> _needed = [];
    private readonly List<(int Row, int Column, string Text, double CharactersPerUnit)> _wrapped = [];
    private readonly List<(int Row, int FirstColumn, int LastColumn, string Text, bool Bold)> _paragraphs = [];
    private int? _freezeRow;
    private int _freezeColumn;
    private int? _repeatRow;
    private readonly List<int> _repeatCandidates = [];
    private string _title = string.Empty;
    private readonly List<int> _sections = [];
    private readonly List<(int First, int Last)> _grids = [];
    private int _chartBottom;

    public SheetBuilder(AnnexBook book, ExcelWorksheet sheet)
    {
        _book = book;
        Sheet = sheet;
        Sheet.View.ShowGridLines = false;
    }

    public ExcelWorksheet Sheet { get; }

    /// <summary>The next row to write.</summary>
    public int Row { get; set; } = 1;

    /// <summary>Title (row 1), subtitle (row 2), a blank row.</summary>
    public void Title(string title, string subtitle)
    {
        _title = title;
        var t = Sheet.Cells[1, 1];
        t.Value = title;
        t.Style.Font.Bold = true;
        t.Style.Font.Size = 14;
        t.Style.Font.Color.SetColor(AnnexStyle.SectionText);
        var s = Sheet.Cells[2, 1];
        s.Value = subtitle;
        s.Style.Font.Italic = true;
        s.Style.Font.Color.SetColor(AnnexStyle.NoteText);
        Row = 4;
    }

    /// <summary>A section heading.</summary>
    public void Section(string text)
    {
        BelowCharts();
        _sections.Add(Row);
        var c = Sheet.Cells[Row, 1];
        c.Value = text;
        c.Style.Font.Bold = true;
        c.Style.Font.Size = 12;
        c.Style.Font.Color.SetColor(AnnexStyle.SectionText);
        Row++;
    }

    /// <summary>A footnote or remark in small grey italics, on one line.</summary>
    /// <summary>A warning the reader must not miss (a period without data): bold, dark orange, wrapped over the table's width.</summary>
    public void Warning(string text, int columns = 5)
    {
        var row = Row;
        Wrapped(row, 1, columns, text, bold: true);
        Sheet.Cells[row, 1].Style.Font.Color.SetColor(System.Drawing.Color.FromArgb(0x9C, 0x41, 0x00));
        Row++;
    }

    public void Note(string text)
    {
        BelowCharts();
        var c = Sheet.Cells[Row, 1];
        c.Value = Prose(text);
        c.Style.Font.Italic = true;
        c.Style.Font.Size = 9;
        c.Style.Font.Color.SetColor(AnnexStyle.NoteText);
        Row++;
    }

    /// <summary>A sentence or two spread over the first <paramref name="columns"/> columns, wrapped.</summary>
    public void Paragraph(string text, int columns)
    {
        BelowCharts();
        Wrapped(Row++, 1, columns, text);
    }

    /// <summary>What follows a chart starts below it: a footnote is never hidden under a chart.</summary>
    private void BelowCharts()
    {
        if (Row <= _chartBottom) Row = _chartBottom + 1;
    }

    /// <summary>Prose keeps its numbers whole: the thousands separator of « 1 526 amis » never breaks a line.</summary>
    internal static string Prose(string text) => ThousandsSpace().Replace(text, "\u00A0");

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\d) (?=\d{3}(?!\d))")]
    private static partial System.Text.RegularExpressions.Regex ThousandsSpace();

    /// <summary>Text wrapped over merged cells (it does not widen a column; its row grows to show it all).</summary>
    public void Wrapped(int row, int firstColumn, int lastColumn, string text, bool bold = false)
    {
        text = Prose(text);
        Sheet.Cells[row, firstColumn].Value = text; // the first cell only: a merged range keeps one value
        var range = Sheet.Cells[row, firstColumn, row, lastColumn];
        range.Merge = true;
        range.Style.WrapText = true;
        range.Style.VerticalAlignment = ExcelVerticalAlignment.Top;
        if (bold) range.Style.Font.Bold = true;
        _paragraphs.Add((row, firstColumn, lastColumn, text, bold));
    }

    public void Skip(int rows = 1) => Row += rows;

    /// <summary>A header row at <see cref="Row"/> from <paramref name="column"/>; returns its row and moves on.</summary>
    public int Header(int column, params string[] headers)
    {
        var row = Row;
        for (var i = 0; i < headers.Length; i++)
        {
            var c = Sheet.Cells[row, column + i];
            c.Value = headers[i];
            var words = headers[i].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var longestWord = words.Length == 0 ? 0 : words.Max(w => w.Length);
            Need(column + i, Math.Max(longestWord + 1, Math.Ceiling(headers[i].Length / 3.0)));
            _wrapped.Add((row, column + i, headers[i], 1.05));
        }
        var range = Sheet.Cells[row, column, row, column + headers.Length - 1];
        range.Style.Font.Bold = true;
        range.Style.Font.Color.SetColor(AnnexStyle.HeaderText);
        range.Style.Fill.PatternType = ExcelFillStyle.Solid;
        range.Style.Fill.BackgroundColor.SetColor(AnnexStyle.HeaderFill);
        range.Style.WrapText = true;
        range.Style.VerticalAlignment = ExcelVerticalAlignment.Center;
        for (var i = 1; i < headers.Length; i++) Sheet.Cells[row, column + i].Style.HorizontalAlignment = ExcelHorizontalAlignment.Center;
        Row++;
        return row;
    }

    /// <summary>Text as a value (a leading '=' stays text); with <paramref name="wrap"/>, long text wraps in its column.</summary>
    public void Text(int row, int column, string? text, bool wrap = false, bool bold = false)
    {
        var c = Sheet.Cells[row, column];
        c.Value = text;
        if (bold) c.Style.Font.Bold = true;
        if (text is null) return;
        if (wrap)
        {
            c.Style.WrapText = true;
            c.Style.VerticalAlignment = ExcelVerticalAlignment.Top;
            _wrapped.Add((row, column, text, ProseCharactersPerUnit));
            Need(column, Math.Min(text.Length, 50));
        }
        else
        {
            Need(column, text.Length);
        }
    }

    /// <summary>A row label over several merged cells (a total row): it does not widen the first column.</summary>
    public void Label(int row, int firstColumn, int lastColumn, string text)
    {
        Sheet.Cells[row, firstColumn].Value = text;
        var range = Sheet.Cells[row, firstColumn, row, lastColumn];
        range.Merge = true;
        range.Style.Font.Bold = true;
    }

    /// <summary>A number with its display format; null writes the secrecy mark <c>s</c>.</summary>
    /// <summary>The value of an indicator: « s » when secret, « – » when a rate or an average has nothing to divide.</summary>
    public void Figure(int row, int column, Reporting.Indicators.Definitions.IndicatorSet set, Reporting.Indicators.Definitions.IndicatorDefinition definition)
    {
        if (set.NothingToDivide(definition)) Dash(row, column);
        else Number(row, column, set.Value(definition), AnnexStyle.FormatOf(definition.Kind));
    }

    /// <summary>The share of a part in a whole: « s » when either is secret (null), « – » when the whole is 0.</summary>
    public void Share(int row, int column, decimal? part, decimal? whole)
    {
        if (part is not decimal p || whole is not decimal w) Number(row, column, null, AnnexStyle.Percent);
        else if (Reporting.Indicators.Definitions.IndicatorCatalog.Share(p, w) is decimal share) Number(row, column, share, AnnexStyle.Percent);
        else Dash(row, column);
    }

    /// <summary>« – »: nothing to divide (no month expected, nobody in the population, no answer).</summary>
    public void Dash(int row, int column)
    {
        var c = Sheet.Cells[row, column];
        c.Value = Console.IndicatorDisplay.NothingToDivide;
        c.Style.HorizontalAlignment = ExcelHorizontalAlignment.Right;
        Need(column, 1);
    }

    public void Number(int row, int column, decimal? value, string format)
    {
        var c = Sheet.Cells[row, column];
        if (value is not decimal v)
        {
            c.Value = "s";
            c.Style.HorizontalAlignment = ExcelHorizontalAlignment.Right;
            Need(column, 1);
            return;
        }
        c.Value = (double)v;
        c.Style.Numberformat.Format = format;
        Need(column, Shown(v, format).Length);
    }

    public void Date(int row, int column, DateOnly date)
    {
        var c = Sheet.Cells[row, column];
        c.Value = date.ToDateTime(TimeOnly.MinValue);
        c.Style.Numberformat.Format = AnnexStyle.Date;
        c.Style.HorizontalAlignment = ExcelHorizontalAlignment.Center;
        Need(column, 10);
    }

    /// <summary>A total or highlighted row: bold on a light fill.</summary>
    public void Emphasize(int row, int firstColumn, int lastColumn)
    {
        var range = Sheet.Cells[row, firstColumn, row, lastColumn];
        range.Style.Font.Bold = true;
        range.Style.Fill.PatternType = ExcelFillStyle.Solid;
        range.Style.Fill.BackgroundColor.SetColor(AnnexStyle.TotalFill);
    }

    /// <summary>A cell that calls for attention (a month not sent).</summary>
    public void Warn(int row, int column)
    {
        var c = Sheet.Cells[row, column];
        c.Style.Fill.PatternType = ExcelFillStyle.Solid;
        c.Style.Fill.BackgroundColor.SetColor(AnnexStyle.WarningFill);
        c.Style.Font.Color.SetColor(AnnexStyle.WarningText);
    }

    /// <summary>Thin grey borders around every cell of a block, and light bands on every other row.</summary>
    public void Grid(int firstRow, int firstColumn, int lastRow, int lastColumn, bool bands = true)
    {
        if (lastRow < firstRow) return;
        _grids.Add((firstRow, lastRow));
        var range = Sheet.Cells[firstRow, firstColumn, lastRow, lastColumn];
        if (lastRow > firstRow) Sheet.Cells[firstRow + 1, firstColumn, lastRow, lastColumn].Style.VerticalAlignment = ExcelVerticalAlignment.Top;
        foreach (var border in new[] { range.Style.Border.Top, range.Style.Border.Bottom, range.Style.Border.Left, range.Style.Border.Right })
        {
            border.Style = ExcelBorderStyle.Thin;
            border.Color.SetColor(AnnexStyle.Border);
        }
        if (!bands) return;
        for (var r = firstRow + 1; r <= lastRow; r += 2)
        {
            var band = Sheet.Cells[r, firstColumn, r, lastColumn];
            band.Style.Fill.PatternType = ExcelFillStyle.Solid;
            band.Style.Fill.BackgroundColor.SetColor(AnnexStyle.BandFill);
        }
    }

    /// <summary>
    /// An Excel table over a header row and its data rows (filter buttons when <paramref name="filter"/>),
    /// with the annex's own styling (spreadsheet programs that ignore table styles show the same).
    /// No table without data rows: Excel cannot hold an empty one.
    /// </summary>
    public void Table(string nameHint, int headerRow, int lastRow, int firstColumn, int lastColumn, bool filter = true)
    {
        Grid(headerRow, firstColumn, lastRow, lastColumn);
        if (lastRow <= headerRow) return;
        var table = Sheet.Tables.Add(new ExcelAddressBase(headerRow, firstColumn, lastRow, lastColumn), _book.TableName(nameHint));
        table.TableStyle = TableStyles.None;
        table.ShowHeader = true;
        table.ShowFilter = filter;
        table.ShowRowStripes = false;
    }

    /// <summary>Keeps the rows down to <paramref name="headerRow"/> (and the first columns) in view while scrolling.</summary>
    public void FreezeBelow(int headerRow, int columns = 0)
    {
        _freezeRow ??= headerRow;
        _freezeColumn = columns;
    }

    /// <summary>Prints <paramref name="headerRow"/> at the top of every page.</summary>
    public void RepeatOnEachPage(int headerRow) => _repeatCandidates.Add(headerRow);

    /// <summary>
    /// A native bar chart anchored at (<paramref name="row"/>, <paramref name="column"/>): one bar per
    /// category, one series per value range, values shown on the bars in <paramref name="labelFormat"/>.
    /// </summary>
    public void BarChart(string name, string title, ExcelRange categories, IReadOnlyList<(ExcelRange Values, string Header)> series,
        bool horizontal, string axisFormat, string labelFormat, int row, int column, int widthPx, int heightPx)
    {
        var chart = (ExcelBarChart)Sheet.Drawings.AddChart(name, horizontal ? eChartType.BarClustered : eChartType.ColumnClustered);
        chart.Title.Text = title;
        chart.Title.Font.Size = 12;
        chart.Title.Font.Bold = true;
        chart.SetPosition(row - 1, 0, column - 1, 0);
        chart.SetSize(widthPx, heightPx);
        _chartBottom = Math.Max(_chartBottom, row - 1 + (int)Math.Ceiling(heightPx / DefaultRowPixels));
        foreach (var (values, header) in series)
        {
            var serie = chart.Series.Add(values, categories);
            serie.Header = header;
        }
        chart.DataLabel.ShowValue = true;
        chart.DataLabel.ShowCategory = false;
        chart.DataLabel.ShowSeriesName = false;
        chart.DataLabel.Font.Size = 8;
        chart.YAxis.Format = axisFormat;
        chart.YAxis.MinValue = 0;
        chart.GapWidth = 60;
        if (horizontal) chart.XAxis.Orientation = eAxisOrientation.MaxMin;
        if (series.Count == 1) chart.Legend.Remove();
        else chart.Legend.Position = eLegendPosition.Bottom;
        ChartXml.Complete(chart.ChartXml, labelFormat);
    }

    /// <summary>Column widths, wrapped row heights, frozen panes and print setup, once every cell is written.</summary>
    internal void Finish()
    {
        foreach (var (column, chars) in _needed)
            Sheet.Column(column).Width = Math.Clamp(chars * 1.1 + 2, MinWidth, MaxWidth);

        var heights = new Dictionary<int, int>();
        foreach (var (row, column, text, perUnit) in _wrapped)
            heights[row] = Math.Max(heights.GetValueOrDefault(row, 1), Lines(text, Sheet.Column(column).Width, perUnit));
        foreach (var (row, first, last, text, bold) in _paragraphs)
        {
            var width = Enumerable.Range(first, last - first + 1).Sum(c => _needed.ContainsKey(c) ? Sheet.Column(c).Width : 9.14);
            // Bold prose is wider: about one character per width unit (a long question title never spills onto the next row).
            heights[row] = Math.Max(heights.GetValueOrDefault(row, 1), Lines(text, width, bold ? 0.95 : ProseCharactersPerUnit));
        }
        foreach (var (row, lines) in heights)
            if (lines > 1) Sheet.Row(row).Height = lines * LineHeight + 3;
        // Every row gets its height written: spreadsheets disagree on the default one (15 pt in Excel, about 12.8 in
        // LibreOffice), and page breaks are computed from these heights.
        var bottom = Math.Max(Row, Sheet.Dimension?.End.Row ?? 0);
        for (var row = 1; row <= bottom; row++)
            if (!heights.TryGetValue(row, out var l) || l <= 1) Sheet.Row(row).Height = row == 1 && _title.Length > 0 ? 20 : DefaultRowPoints;

        if (_freezeRow is int f) Sheet.View.FreezePanes(f + 1, _freezeColumn + 1);

        var print = Reporting.Outputs.Excel.PrintSetup.Page(Sheet, landscape: true);
        // A header repeats on the following pages only when its table runs to the end of the sheet: above another
        // table (« Indicateur | Juin 2019 » over « Label »), a repeated header would mislabel it.
        _repeatRow = _repeatCandidates.Cast<int?>().FirstOrDefault(c => !_grids.Any(g => g.First > EndOfTable(c!.Value) + 1));
        if (_repeatRow is int r) print.RepeatRows = new ExcelAddress($"${r}:${r}");
        KeepSectionsWhole(print);
        Sheet.HeaderFooter.OddHeader.LeftAlignedText = Escape(_book.Title);
        Sheet.HeaderFooter.OddHeader.RightAlignedText = Escape(_title.Length > 0 && _title != _book.Title ? Sheet.Name : string.Empty);
        Sheet.HeaderFooter.OddFooter.LeftAlignedText = Escape($"Édité le {FrenchFormat.Date(_book.Clock.GetLocalNow().DateTime)}");
        Sheet.HeaderFooter.OddFooter.RightAlignedText = $"Page {ExcelHeaderFooter.PageNumber} / {ExcelHeaderFooter.NumberOfPages}";
    }

    private const double DefaultRowPixels = 20; // 15 points
    private const double DefaultRowPoints = 15;

    /// <summary>The last row of the table headed at <paramref name="headerRow"/>, with the grids that continue it (a total row).</summary>
    private int EndOfTable(int headerRow)
    {
        var end = _grids.Where(g => g.First == headerRow).Select(g => g.Last).DefaultIfEmpty(headerRow).Max();
        for (var next = _grids.Where(g => g.First == end + 1).ToList(); next.Count > 0; next = _grids.Where(g => g.First == end + 1).ToList())
            end = next.Max(g => g.Last);
        return end;
    }

    private double RowPoints(int row) => Sheet.Row(row).Height is var h && h > 0 ? h : DefaultRowPoints;


    /// <summary>
    /// A section title is never left alone at the bottom of a page: when a title and the start of its table (its
    /// header and a few rows, or the whole table when it is short) would cross a page boundary, a page break goes
    /// before the title. Pages are measured as printed: A4 landscape, margins, the sheet scaled to fit the width.
    /// </summary>
    private void KeepSectionsWhole(ExcelPrinterSettings print)
    {
        if (_sections.Count == 0) return;
        var lastRow = Math.Max(Row, _grids.Select(g => g.Last).DefaultIfEmpty(0).Max());
        var lastColumn = Math.Max(1, Sheet.Dimension?.End.Column ?? 1);
        var widthPoints = Enumerable.Range(1, lastColumn).Sum(c => (Sheet.Column(c).Width * 7 + 5) * 0.75);
        const double printableWidth = (842 - 72) * 1.0;   // A4 landscape, 0.5 in left and right
        const double printableHeight = 595 - 108 - 12;    // 0.75 in top and bottom (the page header and footer lie in the margins), a little room
        var scale = Math.Min(1.0, printableWidth / Math.Max(1, widthPoints));
        var page = printableHeight / scale;
        var repeated = print.RepeatRows is null || _repeatRow is not int r ? 0 : RowPoints(r);

        var used = 0.0;
        var sections = _sections.ToHashSet();
        for (var row = 1; row <= lastRow; row++)
        {
            if (sections.Contains(row) && used > 0)
            {
                var next = _grids.Where(g => g.First > row).OrderBy(g => g.First).FirstOrDefault();
                var nextSection = _sections.Where(s => s > row).DefaultIfEmpty(int.MaxValue).Min();
                var end = next.First > 0 && next.First < nextSection ? Math.Min(next.Last, next.First + 4) : row + 1;
                var block = Enumerable.Range(row, end - row + 1).Sum(RowPoints);
                if (used + block > page && block <= page)
                {
                    Sheet.Row(row - 1).PageBreak = true;
                    used = repeated;
                }
            }
            used += RowPoints(row);
            if (used > page) used = repeated + RowPoints(row);
        }
    }

    private void Need(int column, double chars) => _needed[column] = Math.Max(_needed.GetValueOrDefault(column), chars);

    /// <summary>How many lines a text takes once wrapped at a column width (greedy, by words; a little pessimistic).</summary>
    internal static int Lines(string text, double width, double charactersPerUnit = 1.05)
    {
        var capacity = Math.Max(1, (int)Math.Floor((width - 1) * charactersPerUnit));
        var lines = 0;
        foreach (var paragraph in text.Split('\n'))
        {
            var used = 0;
            lines++;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var length = word.Length;
                if (used > 0 && used + 1 + length > capacity)
                {
                    lines++;
                    used = 0;
                }
                if (used == 0)
                {
                    lines += Math.Max(0, (length - 1) / capacity);
                    used = length % capacity == 0 ? capacity : length % capacity;
                }
                else
                {
                    used += 1 + length;
                }
            }
        }
        return Math.Max(1, lines);
    }

    /// <summary>How a number reads in a French Excel with the given format (for the column width).</summary>
    private static string Shown(decimal value, string format) => format switch
    {
        AnnexStyle.Percent => (value * 100).ToString("0.0", FrenchFormat.Culture) + " %",
        AnnexStyle.Integer => Math.Round(value, 0, MidpointRounding.AwayFromZero).ToString("#,##0", FrenchFormat.Culture),
        _ => value.ToString("#,##0.0", FrenchFormat.Culture),
    };

    /// <summary>'&amp;' starts a code in headers and footers.</summary>
    private static string Escape(string text) => text.Replace("&", "&&", StringComparison.Ordinal);
}

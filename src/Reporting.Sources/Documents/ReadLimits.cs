namespace Reporting.Sources.Documents;

/// <summary>
/// Bounds that keep a hostile file from exhausting memory or time. A tracking workbook weighs a
/// few tens of kilobytes; these limits are three orders of magnitude above any honest input.
/// </summary>
public sealed record ReadLimits
{
    public static readonly ReadLimits Default = new();

    /// <summary>Largest file accepted, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>Largest total uncompressed size of an xlsx package.</summary>
    public long MaxUncompressedBytes { get; init; } = 400L * 1024 * 1024;

    /// <summary>Largest compression ratio of one xlsx part above 1 MiB (zip bombs).</summary>
    public double MaxCompressionRatio { get; init; } = 200;

    /// <summary>Most entries in an xlsx package.</summary>
    public int MaxZipEntries { get; init; } = 2000;

    /// <summary>Most filled rows in one sheet (or CSV file); a sheet with more is refused, never cut short.</summary>
    public int MaxRowsPerSheet { get; init; } = 200_000;

    /// <summary>Longest text of one cell (Excel's own limit); a longer text is rejected, never cut.</summary>
    public int MaxCellChars { get; init; } = Domain.Parsing.CellProblems.MaxCellChars;

    /// <summary>
    /// Memory the shared strings of one workbook may take (estimated: two bytes a character plus about
    /// 32 bytes a string). A workbook past it is refused: with <see cref="ReadingWorkers"/> files read at
    /// once, a run stays well under 1 GB whatever the depot holds.
    /// </summary>
    public long MaxSharedStringsBytes { get; init; } = 128L * 1024 * 1024;

    /// <summary>Files read and validated at once (each within the budgets above); the cores, at most 4.</summary>
    public int ReadingWorkers { get; init; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>
    /// Longest CSV record, in bytes: a record still open beyond it (an unclosed quote) refuses the file.
    /// Well above a record of several cells of <see cref="MaxCellChars"/>, which are then rejected.
    /// </summary>
    public int MaxCsvRecordBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>The French refusal of a sheet or CSV file with more than <see cref="MaxRowsPerSheet"/> filled rows.</summary>
    internal string TooManyRows(string what) =>
        $"{what} : plus de {MaxRowsPerSheet.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))} lignes remplies, au-delà de la limite autorisée.";

    /// <summary>The French refusal of a workbook whose shared strings exceed <see cref="MaxSharedStringsBytes"/>.</summary>
    internal string TooManySharedStrings(int count) =>
        $"Classeur refusé : ses textes partagés dépassent la mémoire autorisée pour un fichier ({MaxSharedStringsBytes / (1024 * 1024)} Mo, atteinte après {count.ToString("N0", System.Globalization.CultureInfo.GetCultureInfo("fr-FR"))} textes). " +
        "Enregistrez-le sans les lignes ou colonnes inutiles, ou découpez-le en plusieurs fichiers.";
}

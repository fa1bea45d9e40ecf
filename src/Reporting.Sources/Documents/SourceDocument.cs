namespace Reporting.Sources.Documents;

/// <summary>Opens a file by what its bytes are (never by its name): an xlsx package or a text (CSV) file.</summary>
public static class SourceDocument
{
    private const long Megabyte = 1024 * 1024;

    public static ISourceDocument Open(string path, ReadLimits? limits = null)
    {
        limits ??= ReadLimits.Default;
        var info = new FileInfo(path);
        if (!info.Exists) throw new SourceUnreadableException("Fichier introuvable.");
        if (info.Length == 0) throw new SourceUnreadableException("Fichier vide.");
        if (info.Length > limits.MaxFileBytes)
            // Megabytes rounded up: a file just over the limit must not read "100 Mo dépasse … 100 Mo".
            throw new SourceUnreadableException($"Fichier refusé : {(info.Length + Megabyte - 1) / Megabyte} Mo dépasse la taille maximale de {limits.MaxFileBytes / Megabyte} Mo.");
        var head = new byte[8];
        int n;
        using (var s = File.OpenRead(path)) n = s.Read(head, 0, head.Length);
        if (n >= 4 && head[0] == 0x50 && head[1] == 0x4B && head[2] == 0x03 && head[3] == 0x04)
            return XlsxDocument.Open(path, limits);
        if (n >= 8 && head[0] == 0xD0 && head[1] == 0xCF && head[2] == 0x11 && head[3] == 0xE0)
            throw new SourceUnreadableException("Classeur au format Excel 97-2003 (.xls) ou protégé par mot de passe : enregistrez-le au format .xlsx, sans mot de passe.");
        if (LooksBinary(path))
            throw new SourceUnreadableException("Format de fichier non reconnu : un classeur .xlsx ou un fichier CSV est attendu.");
        return CsvDocument.Open(path, limits);
    }

    /// <summary>A text file has no NUL byte in its first 8 KiB (UTF-16 files carry a BOM and are allowed).</summary>
    private static bool LooksBinary(string path)
    {
        var buffer = new byte[8192];
        int n;
        using (var s = File.OpenRead(path)) n = s.Read(buffer, 0, buffer.Length);
        if (n >= 2 && ((buffer[0] == 0xFF && buffer[1] == 0xFE) || (buffer[0] == 0xFE && buffer[1] == 0xFF))) return false;
        for (var i = 0; i < n; i++)
            if (buffer[i] == 0) return true;
        return false;
    }
}

using System.Globalization;
using System.Text;
using Reporting.Domain.Text;

namespace Reporting.Pipeline.Ingestion;

/// <summary>
/// Keeps every file that was read: processed files move to the archive, unreadable ones to the
/// quarantine with a <c>.erreur.txt</c> beside them. Nothing is ever deleted; a name already taken
/// gets a " (2)" suffix.
/// </summary>
public sealed class FileStore(IngestOptions options, TimeProvider clock)
{
    private string Today => clock.GetLocalNow().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Where a file will be archived (the folder tree of the depot is kept).</summary>
    public string ArchivePathFor(string file) => FreePath(Path.Combine(options.ArchiveRoot, Today, Relative(file)));

    public string Move(string file, string destination)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        destination = FreePath(destination);
        File.Move(file, destination);
        return destination;
    }

    /// <summary>Where a file will be quarantined.</summary>
    public string QuarantinePathFor(string file) => FreePath(Path.Combine(options.QuarantineRoot, Today, Relative(file)));

    /// <summary>Moves a file to its quarantine path and writes the reason beside it.</summary>
    public string Quarantine(string file, string destination, string reason)
    {
        destination = Move(file, destination);
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Fichier : {ControlCharacters.Neutralise(Path.GetFileName(file))}")
            .AppendLine(CultureInfo.InvariantCulture, $"Déposé dans : {ControlCharacters.Neutralise(Path.GetDirectoryName(Path.GetFullPath(file)))}")
            .AppendLine(CultureInfo.InvariantCulture, $"Mis en quarantaine le : {clock.GetLocalNow().ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture)}")
            .AppendLine()
            .AppendLine("Motif :")
            .AppendLine(ControlCharacters.Neutralise(reason))
            .AppendLine()
            .AppendLine("Une fois le problème corrigé, déposez à nouveau le fichier dans le dossier de dépôt.")
            .ToString();
        File.WriteAllText(destination + ".erreur.txt", text, new UTF8Encoding(true));
        return destination;
    }

    private string Relative(string file)
    {
        var relative = Path.GetRelativePath(Path.GetFullPath(options.Depot), Path.GetFullPath(file));
        return relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFileName(file) : relative;
    }

    /// <summary>The path, or the first "name (n).ext" free of both the file and its reason file.</summary>
    private static string FreePath(string path)
    {
        static bool Taken(string p) => File.Exists(p) || File.Exists(p + ".erreur.txt");
        if (!Taken(path)) return path;
        var dir = Path.GetDirectoryName(path)!;
        var name = Path.GetFileNameWithoutExtension(path);
        var ext = Path.GetExtension(path);
        for (var i = 2; ; i++)
        {
            var candidate = Path.Combine(dir, $"{name} ({i}){ext}");
            if (!Taken(candidate)) return candidate;
        }
    }
}

namespace Reporting.Pipeline.Ingestion;

/// <summary>A folder of the run cannot be written: the run is refused before anything is loaded. The message is French and names the folder.</summary>
public sealed class FolderNotWritableException(string message, Exception? inner = null) : IOException(message, inner);

/// <summary>
/// Before a run loads anything: every folder it must write can be written — the depot (and each of its sub-folders
/// that holds a file: a loaded file is removed from it), the archives and the quarantine. A folder is tried for real
/// (a hidden file created and removed), so permissions, ACLs, read-only shares and immutable folders all count.
/// </summary>
public static class FolderCheck
{
    public static void RequireWritable(string depot, IEnumerable<string> depotFolders, string archives, string quarantine)
    {
        foreach (var folder in depotFolders.Prepend(depot).Select(Path.GetFullPath).Distinct(StringComparer.Ordinal))
            Probe(folder, depot, "le dossier de dépôt", create: false);
        Probe(Path.GetFullPath(archives), depot, "le dossier des archives", create: true);
        Probe(Path.GetFullPath(quarantine), depot, "le dossier de quarantaine", create: true);
    }

    private static void Probe(string folder, string depot, string role, bool create)
    {
        var what = string.Equals(folder, Path.GetFullPath(depot), StringComparison.Ordinal) || create ? role : $"{role} (sous-dossier {Path.GetRelativePath(depot, folder)})";
        try
        {
            if (create) Directory.CreateDirectory(folder);
            var probe = Path.Combine(folder, $".reporting-essai-ecriture-{Guid.NewGuid():N}");
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None)) { }
            File.Delete(probe);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new FolderNotWritableException(
                $"Impossible d'écrire dans {what} : {folder}. Le chargement n'a pas commencé : rien n'a été chargé, les fichiers restent dans le dépôt. " +
                "Donnez au compte qui lance « reporting » le droit d'y créer et d'y supprimer des fichiers (un fichier chargé quitte le dépôt pour les archives), puis relancez.", ex);
        }
    }
}

using System.Globalization;
using System.Security.Cryptography;
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

    /// <summary>
    /// Moves a file out of the depot without ever leaving a partial copy under a real name: the bytes are copied to a
    /// hidden temporary name beside the destination, flushed to the disk, checked (size and SHA-256 equal to what was
    /// read from the source), renamed to the destination, and only then is the source removed. A failure before the
    /// rename removes the temporary copy and leaves the source as it was (<see cref="IOException"/>); so does a source
    /// that cannot be removed after a good copy (the copy is removed: the file is never kept in two places).
    /// </summary>
    public string Move(string file, string destination)
    {
        var folder = Path.GetDirectoryName(destination)!;
        Directory.CreateDirectory(folder);
        destination = FreePath(destination);
        CopyChecked(file, destination);
        try
        {
            File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // One place only: the file stays in the depot, the copy goes, and the next run moves it again.
            File.Delete(destination);
            throw new IOException($"il n'a pas pu être retiré du dépôt ({ex.Message})", ex);
        }
        return destination;
    }

    /// <summary>Copies <paramref name="file"/> to <paramref name="destination"/> (which must be free) through a checked temporary copy.</summary>
    public static void CopyChecked(string file, string destination)
    {
        var temporary = Path.Combine(Path.GetDirectoryName(destination)!, $".{Path.GetFileName(destination)}.{Guid.NewGuid():N}.en-cours");
        try
        {
            byte[] read;
            long size;
            using (var source = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read))
            using (var target = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
            {
                var buffer = new byte[81920];
                int n;
                while ((n = source.Read(buffer, 0, buffer.Length)) > 0)
                {
                    hash.AppendData(buffer, 0, n);
                    target.Write(buffer, 0, n);
                }
                target.Flush(flushToDisk: true);
                size = source.Length;
                read = hash.GetHashAndReset();
            }
            byte[] written;
            using (var copy = File.OpenRead(temporary))
            {
                if (copy.Length != size)
                    throw new IOException($"copie incomplète ({copy.Length} octets écrits sur {size})");
                written = SHA256.HashData(copy);
            }
            if (!written.AsSpan().SequenceEqual(read))
                throw new IOException("la copie ne correspond pas au fichier (empreinte SHA-256 différente)");
            File.Move(temporary, destination);
        }
        catch
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Nothing more to do: a hidden « .en-cours » file is never taken for an archive.
            }
            throw;
        }
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


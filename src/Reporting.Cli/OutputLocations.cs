using System.Text.RegularExpressions;

namespace Reporting.Cli;

/// <summary>
/// Where a command writes (<c>--sortie</c>), checked before any work: an existing file where a folder is expected,
/// a folder where a file is expected, or a place that cannot be created is a French message and exit code 1,
/// never a stack trace. <see cref="Describe"/> also words the file-system errors met later.
/// </summary>
public static partial class OutputLocations
{
    /// <summary>A folder to write into, created when missing.</summary>
    public static string Folder(string value, string option = "--sortie")
    {
        var path = FullPath(value, option);
        if (System.IO.File.Exists(path))
            throw new CliException($"{option} {path} est un fichier existant : un dossier est attendu.");
        Create(path, option);
        return path;
    }

    /// <summary>A file to write, its folder created when missing.</summary>
    public static string File(string value, string option = "--sortie")
    {
        var path = FullPath(value, option);
        if (Directory.Exists(path))
            throw new CliException($"{option} {path} est un dossier existant : un fichier est attendu.");
        var directory = Path.GetDirectoryName(path);
        if (!string.IsNullOrEmpty(directory))
        {
            if (System.IO.File.Exists(directory))
                throw new CliException($"{option} {path} : {directory} est un fichier, pas un dossier.");
            Create(directory, option);
        }
        return path;
    }

    private static string FullPath(string value, string option)
    {
        try
        {
            return Path.GetFullPath(value);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new CliException($"{option} « {value} » n'est pas un chemin utilisable.", ExitCodes.BadArguments);
        }
    }

    private static void Create(string folder, string option)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{option} {folder} : impossible de créer ce dossier ({Reason(ex)}). Choisissez un dossier où vous pouvez écrire.");
        }
    }

    /// <summary>A file-system error in French: what went wrong, and the path .NET named (its messages are English).</summary>
    public static string Describe(Exception ex)
    {
        var path = QuotedPath().Match(ex.Message) is { Success: true } m ? m.Groups[1].Value : null;
        return $"{Reason(ex)}{(path is null ? string.Empty : $" : {path}")}. Vérifiez le chemin et vos droits sur ce dossier.";
    }

    private static string Reason(Exception ex) => ex switch
    {
        UnauthorizedAccessException => "accès refusé",
        FileNotFoundException => "fichier introuvable",
        DirectoryNotFoundException => "dossier introuvable",
        PathTooLongException => "chemin trop long",
        IOException when ex.Message.Contains("already exists", StringComparison.OrdinalIgnoreCase) => "un fichier de ce nom existe déjà",
        IOException when ex.Message.Contains("Read-only file system", StringComparison.OrdinalIgnoreCase) => "système de fichiers en lecture seule",
        IOException when ex.Message.Contains("being used by another process", StringComparison.OrdinalIgnoreCase) => "fichier utilisé par un autre programme",
        _ => "lecture ou écriture impossible",
    };

    [GeneratedRegex("'([^']+)'")]
    private static partial Regex QuotedPath();
}

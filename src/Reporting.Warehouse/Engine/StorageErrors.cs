using System.Data.Common;
using Microsoft.Data.SqlClient;

namespace Reporting.Warehouse.Engine;

/// <summary>
/// Recognises "no room left" wherever it comes from — the file system under the DuckDB warehouse, the archive or
/// the quarantine (.NET <see cref="IOException"/>), DuckDB's own error text, or a SQL Server data or log file that is
/// full — and says it in French. The engines' own messages are English and say nothing a coordinator can act on.
/// </summary>
public static class StorageErrors
{
    // errno values of Linux: ENOSPC (no space left on device), EFBIG (file too large: a file size limit), EDQUOT (quota).
    private const int Enospc = 28, Efbig = 27, Edquot = 122;

    // Windows HRESULTs: ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL.
    private const int HandleDiskFull = unchecked((int)0x80070027), DiskFull = unchecked((int)0x80070070);

    // What DuckDB (and the C library under it) writes when a write fails for want of room.
    private static readonly string[] EngineTexts =
    [
        "No space left on device", "File too large", "Disk quota exceeded", "not enough space on the disk", "disk is full",
    ];

    // SQL Server: 1101/1105 a filegroup is full, 9002 the transaction log is full, 3257 not enough space to create a database.
    private static readonly HashSet<int> SqlServerFull = [1101, 1105, 9002, 3257];

    /// <summary>True when <paramref name="ex"/> (or an exception inside it) says there is no room left to write.</summary>
    public static bool IsFull(Exception? ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SqlException sql when sql.Errors.Cast<SqlError>().Any(x => SqlServerFull.Contains(x.Number)):
                    return true;
                case IOException io when io.HResult is Enospc or Efbig or Edquot or HandleDiskFull or DiskFull:
                    return true;
                // .NET reports EFBIG (a write past the largest file the system allows: the file system's limit or the
                // process's, ulimit -f) as an ArgumentOutOfRangeException thrown by its own file code.
                case ArgumentOutOfRangeException when e.TargetSite?.DeclaringType?.Namespace == "System.IO":
                    return true;
            }
            if ((e is IOException or DbException) && EngineTexts.Any(t => e.Message.Contains(t, StringComparison.OrdinalIgnoreCase)))
                return true;
        }
        return false;
    }

    /// <summary>The French sentence for a full disk under the warehouse (or its data files on SQL Server).</summary>
    public static string FullMessage(WarehouseLocation location) => location.Engine == WarehouseEngine.SqlServer
        ? $"L'entrepôt {location.Display()} n'a plus de place (fichier de données ou journal de la base plein) : " +
          "demandez à l'administrateur de la base d'agrandir ses fichiers, puis relancez la commande."
        : $"Le disque de l'entrepôt {location.Target} est plein (ou la taille de fichier permise est atteinte) : " +
          "libérez de la place, puis relancez la commande.";

    /// <summary>
    /// The French sentence for a command that ran out of room, wherever it was: in the warehouse (a database error)
    /// or where files are written (archive, quarantine, annexes).
    /// </summary>
    public static string Describe(Exception ex) => InWarehouse(ex)
        ? "L'entrepôt n'a plus de place pour écrire (disque plein, taille de fichier permise atteinte, ou fichiers de la base SQL Server pleins) : " +
          "libérez de la place, puis relancez la commande."
        : "Le disque est plein (ou la taille de fichier permise est atteinte) : libérez de la place, puis relancez la commande.";

    /// <summary>The same for <c>charger</c>, which says what became of the files.</summary>
    public static string DescribeLoad(Exception ex) =>
        Describe(ex) + " Rien n'est perdu : un fichier n'est chargé qu'entier et ceux qui ne l'ont pas été restent dans le dépôt ; " +
        "le prochain chargement les reprend.";

    private static bool InWarehouse(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
            if (e is DbException) return true;
        return false;
    }
}

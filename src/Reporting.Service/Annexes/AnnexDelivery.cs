using Microsoft.Extensions.Logging;
using Quartz;
using Reporting.Domain.Periods;
using Reporting.Indicators.Definitions;
using Reporting.Outputs.Annexes;
using Reporting.Warehouse.Engine;
using Reporting.Warehouse.Queries;

namespace Reporting.Service.Annexes;

/// <summary>One delivery written (or mailed again) by a catch-up.</summary>
public sealed record Delivery(string Target, Period Month, string Folder, IReadOnlyList<string> Files, bool Update, string? Mail);

/// <summary>
/// The monthly annexes the service owes, derived each time from the warehouse audit and the delivery folders
/// (never from the scheduler's memory): for every closed month of the catch-up window whose closing run is due
/// (<c>Service:AnnexesMensuelles</c>), every département with data gets its monthly annex and the feedback
/// workbooks of its files with rejections in <c>&lt;Sortie&gt;/&lt;département&gt;/&lt;aaaa-mm&gt;/</c>, and the national
/// comparison goes to <c>&lt;Sortie&gt;/national/&lt;aaaa-mm&gt;/</c> — when they are missing, unfinished, or older than the
/// data they show. Every figure comes from <see cref="AnnexGenerator"/>.
/// </summary>
public sealed class AnnexDelivery(ServiceSettings settings, TimeProvider clock, ILogger<AnnexDelivery> logger, AnnexMailer? mailer = null)
{
    /// <summary>The folder (and mail destination) of the national comparison.</summary>
    public const string National = "national";

    private readonly CronExpression _closing = new(settings.MonthlyCron, clock.LocalTimeZone);

    /// <summary>
    /// Closed months of the window (<c>Service:Rattrapage</c> months before the current one) whose annexes are due:
    /// the monthly schedule has fired at least once since the month closed. Oldest first.
    /// </summary>
    public IReadOnlyList<Period> DueMonths(DateTimeOffset now)
    {
        var local = TimeZoneInfo.ConvertTime(now, clock.LocalTimeZone);
        var current = new DateOnly(local.Year, local.Month, 1);
        var due = new List<Period>();
        for (var back = settings.CatchUpMonths; back >= 1; back--)
        {
            var month = current.AddMonths(-back);
            var closedAt = new DateTimeOffset(month.AddMonths(1).ToDateTime(TimeOnly.MinValue), clock.LocalTimeZone.GetUtcOffset(month.AddMonths(1).ToDateTime(TimeOnly.MinValue)));
            var closingRun = _closing.GetNextValidTimeAfter(closedAt.AddSeconds(-1));
            if (closingRun is not null && closingRun <= now) due.Add(Period.Month(month.Year, month.Month));
        }
        return due;
    }

    /// <summary>Writes every due delivery that is missing or out of date, and mails what was never mailed.</summary>
    public async Task<IReadOnlyList<Delivery>> CatchUpAsync(WarehouseSession session, CancellationToken cancellationToken)
    {
        var deliveries = new List<Delivery>();
        var queries = new ServiceQueries(session);
        var generator = new AnnexGenerator(session, clock);
        foreach (var month in DueMonths(clock.GetUtcNow()))
        {
            var year = month.FirstDay.Year;
            var departements = queries.DepartementsWithData(year);
            if (departements.Count == 0) continue;
            var marks = queries.DataMarks(year - 1, year);
            foreach (var departement in departements)
            {
                if (cancellationToken.IsCancellationRequested) return deliveries;
                var delivery = await DeliverAsync(departement, month, marks.GetValueOrDefault(departement),
                    folder => Write(generator, new Scope(departement, month, null, Population.Actifs), folder), cancellationToken).ConfigureAwait(false);
                if (delivery is not null) deliveries.Add(delivery);
            }
            if (cancellationToken.IsCancellationRequested) return deliveries;
            var national = await DeliverAsync(National, month, marks.Values.DefaultIfEmpty(0).Max(),
                folder => [generator.WriteNational(folder, new Scope(null, month, null, Population.Actifs), settings.SecrecyThreshold)], cancellationToken).ConfigureAwait(false);
            if (national is not null) deliveries.Add(national);
        }
        return deliveries;
    }

    private List<AnnexFile> Write(AnnexGenerator generator, Scope scope, string folder)
    {
        var skipped = new List<string>();
        var files = new List<AnnexFile> { generator.WriteMonthly(folder, scope) };
        files.AddRange(generator.WriteFeedback(folder, scope.Departement!, scope.Period.FirstDay.Year, skipped));
        if (skipped.Count > 0)
            logger.LogWarning("Annexes {Departement} {Mois} : {Nombre} tableau(x) de retour non écrit(s) (copie archivée introuvable ou illisible).",
                scope.Departement, scope.Period.Text, skipped.Count);
        return files;
    }

    /// <summary>
    /// One delivery folder: written when absent, unfinished or older than <paramref name="mark"/>, through a staging
    /// folder so that coordinators never see half of it; the manifest is written last.
    /// </summary>
    private async Task<Delivery?> DeliverAsync(string target, Period month, int mark, Func<string, IReadOnlyList<AnnexFile>> write, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(settings.AnnexRoot, target, month.Text);
        var manifest = DeliveryManifest.Read(folder);
        if (manifest is not null && manifest.DataMark >= mark)
        {
            if (!NeedsMail(target, manifest)) return null;
            var retried = await MailAsync(target, month, folder, manifest, cancellationToken).ConfigureAwait(false);
            manifest.Write(folder);
            return new Delivery(target, month, folder, manifest.Files, manifest.FirstDeliveredAt != manifest.WrittenAt, retried);
        }

        var staging = Path.Combine(settings.AnnexRoot, target, $".en-cours-{month.Text}");
        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        Directory.CreateDirectory(staging);
        var written = write(staging);
        Directory.CreateDirectory(folder);
        var names = written.Select(f => Path.GetFileName(f.Path)).ToList();
        foreach (var name in names) File.Move(Path.Combine(staging, name), Path.Combine(folder, name), overwrite: true);
        foreach (var stale in manifest?.Files.Except(names, StringComparer.Ordinal) ?? [])
            File.Delete(Path.Combine(folder, stale)); // an earlier delivery's own file (a feedback workbook no longer due)
        Directory.Delete(staging, recursive: true);

        var now = clock.GetLocalNow();
        var update = manifest is not null;
        var next = new DeliveryManifest
        {
            Target = target,
            Month = month.Text,
            DataMark = mark,
            FirstDeliveredAt = manifest?.FirstDeliveredAt ?? now,
            WrittenAt = now,
            Files = names,
            MailedAt = manifest?.MailedAt,
        };
        var mail = NeedsMail(target, next) ? await MailAsync(target, month, folder, next, cancellationToken).ConfigureAwait(false) : null;
        next.Write(folder);
        logger.LogInformation("Annexes {Cible} {Mois} {Action} : {Nombre} classeur(s), marque de données {Marque}.",
            target, month.Text, update ? "mises à jour" : "livrées", names.Count, mark);
        return new Delivery(target, month, folder, names, update, mail);
    }

    /// <summary>The first delivery of a destination with recipients is mailed (and retried until it is); updates are not.</summary>
    private bool NeedsMail(string target, DeliveryManifest manifest) =>
        mailer is not null && manifest.MailedAt is null && mailer.RecipientsOf(target).Count > 0;

    private async Task<string> MailAsync(string target, Period month, string folder, DeliveryManifest manifest, CancellationToken cancellationToken)
    {
        var recipients = mailer!.RecipientsOf(target).Count;
        try
        {
            await mailer.SendAsync(target, month.FirstDay, manifest.Files.Select(f => Path.Combine(folder, f)).ToList(), cancellationToken).ConfigureAwait(false);
            manifest.MailedAt = clock.GetLocalNow();
            manifest.MailError = null;
            logger.LogInformation("Annexes {Cible} {Mois} envoyées par courriel à {Nombre} destinataire(s).", target, month.Text, recipients);
            return $"envoyé à {recipients} destinataire{(recipients > 1 ? "s" : string.Empty)}";
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            manifest.MailError = $"Envoi impossible : {ex.Message}";
            logger.LogWarning("Annexes {Cible} {Mois} : courriel non envoyé ({Raison}) ; nouvel essai au prochain passage.", target, month.Text, ex.Message);
            return $"non envoyé ({ex.Message}) ; nouvel essai au prochain passage";
        }
    }
}

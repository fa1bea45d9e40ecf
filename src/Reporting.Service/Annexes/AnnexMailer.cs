using System.Globalization;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Reporting.Service.Annexes;

/// <summary>
/// Sends the annexes of a delivery to the coordinators of a département (<c>Service:Courriel:Destinataires:&lt;code&gt;</c>,
/// or <c>national</c> for the national comparison) through the configured SMTP server (MailKit).
/// </summary>
public sealed class AnnexMailer(MailSettings settings)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>The recipients of a destination (empty: nobody to mail).</summary>
    public IReadOnlyList<string> RecipientsOf(string target) =>
        settings.Recipients.TryGetValue(target, out var recipients) ? recipients : [];

    /// <summary>Sends the files of a delivery; throws on any SMTP, network or address problem.</summary>
    public async Task SendAsync(string target, DateOnly month, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var recipients = RecipientsOf(target);
        var monthText = month.ToString("MMMM yyyy", French);
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.Sender));
        foreach (var address in recipients) message.To.Add(MailboxAddress.Parse(address));
        message.Subject = target == AnnexDelivery.National
            ? $"PdN Reporting : comparaison nationale de {monthText}"
            : $"PdN Reporting : annexes du département {target} pour {monthText}";
        var body = new BodyBuilder
        {
            TextBody = (target == AnnexDelivery.National
                    ? $"Bonjour,\n\nVous trouverez ci-joint la comparaison nationale des Promeneurs du Net pour {monthText}.\n"
                    : $"Bonjour,\n\nVous trouverez ci-joint les annexes des Promeneurs du Net du département {target} pour {monthText} : " +
                      "l'annexe mensuelle et, le cas échéant, les tableaux de suivi à renvoyer aux promeneurs dont des cellules ont été rejetées.\n") +
                "\nCe message est envoyé automatiquement par le service PdN Reporting.\n",
        };
        foreach (var file in files) await body.Attachments.AddAsync(file, cancellationToken).ConfigureAwait(false);
        message.Body = body.ToMessageBody();

        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Host, settings.Port, Security(settings.Security), cancellationToken).ConfigureAwait(false);
        if (settings.User is not null)
            await client.AuthenticateAsync(settings.User, settings.Password ?? string.Empty, cancellationToken).ConfigureAwait(false);
        await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        await client.DisconnectAsync(quit: true, cancellationToken).ConfigureAwait(false);
    }

    private static SecureSocketOptions Security(MailSecurity security) => security switch
    {
        MailSecurity.Aucun => SecureSocketOptions.None,
        MailSecurity.StartTls => SecureSocketOptions.StartTls,
        MailSecurity.Ssl => SecureSocketOptions.SslOnConnect,
        _ => SecureSocketOptions.Auto,
    };
}

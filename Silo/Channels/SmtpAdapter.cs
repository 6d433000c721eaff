using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Philly311.Ops.Silo.Channels;

/// <summary>
/// Email through an SMTP relay (MailKit). The idempotency key is the Message-ID, which relays and list servers use to
/// drop a resend; the relay's 250 is the delivery. 4xx replies and lost connections are temporary, 5xx permanent.
/// </summary>
public sealed class SmtpAdapter : IChannelAdapter
{
    public ProviderKind Kind => ProviderKind.Smtp;

    public async Task<ChannelAnswer> SendAsync(ChannelMessage message, string providerName, ProviderOptions provider, CancellationToken cancellationToken)
    {
        if (message.Exercise && !provider.Sandbox) throw ChannelFailure.ExerciseRefused(providerName);
        var mail = new MimeMessage { Subject = message.Title, MessageId = MessageIdOf(message.IdempotencyKey) };
        mail.From.Add(MailboxAddress.Parse(provider.From));
        mail.To.Add(MailboxAddress.Parse(provider.To));
        mail.Headers.Add("Idempotency-Key", message.IdempotencyKey);
        mail.Headers.Add("Content-Language", message.Language);
        mail.Body = new TextPart("plain") { Text = message.Body };
        using var client = new SmtpClient { Timeout = (int)provider.Timeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(provider.Host, provider.Port, SecureSocketOptions.None, cancellationToken);
            await client.SendAsync(mail, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return ChannelAnswer.Delivered;
        }
        catch (SmtpCommandException ex)
        {
            throw new ChannelFailure($"{providerName} refused ({(int)ex.StatusCode})", temporary: (int)ex.StatusCode < 500, ex);
        }
        catch (Exception ex) when (ex is SmtpProtocolException or ServiceNotConnectedException or IOException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new ChannelFailure($"{providerName} unreachable ({ex.GetType().Name})", temporary: true, ex);
        }
    }

    /// <summary>A Message-ID must look like an address; the key's own characters are kept so the sink can count per key.</summary>
    public static string MessageIdOf(string idempotencyKey) => idempotencyKey.Replace('@', '-') + "@philly311-ops";
}

namespace Philly311.Ops.Silo.Channels;

/// <summary>One provider account. <see cref="Sandbox"/> accounts deliver nowhere real; only they may carry an exercise.</summary>
public sealed class ProviderOptions
{
    public ProviderKind Kind { get; set; } = ProviderKind.Webhook;

    /// <summary>Webhook: the provider's base URL (messages are POSTed to <c>{Url}/messages</c>).</summary>
    public string Url { get; set; } = "";

    /// <summary>Webhook: the HMAC-SHA256 key the provider signs its status callbacks with.</summary>
    public string Secret { get; set; } = "";

    public bool Sandbox { get; set; }

    /// <summary>SMTP: relay host and port, sender and the list address the message goes to.</summary>
    public string Host { get; set; } = "";

    public int Port { get; set; } = 25;

    public string From { get; set; } = "";

    public string To { get; set; } = "";

    /// <summary>Longest one provider call may take before it counts as a temporary failure.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);
}

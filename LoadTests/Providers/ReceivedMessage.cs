namespace Philly311.Ops.LoadTests.Providers;

/// <summary>A message the simulator took (once per idempotency key) and how often that key was sent.</summary>
public sealed class ReceivedMessage(string account, string key, string channel, string language, string title, string body, bool exercise)
{
    public string Account { get; } = account;

    public string Key { get; } = key;

    public string Channel { get; } = channel;

    public string Language { get; } = language;

    public string Title { get; } = title;

    public string Body { get; } = body;

    public bool Exercise { get; } = exercise;

    /// <summary>Sends of this key that reached the simulator and were not refused by a simulated failure (1 = no resend).</summary>
    public int Sends { get; set; } = 1;

    public string? CallbackUrl { get; set; }

    public string? Provider { get; set; }

    public string? DeliveryId { get; set; }
}

using Philly311.Ops.Silo.Normalization;

namespace Philly311.Ops.Silo.Contacts;

/// <summary>
/// The channels a contact reaches the center by. Unlike a request's channel it is required (a queue's figures are
/// per channel) and a value outside the list is refused: a typo counted as "unknown" would hide a channel's surge.
/// </summary>
public static class ContactChannel
{
    private static readonly ChannelSpellings Spellings = new(
        ("phone", "Phone", ["voice", "call"]),
        ("web-chat", "Web chat", ["web chat", "webchat", "chat"]),
        ("social", "Social", ["social media"]),
        ("email", "Email", ["e-mail"]),
        ("sms", "SMS", ["text"]),
        ("walk-in", "Walk-in", ["walk in", "walkin"]));

    public static IReadOnlyList<string> All => Spellings.All;

    public static bool TryResolve(string text, out string channel) => Spellings.TryResolve(text, out channel);

    public static string DisplayName(string channel) => Spellings.DisplayName(channel) ?? channel;
}

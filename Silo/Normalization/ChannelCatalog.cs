namespace Philly311.Ops.Silo.Normalization;

/// <summary>
/// The ways a request reaches 311. Absent means <see cref="Unknown"/>; a value outside the list is
/// refused, because a typo silently counted as "unknown" would hide a channel's surge.
/// </summary>
public static class ChannelCatalog
{
    public const string Unknown = "unknown";

    private static readonly ChannelSpellings Spellings = new(
        ("phone", "Phone", ["call", "telephone", "voice"]),
        ("web", "Web", ["website", "web form", "online", "internet"]),
        ("app", "App", ["mobile", "mobile app", "iphone", "android"]),
        ("social", "Social", ["social media", "twitter", "facebook"]),
        ("email", "Email", ["e-mail"]),
        ("mail", "Mail", ["letter"]),
        ("walk-in", "Walk-in", ["walkin", "walk in", "in person"]),
        (Unknown, "Unknown", []));

    public static IReadOnlyList<string> All => Spellings.All;

    public static bool TryResolve(string? text, out string channel)
    {
        channel = Unknown;
        if (string.IsNullOrWhiteSpace(text)) return true;
        if (Spellings.TryResolve(text, out channel)) return true;
        channel = Unknown;
        return false;
    }

    public static string DisplayName(string channel) => Spellings.DisplayName(channel) ?? "Unknown";
}

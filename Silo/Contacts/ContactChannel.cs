namespace Philly311.Ops.Silo.Contacts;

/// <summary>
/// The channels a contact reaches the center by. Unlike a request's channel it is required (a queue's figures are
/// per channel) and a value outside the list is refused: a typo counted as "unknown" would hide a channel's surge.
/// </summary>
public static class ContactChannel
{
    public static IReadOnlyList<string> All { get; } = ["phone", "web-chat", "social", "email", "sms", "walk-in"];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["phone"] = "phone", ["voice"] = "phone", ["call"] = "phone",
        ["web chat"] = "web-chat", ["web-chat"] = "web-chat", ["webchat"] = "web-chat", ["chat"] = "web-chat",
        ["social"] = "social", ["social media"] = "social",
        ["email"] = "email", ["e-mail"] = "email",
        ["sms"] = "sms", ["text"] = "sms",
        ["walk-in"] = "walk-in", ["walk in"] = "walk-in", ["walkin"] = "walk-in",
    };

    public static bool TryResolve(string text, out string channel)
    {
        channel = "";
        var trimmed = text.Trim();
        // ASCII only: OrdinalIgnoreCase folds "ſ" (long s) to "S", so "ſocial" would pass as "social".
        if (!System.Text.Ascii.IsValid(trimmed) || !Aliases.TryGetValue(trimmed, out var known)) return false;
        channel = known;
        return true;
    }

    public static string DisplayName(string channel) => channel switch
    {
        "phone" => "Phone",
        "web-chat" => "Web chat",
        "social" => "Social",
        "email" => "Email",
        "sms" => "SMS",
        "walk-in" => "Walk-in",
        _ => channel,
    };
}

namespace Philly311.Ops.Silo.Normalization;

/// <summary>
/// The ways a request reaches 311. Absent means <see cref="Unknown"/>; a value outside the list is
/// refused, because a typo silently counted as "unknown" would hide a channel's surge.
/// </summary>
public static class ChannelCatalog
{
    public const string Unknown = "unknown";

    public static IReadOnlyList<string> All { get; } = ["phone", "web", "app", "social", "email", "mail", "walk-in", Unknown];

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["phone"] = "phone", ["call"] = "phone", ["telephone"] = "phone", ["voice"] = "phone",
        ["web"] = "web", ["website"] = "web", ["web form"] = "web", ["online"] = "web", ["internet"] = "web",
        ["app"] = "app", ["mobile"] = "app", ["mobile app"] = "app", ["iphone"] = "app", ["android"] = "app",
        ["social"] = "social", ["social media"] = "social", ["twitter"] = "social", ["facebook"] = "social",
        ["email"] = "email", ["e-mail"] = "email",
        ["mail"] = "mail", ["letter"] = "mail",
        ["walk-in"] = "walk-in", ["walkin"] = "walk-in", ["walk in"] = "walk-in", ["in person"] = "walk-in",
        ["unknown"] = Unknown,
    };

    public static bool TryResolve(string? text, out string channel)
    {
        channel = Unknown;
        if (string.IsNullOrWhiteSpace(text)) return true;
        // ASCII only: OrdinalIgnoreCase folds "ſ" (long s) to "S" and "ı" to "I", so "ſocial" would pass as "social".
        var trimmed = text.Trim();
        if (!System.Text.Ascii.IsValid(trimmed) || !Aliases.TryGetValue(trimmed, out var known)) return false;
        channel = known;
        return true;
    }

    public static string DisplayName(string channel) => channel switch
    {
        "phone" => "Phone",
        "web" => "Web",
        "app" => "App",
        "social" => "Social",
        "email" => "Email",
        "mail" => "Mail",
        "walk-in" => "Walk-in",
        _ => "Unknown",
    };
}

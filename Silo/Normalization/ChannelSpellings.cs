namespace Philly311.Ops.Silo.Normalization;

/// <summary>
/// A closed list of channels, each with its display name and the spellings senders use for it, shared by the request
/// channels (<see cref="ChannelCatalog"/>) and the contact channels (<c>ContactChannel</c>). A spelling is matched
/// trimmed and case-insensitively, ASCII only: OrdinalIgnoreCase folds "ſ" (long s) to "S" and "ı" to "I", so "ſocial"
/// would otherwise pass as "social".
/// </summary>
public sealed class ChannelSpellings
{
    private readonly Dictionary<string, string> _channelOf = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _displayName = new(StringComparer.Ordinal);

    /// <param name="channels">In display order: the channel, its display name, then its other spellings.</param>
    public ChannelSpellings(params (string Channel, string DisplayName, string[] Spellings)[] channels)
    {
        foreach (var (channel, displayName, spellings) in channels)
        {
            _displayName[channel] = displayName;
            foreach (var spelling in spellings.Prepend(channel)) _channelOf[spelling] = channel;
        }
        All = [.. channels.Select(c => c.Channel)];
    }

    public IReadOnlyList<string> All { get; }

    public bool TryResolve(string text, out string channel)
    {
        channel = "";
        var trimmed = text.Trim();
        if (!System.Text.Ascii.IsValid(trimmed) || !_channelOf.TryGetValue(trimmed, out var known)) return false;
        channel = known;
        return true;
    }

    /// <summary>The display name of a listed channel, null for any other text.</summary>
    public string? DisplayName(string channel) => _displayName.GetValueOrDefault(channel);
}

namespace Philly311.Ops.Contracts.Queues;

/// <summary>
/// Keys of the queue grains (and their hub groups): <c>queue:{slug}</c> per queue, rolled up as
/// <c>queues:channel:{channel}</c> per channel and <c>queues</c> for the whole city.
/// </summary>
public static class QueueKeys
{
    public const string City = "queues";
    public const string QueuePrefix = "queue:";
    public const string ChannelPrefix = "queues:channel:";

    public static string Queue(string slug) => QueuePrefix + slug;

    public static string Channel(string channel) => ChannelPrefix + channel;

    public static bool IsQueue(string key) => key.StartsWith(QueuePrefix, StringComparison.Ordinal);

    /// <summary>The slug of a queue key, or the channel of a channel roll-up, or "" for the city.</summary>
    public static string Slug(string key) =>
        IsQueue(key) ? key[QueuePrefix.Length..] : key.StartsWith(ChannelPrefix, StringComparison.Ordinal) ? key[ChannelPrefix.Length..] : "";

    public static bool IsValid(string? key) =>
        key == City || (key is not null && (IsQueue(key) || key.StartsWith(ChannelPrefix, StringComparison.Ordinal)) && SlugOk(Slug(key)));

    private static bool SlugOk(string slug) =>
        slug.Length is > 0 and <= 64 && slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}

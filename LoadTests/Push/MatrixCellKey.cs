namespace Philly311.Ops.LoadTests.Push;

/// <summary>
/// Names a cell of the push matrix the same way from both ends: a frame's (language, channel) and an idempotency key
/// (<c>{push}:{item}@v{n}:{language}:{channel}</c>, or its Message-ID form for email) — lower case, no separators in the channel.
/// </summary>
internal static class MatrixCellKey
{
    public static string Of(string language, string channel) =>
        language.ToLowerInvariant() + ":" + channel.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();

    /// <summary>The cell of an idempotency key or of the Message-ID the SMTP adapter makes of it (<c>…@philly311-ops</c>); null if it is neither.</summary>
    public static string? OfKey(string key)
    {
        var at = key.LastIndexOf("@philly311-ops", StringComparison.Ordinal);
        var parts = (at > 0 ? key[..at] : key).Split(':');
        return parts.Length >= 4 ? Of(parts[^2], parts[^1]) : null;
    }
}

using System.Security.Cryptography;
using System.Text;

namespace Philly311.Ops.Contracts.Naming;

/// <summary>
/// A stable, hub-group-safe key from a name as senders spell it: lower-case ASCII letters and digits joined
/// by '-', "&amp;" read as "and". A name that leaves nothing ASCII (another script) or is too long gets a
/// hash of itself, so it keeps an entry of its own instead of falling into a shared bucket.
/// </summary>
public static class KeySlug
{
    public const int MaxLength = 64;

    /// <summary>The name's words (lower-case ASCII, single spaces); empty when it has none.</summary>
    public static string Words(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            if (raw == '&')
            {
                if (builder.Length > 0) builder.Append(' ');
                builder.Append("and");
                pendingSpace = true;
                continue;
            }
            // Lower-case ASCII only: ToLowerInvariant maps "K" (Kelvin sign) to "k" and "İ" to "i", which would let a
            // non-Latin spelling land on a catalog department's key.
            var c = raw < 128 ? char.ToLowerInvariant(raw) : raw;
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingSpace && builder.Length > 0) builder.Append(' ');
                pendingSpace = false;
                builder.Append(c);
            }
            else
            {
                pendingSpace = true;
            }
        }
        return builder.ToString();
    }

    /// <summary>The key of a name: its words joined by '-', or <paramref name="hashPrefix"/> + a hash of the name.</summary>
    public static string From(string name, string hashPrefix) => Plain(name, hashPrefix) ?? hashPrefix + Hash(name);

    /// <summary>The name's words joined by '-' when that is its key; null when <see cref="From"/> would hash it instead.</summary>
    public static string? Plain(string name, string hashPrefix)
    {
        var slug = Words(name).Replace(' ', '-');
        // A plain name that merely looks like a hashed key ("agency-1a2b3c4d") is hashed too, so it can't take over another's entry.
        return slug.Length is > 0 and <= MaxLength && !slug.StartsWith(hashPrefix, StringComparison.Ordinal) ? slug : null;
    }

    private static string Hash(string name) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name.ToLowerInvariant())))[..8];
}

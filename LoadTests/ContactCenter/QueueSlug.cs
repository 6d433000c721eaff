using System.Text;
using Philly311.Ops.Contracts.Queues;

namespace Philly311.Ops.LoadTests.ContactCenter;

/// <summary>
/// The queue key the silo files a contact's queue name under, for the names it spells out: ASCII words, lower case, joined
/// by '-' ("&amp;" reads "and"), at most 64 characters — the silo's <c>KeySlug</c> rule. A name it would hash instead
/// (no ASCII word, too long, or looking like a hashed key) answers null: queue-to-glass does not guess that key.
/// </summary>
internal static class QueueSlug
{
    private const int MaxLength = 64;
    private const string HashPrefix = "queue-";

    public static string? KeyOf(string name)
    {
        var slug = new StringBuilder(name.Length);
        var gap = false;
        foreach (var raw in name)
        {
            if (raw == '&')
            {
                if (slug.Length > 0) slug.Append('-');
                slug.Append("and");
                gap = true;
                continue;
            }
            var c = raw < 128 ? char.ToLowerInvariant(raw) : raw;
            if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (gap && slug.Length > 0) slug.Append('-');
                gap = false;
                slug.Append(c);
            }
            else
            {
                gap = true;
            }
        }
        var text = slug.ToString();
        return text.Length is > 0 and <= MaxLength && !text.StartsWith(HashPrefix, StringComparison.Ordinal) ? QueueKeys.Queue(text) : null;
    }
}

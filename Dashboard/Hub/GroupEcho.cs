using System.Globalization;
using System.Text;

namespace Philly311.Ops.Dashboard.Hub;

/// <summary>
/// How a refused group name is written back to the client and into the log: the name is the caller's input, so at most
/// <see cref="MaxShown"/> characters, and every control, format (zero-width, bidi override) or lone surrogate character
/// as <c>\uXXXX</c>. A crafted name can't forge a log line, hide what was sent, or make the refusal as long as itself.
/// </summary>
public static class GroupEcho
{
    public const int MaxShown = 80;

    public static string Of(string group)
    {
        var shown = new StringBuilder(Math.Min(group.Length, MaxShown) + 16);
        var i = 0;
        for (; i < group.Length && shown.Length < MaxShown; i++)
        {
            var c = group[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < group.Length && char.IsLowSurrogate(group[i + 1]);
            if (pair) { shown.Append(c).Append(group[++i]); continue; }
            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
                shown.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else shown.Append(c);
        }
        return i < group.Length ? shown.Append(CultureInfo.InvariantCulture, $"… ({group.Length:N0} characters)").ToString() : shown.ToString();
    }
}

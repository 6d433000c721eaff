using System.Globalization;
using System.Text.RegularExpressions;

namespace Philly311.Ops.Silo.Ingest;

/// <summary>
/// ISO 8601 / RFC 3339 date-times with an offset, and nothing else: <c>2025-02-14T11:00:00-05:00</c>,
/// <c>2025-02-14 00:49:28+00:00</c> (the city's CSV writes a space), fractional seconds, <c>Z</c>.
/// A date alone, a time without an offset, US or day-first orders and month names are refused: each of them
/// was read as some other instant (a bare <c>-14</c> taken for an offset, then the server's own zone).
/// Digits are ASCII only; every component is range-checked by building the value, not by a lenient parser.
/// </summary>
public static partial class IsoTime
{
    public static bool TryParse(string text, out DateTimeOffset value)
    {
        value = default;
        var match = Pattern().Match(text);
        if (!match.Success) return false;
        int N(string group) => int.Parse(match.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

        var offset = TimeSpan.Zero;
        if (match.Groups["sign"].Success)
        {
            var minutes = match.Groups["om"].Success ? N("om") : 0;
            if (N("oh") > 14 || minutes > 59) return false;
            offset = new TimeSpan(N("oh"), minutes, 0);
            if (match.Groups["sign"].ValueSpan[0] == '-') offset = -offset;
            if (offset.Duration() > TimeSpan.FromHours(14)) return false;
        }

        var (year, month, day, hour, minute) = (N("y"), N("mo"), N("d"), N("h"), N("mi"));
        var second = match.Groups["s"].Success ? N("s") : 0;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return false;
        var ticks = 0L;
        if (match.Groups["f"].Success)
        {
            var fraction = match.Groups["f"].Value.PadRight(7, '0')[..7];
            ticks = long.Parse(fraction, NumberStyles.None, CultureInfo.InvariantCulture);
        }
        try
        {
            value = new DateTimeOffset(year, month, day, hour, minute, second, offset).AddTicks(ticks);
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            // The UTC instant falls outside what DateTimeOffset holds (year 1 or 9999 with an offset).
            return false;
        }
    }

    // [0-9], not \d: in .NET \d matches every Unicode decimal digit (Arabic-Indic, fullwidth, ...).
    [GeneratedRegex(@"^(?<y>[0-9]{4})-(?<mo>[0-9]{2})-(?<d>[0-9]{2})[Tt ](?<h>[0-9]{2}):(?<mi>[0-9]{2})(:(?<s>[0-9]{2})([.,](?<f>[0-9]{1,9}))?)?([Zz]|(?<sign>[+-])(?<oh>[0-9]{2})(:?(?<om>[0-9]{2}))?)\z", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

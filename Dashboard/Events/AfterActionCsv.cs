using System.Globalization;
using System.Text;
using Philly311.Ops.Contracts.Push;
using Philly311.Ops.Contracts.Time;

namespace Philly311.Ops.Dashboard.Events;

/// <summary>
/// One CSV for a spreadsheet: the first column says what a row is (<c>timeline</c>, <c>delivery</c>, <c>deflection</c>),
/// times in city time with their offset. A deflection row has requests and calls per 15 minutes from <c>first_quarter</c>. Fields are quoted when they need it (RFC 4180).
/// </summary>
public static class AfterActionCsv
{
    // The deflection columns come last, so a sheet built on the older columns still lines up; every row has every column.
    private static readonly string[] Header =
    [
        "record", "event_id", "at", "who", "what", "detail", "text_versions", "push_id", "delivery_id", "item", "version", "language", "channel",
        "status", "attempts", "reason", "quarters", "hour_before", "hour_after",
        "first_quarter", "request_types", "queues", "contact_quarters", "contact_hour_before", "contact_hour_after", "contact_words",
    ];

    public static string Write(AfterActionReport report)
    {
        var csv = new StringBuilder();
        Row(csv, Header);
        var id = report.Event.Id;
        foreach (var t in report.Event.Timeline)
            Row(csv, "timeline", id, Time(t.At), t.Who, t.What, t.Detail, t.TextVersions ?? "", t.PushId ?? "");
        foreach (var push in report.Pushes)
        {
            foreach (var d in push.Deliveries)
                Row(csv, "delivery", id, Time(d.UpdatedAt), push.Frame.RequestedBy, push.Frame.Exercise ? "EXERCISE delivery" : "delivery", "", "", d.PushId, d.Id, d.ItemId,
                    N(d.ItemVersion), d.Language, d.Channel.ToString(), DeliveryStatusNames.Of(d.Status), N(d.Attempts), d.Reason ?? "");
        }
        foreach (var s in report.Deflection)
            Row(csv, "deflection", id, Time(s.PushedAt), "", s.TopicName, s.Words, "", s.PushId, "", "", "", "", "", "", "", "",
                Quarters(s.PerQuarter), N(s.HourBefore), N(s.HourAfter),
                s.FirstQuarter is { } first ? Time(first) : "", string.Join(' ', s.RequestTypes), string.Join(' ', s.Queues),
                Quarters(s.Contacts.PerQuarter), N(s.Contacts.HourBefore), N(s.Contacts.HourAfter), s.Contacts.Words);
        return csv.ToString();
    }

    private static string Time(DateTimeOffset at) => CityTime.ToLocal(at).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private static string Quarters(long[] quarters) => string.Join(' ', quarters.Select(q => q.ToString(CultureInfo.InvariantCulture)));

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    private static void Row(StringBuilder csv, params string[] fields)
    {
        csv.AppendJoin(',', fields.Concat(Enumerable.Repeat("", Header.Length - fields.Length)).Select(Quote));
        csv.Append("\r\n");
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\r', '\n']) >= 0 || field.StartsWith('=') ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
}

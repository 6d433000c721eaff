using System.Text.Json;

namespace Philly311.Ops.LoadTests.Traffic;

/// <summary>
/// Bodies for the FAQ pushes a later issue adds: the shape is a guess until that contract exists; today it only finds
/// out whether the target has the endpoint (404 → not available). Contacts and agent states come from the contact-center
/// simulator (<see cref="ContactCenter.ContactStream"/>), in the wire shape of issue 8.
/// </summary>
internal static class OptionalBodies
{
    private static readonly string[] Faqs = ["snow-emergency-parking", "trash-collection", "transit", "shelters"];

    public static byte[] Faq(long n) => Write(w =>
    {
        w.WriteString("faq", Faqs[n % Faqs.Length]);
        w.WriteString("language", n % 5 == 0 ? "es" : "en");
        w.WriteString("channel", n % 2 == 0 ? "sms" : "web");
        w.WriteString("exercise", "true");
    });

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream(160);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }
}

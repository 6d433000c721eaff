using System.Text.Json;

namespace Philly311.Ops.LoadTests.Traffic;

/// <summary>
/// Bodies for the traffic kinds later issues add: an ACD contact, an agent state, an FAQ push. The shapes are a guess
/// until those contracts exist; today they only find out whether the target has the endpoint (404 → not available).
/// </summary>
internal static class OptionalBodies
{
    private static readonly string[] Queues = ["general", "sanitation", "streets", "snow"];
    private static readonly string[] AgentStates = ["available", "on_contact", "after_call_work"];
    private static readonly string[] Faqs = ["snow-emergency-parking", "trash-collection", "transit", "shelters"];

    public static byte[] Contact(long n) => Write(w =>
    {
        w.WriteString("contact_id", $"c{n}");
        w.WriteString("queue", Queues[n % Queues.Length]);
        w.WriteString("event", "offered");
        w.WriteString("channel", "phone");
        w.WriteString("at", DateTimeOffset.UtcNow);
    });

    public static byte[] Agent(long n) => Write(w =>
    {
        w.WriteString("agent_id", $"a{n % 60}");
        w.WriteString("state", AgentStates[n % AgentStates.Length]);
        w.WriteString("at", DateTimeOffset.UtcNow);
    });

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

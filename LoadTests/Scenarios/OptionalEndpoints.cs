namespace Philly311.Ops.LoadTests.Scenarios;

/// <summary>Paths of the traffic kinds later issues add (contacts, agent states, FAQ pushes).</summary>
internal sealed record OptionalEndpoints(string Contact, string Agent, string Faq)
{
    public static OptionalEndpoints Default { get; } = new("/api/contacts", "/api/agents/state", "/api/faq/pushes");
}

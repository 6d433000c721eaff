using Microsoft.Extensions.Options;
using Philly311.Ops.Silo.Access;
using Philly311.Ops.Silo.Ingest;
using Philly311.Ops.Silo.Queues;
using StackExchange.Redis;

namespace Philly311.Ops.Silo.Contacts;

public static class ContactExtensions
{
    /// <summary>Contact and agent-state ingest, and the queue figures they feed.</summary>
    public static WebApplicationBuilder AddContacts(this WebApplicationBuilder builder)
    {
        builder.Services.AddContactServices();
        builder.Services.AddHostedService<ContactRetention>();
        builder.Services.AddHostedService<AgentSilenceSweep>();
        return builder;
    }

    /// <summary>What contacts and queues need besides Orleans, Redis and the counters' options (the test cluster calls this too).</summary>
    public static IServiceCollection AddContactServices(this IServiceCollection services)
    {
        services.AddOptions<ContactOptions>().BindConfiguration(ContactOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IngestOptions>();
        services.AddSingleton<ContactValidator>();
        services.AddSingleton<ContactStore>();
        services.AddQueueServices();
        return services;
    }

    /// <summary><c>POST /api/contacts</c>, <c>/api/contacts/bulk</c>, <c>/api/agents/state</c>, <c>/api/agents/state/bulk</c>, behind the ingest API key.</summary>
    public static IEndpointRouteBuilder MapContacts(this IEndpointRouteBuilder app)
    {
        var contacts = app.MapGroup("/api/contacts").AddEndpointFilter<ApiKeyFilter>().RequireRateLimiting(IngestRateLimit.PolicyName);
        contacts.MapPost("", (HttpContext context, ContactValidator validator, ContactStore store, IOptions<IngestOptions> options) =>
            ContactsIngest(validator, store, options).SingleAsync(context));
        contacts.MapPost("/bulk", (HttpContext context, ContactValidator validator, ContactStore store, IOptions<IngestOptions> options, IConnectionMultiplexer redis) =>
            ContactsIngest(validator, store, options).BulkAsync(context, redis));

        var agents = app.MapGroup("/api/agents/state").AddEndpointFilter<ApiKeyFilter>().RequireRateLimiting(IngestRateLimit.PolicyName);
        agents.MapPost("", (HttpContext context, ContactValidator validator, ContactStore store, IOptions<IngestOptions> options) =>
            AgentsIngest(validator, store, options).SingleAsync(context));
        agents.MapPost("/bulk", (HttpContext context, ContactValidator validator, ContactStore store, IOptions<IngestOptions> options, IConnectionMultiplexer redis) =>
            AgentsIngest(validator, store, options).BulkAsync(context, redis));
        return app;
    }

    private static ContactIngest<ContactEvent> ContactsIngest(ContactValidator validator, ContactStore store, IOptions<IngestOptions> options) => new(
        "/api/contacts",
        bytes => validator.TryContact(bytes, out var e, out var error) ? (e, null) : (null, error),
        store.ApplyContactsAsync, e => e.EventId, options.Value);

    private static ContactIngest<AgentStateEvent> AgentsIngest(ContactValidator validator, ContactStore store, IOptions<IngestOptions> options) => new(
        "/api/agents/state",
        bytes => validator.TryAgentState(bytes, out var e, out var error) ? (e, null) : (null, error),
        store.ApplyAgentsAsync, e => e.AgentId, options.Value);
}

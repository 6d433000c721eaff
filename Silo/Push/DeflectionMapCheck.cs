using Microsoft.Extensions.Options;
using Philly311.Ops.Contracts.Queues;
using Philly311.Ops.Silo.Faq;

namespace Philly311.Ops.Silo.Push;

/// <summary>
/// Checks <c>Faq:Queues</c> while the host starts. A slug that can't be a queue is a typo that would leave the calls side of
/// a deflection chart silently empty: the start fails. A mapped topic the library does not declare is only logged — a
/// drill or a load test may load another library (LoadTests' push budget does) and the mapping then simply goes unused.
/// </summary>
internal sealed partial class DeflectionMapCheck(FaqLibrary library, IOptions<FaqOptions> options, ILogger<DeflectionMapCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (BadSlug(options.Value) is { } problem) throw new InvalidOperationException(problem);
        var topics = library.Snapshot.Topics.Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var (section, map) in new[] { ("RequestTypes", options.Value.RequestTypes), ("Queues", options.Value.Queues) })
        {
            foreach (var unknown in map.Keys.Where(k => !topics.Contains(k))) LogUnknownTopic(section, unknown);
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public static string? BadSlug(FaqOptions options)
    {
        foreach (var (topic, slugs) in options.Queues)
        {
            if (slugs.FirstOrDefault(s => !QueueKeys.IsValid(QueueKeys.Queue(s))) is { } bad)
                return $"Faq:Queues:{topic}: '{bad}' is not a queue slug (lowercase letters, digits and '-', at most 64 characters).";
        }
        return null;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Faq:{Section}:{Topic}: the FAQ library declares no such topic; its deflection mapping is unused")]
    private partial void LogUnknownTopic(string section, string topic);
}

namespace Philly311.Ops.Silo.Queues;

/// <summary>Service-level goals per queue (<c>Queues:Default</c>, overridden per slug in <c>Queues:PerQueue:{slug}</c>); roll-ups use the default's.</summary>
public sealed class QueueOptions
{
    public const string Section = "Queues";

    public QueueSettings Default { get; set; } = new();

    public Dictionary<string, QueueSettings> PerQueue { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The settings of a queue slug ("" or a roll-up: the default).</summary>
    public QueueSettings For(string slug) => PerQueue.TryGetValue(slug, out var settings) ? settings : Default;
}

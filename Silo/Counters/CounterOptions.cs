namespace Philly311.Ops.Silo.Counters;

/// <summary>Where the counters live in Redis. A prefix per deployment (or per test) keeps them apart on one server.</summary>
public sealed class CounterOptions
{
    public const string Section = "Counters";

    public string KeyPrefix { get; set; } = "ops:";
}

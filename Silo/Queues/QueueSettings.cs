using System.ComponentModel.DataAnnotations;

namespace Philly311.Ops.Silo.Queues;

/// <summary>One queue's service-level goal and breach thresholds (a value left out of an override is the built-in default below).</summary>
public sealed class QueueSettings
{
    /// <summary>T of "answered within T seconds".</summary>
    [Range(1, 3600)]
    public int AnswerWithinSeconds { get; set; } = 30;

    /// <summary>The share of contacts to answer within T, in percent.</summary>
    [Range(1, 99.9)]
    public double TargetPercent { get; set; } = 80;

    /// <summary>Breach when the service level over this sliding window is under target.</summary>
    [Range(15, 240)]
    public int WindowMinutes { get; set; } = 30;

    /// <summary>Fewer contacts than this in the window say nothing about the service level: no breach on two calls.</summary>
    [Range(1, 10_000)]
    public int MinWindowContacts { get; set; } = 5;

    /// <summary>Breach when someone has waited longer than this.</summary>
    [Range(10, 86_400)]
    public int OldestWaitBreachSeconds { get; set; } = 180;

    /// <summary>Handle time Erlang C assumes before the queue has completed a contact today.</summary>
    [Range(10, 7_200)]
    public int DefaultHandleSeconds { get; set; } = 300;

    public double Target => TargetPercent / 100;
}

using System.Text.RegularExpressions;
using Philly311.Ops.Contracts.Queues;

namespace Philly311.Ops.Contracts.Hub;

/// <summary>Names of the hub groups; the hub refuses any other name.</summary>
public static partial class OpsGroups
{
    public const string HubPath = "/hubs/ops";
    public const string City = "city";
    public const string PushPrefix = "push:";

    public static string Department(string code) => $"dept:{code}";
    public static string Neighborhood(string id) => $"hood:{id}";
    public static string Zip(string zip) => $"zip:{zip}";
    public static string Channel(string channel) => $"channel:{channel}";
    public static string Service(string code) => $"service:{code}";

    /// <summary>A queue figure's group is its grain key: <c>queues</c>, <c>queue:{slug}</c> or <c>queues:channel:{channel}</c>.</summary>
    public static string Queue(string queueKey) => queueKey;

    /// <summary>One push's delivery matrix; a push id is <c>p</c> and 12 lowercase hex digits (<c>PushGrain.NewPushId</c>).</summary>
    public static string Push(string pushId) => PushPrefix + pushId;

    public static bool IsValid(string? group) => group is not null && GroupPattern().IsMatch(group);

    /// <summary>A valid queue group (answers <see cref="QueueFrame"/>s).</summary>
    public static bool IsQueue(string? group) => IsValid(group) && QueueKeys.IsValid(group);

    /// <summary>A valid push group (answers <c>PushFrame</c>s).</summary>
    public static bool IsPush(string? group) => IsValid(group) && group!.StartsWith(PushPrefix, StringComparison.Ordinal);

    /// <summary>The push id of a push group.</summary>
    public static string PushIdOf(string group) => group[PushPrefix.Length..];

    // Keys as the grains spell them and nothing else: "queues:x", "queue:" alone, "queues:channel:a:b" or "push:" with
    // anything but a push id are all refused, so a crafted name can't make this process subscribe to an odd grain.
    // \z, not $: "$" also matches before a final newline, which let "city\n" or "dept:water\n" through.
    [GeneratedRegex(@"^(city|queues|(dept|hood|zip|channel|service|queue|queues:channel):[a-z0-9][a-z0-9-]{0,63}|push:p[0-9a-f]{12})\z")]
    private static partial Regex GroupPattern();
}

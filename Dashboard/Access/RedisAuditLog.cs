using System.Globalization;
using System.Security.Claims;
using Philly311.Ops.Contracts.Access;
using StackExchange.Redis;

namespace Philly311.Ops.Dashboard.Access;

/// <summary>
/// The audit log as a Redis stream (<see cref="AccessOptions.AuditKey"/>): durable with the counters (AOF), shared by
/// every dashboard, capped at about <see cref="MaxEntries"/> entries. Also one log line per entry.
/// </summary>
public sealed partial class RedisAuditLog(IConnectionMultiplexer redis, AccessSettings settings, TimeProvider clock, ILogger<RedisAuditLog> logger) : IAuditLog
{
    public const int MaxEntries = 100_000;
    private const int MaxDetailLength = 2_000;

    public async Task<AuditEntry> RecordAsync(ClaimsPrincipal user, string action, string detail, CancellationToken cancellationToken = default)
    {
        var entry = new AuditEntry(clock.GetUtcNow(), user.Identity?.Name ?? "anonymous", OpsIdentity.RoleOf(user), action,
            detail.Length > MaxDetailLength ? detail[..MaxDetailLength] + "…" : detail);
        await redis.GetDatabase().StreamAddAsync(settings.Current.AuditKey,
        [
            new NameValueEntry("at", entry.At.ToString("O", CultureInfo.InvariantCulture)),
            new NameValueEntry("actor", entry.Actor),
            new NameValueEntry("role", entry.Role),
            new NameValueEntry("action", entry.Action),
            new NameValueEntry("detail", entry.Detail),
        ], maxLength: MaxEntries, useApproximateMaxLength: true).WaitAsync(cancellationToken);
        LogRecorded(entry.Actor, entry.Role, entry.Action, entry.Detail);
        return entry;
    }

    public async Task<IReadOnlyList<AuditEntry>> RecentAsync(int count, CancellationToken cancellationToken = default)
    {
        var entries = await redis.GetDatabase().StreamRangeAsync(settings.Current.AuditKey, "-", "+", count, Order.Descending).WaitAsync(cancellationToken);
        return [.. entries.Select(Read)];
    }

    private static AuditEntry Read(StreamEntry entry)
    {
        string Field(string name) => entry[name].ToString();
        return new AuditEntry(DateTimeOffset.Parse(Field("at"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
            Field("actor"), Field("role"), Field("action"), Field("detail"));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Audit: {Actor} ({Role}) {Action} {Detail}")]
    private partial void LogRecorded(string actor, string role, string action, string detail);
}

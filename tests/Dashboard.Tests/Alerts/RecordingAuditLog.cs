using System.Collections.Concurrent;
using System.Security.Claims;
using Philly311.Ops.Contracts.Access;

namespace Philly311.Ops.Dashboard.Tests.Alerts;

/// <summary>Keeps the page's audit entries in memory (the Redis audit log has its own tests).</summary>
internal sealed class RecordingAuditLog : IAuditLog
{
    public ConcurrentQueue<AuditEntry> Entries { get; } = new();

    public Task<AuditEntry> RecordAsync(ClaimsPrincipal user, string action, string detail, CancellationToken cancellationToken = default)
    {
        var entry = new AuditEntry(DateTimeOffset.UtcNow, user.Identity?.Name ?? "anonymous", "", action, detail);
        Entries.Enqueue(entry);
        return Task.FromResult(entry);
    }

    public Task<IReadOnlyList<AuditEntry>> RecentAsync(int count, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>([.. Entries.Reverse().Take(count)]);
}

using System.Security.Claims;

namespace Philly311.Ops.Contracts.Access;

/// <summary>Who did what, when: written before the action is answered, kept in Redis, read newest first.</summary>
public interface IAuditLog
{
    /// <summary>Records <paramref name="action"/> by <paramref name="user"/> now; answers the entry as stored.</summary>
    Task<AuditEntry> RecordAsync(ClaimsPrincipal user, string action, string detail, CancellationToken cancellationToken = default);

    /// <summary>The latest entries, newest first (at most <paramref name="count"/>).</summary>
    Task<IReadOnlyList<AuditEntry>> RecentAsync(int count, CancellationToken cancellationToken = default);
}

using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Philly311.Ops.Contracts.Access;

namespace Philly311.Ops.Dashboard.Push;

/// <summary>
/// Runs a liaison's action under the signed-in user's name and, once the grain accepted it, writes it to the audit
/// log (who, role, what, when, detail). The event's own timeline records the same name and the text versions sent; the
/// audit log is the cross-event trail a director reviews at <c>/access/audit</c>.
/// </summary>
public sealed class Auditor(IAuditLog log)
{
    public async Task<T> ActAsync<T>(Task<AuthenticationState>? state, string action, string detail, Func<string, Task<T>> act)
    {
        var user = state is null ? new ClaimsPrincipal(new ClaimsIdentity()) : (await state).User;
        var name = user.Identity?.IsAuthenticated == true && !string.IsNullOrEmpty(user.Identity.Name) ? user.Identity.Name : "unknown";
        var result = await act(name);
        await log.RecordAsync(user, action, detail);
        return result;
    }
}

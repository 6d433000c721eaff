using Microsoft.AspNetCore.Components.Authorization;

namespace Philly311.Ops.Dashboard.Push;

/// <summary>Who the audit trail names: the signed-in user when sign-in exists, else "unknown".</summary>
public static class Auditor
{
    public static async Task<string> NameAsync(Task<AuthenticationState>? state)
    {
        if (state is null) return "unknown";
        var user = (await state).User;
        return user.Identity?.IsAuthenticated == true && !string.IsNullOrEmpty(user.Identity.Name) ? user.Identity.Name : "unknown";
    }
}

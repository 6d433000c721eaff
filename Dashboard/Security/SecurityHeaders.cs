using Microsoft.AspNetCore.Components;

namespace Philly311.Ops.Dashboard.Security;

/// <summary>
/// Headers on every dashboard response (pages, static files, the hub's negotiate): set before the endpoint runs, so a
/// page that fails half-way still carries them. The endpoint is already chosen here (routing runs first), which is how
/// the CSP learns the page's import map.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy.For(context.GetEndpoint()?.Metadata.GetMetadata<ImportMapDefinition>());
        headers.XContentTypeOptions = "nosniff";
        // frame-ancestors 'none' says the same to current browsers; this is for those that only know the old header.
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = PermissionsPolicy;
        return next(context);
    }
}

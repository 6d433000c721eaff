using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace Philly311.Ops.Dashboard.Security;

/// <summary>
/// The board's CSP. Scripts only from this origin: blazor.web.js, MudBlazor's js, board-start.js and the reconnect
/// module are files. The one inline script, Blazor's <c>&lt;ImportMap /&gt;</c> (a JSON import map), is allowed by its
/// SHA-256, computed from the same <see cref="ImportMapDefinition"/> the page renders, so it needs no nonce and no
/// change to App.razor. Styles allow 'unsafe-inline': MudBlazor writes style attributes and MudThemeProvider a
/// &lt;style&gt; element. connect-src 'self' covers the circuit's and the hub's WebSocket (same host, ws/wss).
/// </summary>
public static class ContentSecurityPolicy
{
    private const string Fixed =
        "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static readonly ConditionalWeakTable<ImportMapDefinition, string> Hashes = new();

    /// <summary>The header for a response whose page renders <paramref name="importMap"/> (null: none).</summary>
    public static string For(ImportMapDefinition? importMap) =>
        importMap is null
            ? $"script-src 'self'; {Fixed}"
            : $"script-src 'self' '{Hashes.GetValue(importMap, Hash)}'; {Fixed}";

    /// <summary>The CSP source of an inline script: sha256 of its exact text, base64.</summary>
    public static string Hash(ImportMapDefinition importMap) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(importMap.ToString())));
}

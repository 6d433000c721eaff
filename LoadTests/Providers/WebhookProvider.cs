using Microsoft.AspNetCore.Http;
using System.Text.Json;

namespace Philly311.Ops.LoadTests.Providers;

/// <summary>
/// The HTTP side: <c>POST /{account}/messages</c> answers 503 for a simulated failure, else 202 (first time) or 200
/// (a key already taken) after the configured latency, then calls back <c>delivered</c> — again for a duplicate, so a
/// sender that lost the first callback still hears the end. The silo's answers to the callbacks go to the ledger.
/// </summary>
public sealed class WebhookProvider(ProviderSimOptions options, MessageLedger ledger, SignedCallbacks callbacks, CallbackGate gate)
{
    public async Task<IResult> ReceiveAsync(string account, HttpContext http)
    {
        if (!options.Secrets.TryGetValue(account, out var secret)) return Results.NotFound();
        if (options.Latency > TimeSpan.Zero) await Task.Delay(options.Latency);
        if (Random.Shared.NextDouble() < options.FailureRate)
        {
            ledger.CountRefused();
            return Results.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        using var doc = await JsonDocument.ParseAsync(http.Request.Body);
        var root = doc.RootElement;
        var key = http.Request.Headers["Idempotency-Key"].ToString();
        if (key.Length == 0 || key != Text(root, "idempotency_key")) return Results.BadRequest("Idempotency-Key header and idempotency_key must match");
        var (message, first) = ledger.Take(new ReceivedMessage(account, key, Text(root, "channel"), Text(root, "language"), Text(root, "title"),
            Text(root, "body"), root.TryGetProperty("exercise", out var e) && e.GetBoolean())
        {
            CallbackUrl = Text(root, "callback_url"),
            Provider = Text(root, "provider"),
            DeliveryId = Text(root, "delivery_id"),
        });
        _ = CallBackAsync(message, secret);
        return first ? Results.Accepted(value: new { status = "accepted" }) : Results.Ok(new { status = "duplicate" });
    }

    private async Task CallBackAsync(ReceivedMessage message, string secret)
    {
        await Task.Delay(options.CallbackDelay);
        await gate.PassedAsync();
        if (message.CallbackUrl is { Length: > 0 } url
            && await callbacks.SendAsync(message.Key, url, message.Provider ?? "", secret, "delivered", CancellationToken.None) is { } answer)
        {
            ledger.Answered(answer);
        }
    }

    private static string Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";
}

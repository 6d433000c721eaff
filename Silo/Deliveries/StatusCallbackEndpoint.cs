using System.Text.Json;
using Philly311.Ops.Contracts.Push;
using Philly311.Ops.Silo.Channels;
using Philly311.Ops.Silo.Ingest;

namespace Philly311.Ops.Silo.Deliveries;

/// <summary>
/// <c>POST /api/deliveries/{id}/status</c> — a provider's word on one delivery, <c>{"status": "delivered" | "failed_temporary" |
/// "failed_permanent", "reason"?: "..."}</c>, signed (<see cref="CallbackSignature"/>) by the provider named in
/// <c>X-Provider</c>. Unsigned or wrongly signed → 401; a replay or duplicate changes nothing (200 <c>duplicate</c>); a 200 names the push frame <c>sequence</c> that shows the status;
/// a move the state machine forbids → 409. Every refusal is an RFC 7807 body naming the field.
/// </summary>
public static class StatusCallbackEndpoint
{
    public const int MaxBodyBytes = 4 * 1024;

    public static async Task<IResult> HandleAsync(string id, HttpContext http, ChannelRouter router, IGrainFactory grains)
    {
        var request = http.Request;
        if (!IsJson(request.ContentType))
            return IngestProblems.Invalid(new FieldError("Content-Type", "Send application/json."), StatusCodes.Status415UnsupportedMediaType);
        var body = await ReadBodyAsync(request);
        if (body is null)
            return IngestProblems.Invalid(new FieldError("body", $"The body is over {MaxBodyBytes} bytes."), StatusCodes.Status413PayloadTooLarge);
        var providerName = request.Headers[CallbackSignature.ProviderHeader].ToString();
        var provider = providerName.Length == 0 ? null : router.Provider(providerName);
        if (provider is null || !CallbackSignature.Verify(body, provider.Secret, request.Headers[CallbackSignature.Header].FirstOrDefault()))
        {
            return IngestProblems.Invalid(new FieldError(CallbackSignature.Header, providerName.Length == 0
                ? "The X-Provider header is required."
                : "The signature is missing or does not match the body under this provider's secret."), StatusCodes.Status401Unauthorized);
        }
        if (!DeliveryId.TryParse(id, out var pushId, out var delivery))
            return IngestProblems.Invalid(new FieldError("id", $"'{id}' is not a delivery id."), StatusCodes.Status404NotFound);
        if (Parse(body, out var status, out var reason) is { } invalid) return IngestProblems.Invalid(invalid);

        var (outcome, sequence) = await grains.GetGrain<IPushGrain>(pushId).ApplyStatusAsync(delivery, status, reason, providerName);
        return outcome switch
        {
            // sequence: the push frame that shows this status has Sequence ≥ it (how a provider or load test knows it reached the screens).
            CallbackOutcome.Applied => TypedResults.Ok(new { id, result = "applied", status = DeliveryStatusNames.Of(status), sequence }),
            CallbackOutcome.Duplicate => TypedResults.Ok(new { id, result = "duplicate", status = DeliveryStatusNames.Of(status), sequence }),
            CallbackOutcome.Illegal => IngestProblems.Invalid(new FieldError("status", $"Delivery {id} can't move to {DeliveryStatusNames.Of(status)} from where it is; nothing changed."), StatusCodes.Status409Conflict),
            CallbackOutcome.WrongProvider => IngestProblems.Invalid(new FieldError(CallbackSignature.ProviderHeader, $"Delivery {id} was not sent through {providerName}."), StatusCodes.Status403Forbidden),
            _ => IngestProblems.Invalid(new FieldError("id", $"No delivery {id}."), StatusCodes.Status404NotFound),
        };
    }

    private static FieldError? Parse(byte[] body, out DeliveryStatus status, out string? reason)
    {
        status = default;
        reason = null;
        try
        {
            using var doc = JsonDocument.Parse(body, new JsonDocumentOptions { AllowDuplicateProperties = false, MaxDepth = 4 });
            if (doc.RootElement.ValueKind != JsonValueKind.Object) return new FieldError("body", "The body must be a JSON object.");
            if (!doc.RootElement.TryGetProperty("status", out var s) || s.ValueKind != JsonValueKind.String)
                return new FieldError("status", "status is required: delivered, failed_temporary or failed_permanent.");
            if (!DeliveryStatusNames.TryParse(s.GetString(), out status) || status is not (DeliveryStatus.Delivered or DeliveryStatus.FailedTemporary or DeliveryStatus.FailedPermanent))
                return new FieldError("status", $"'{s.GetString()}' is not a status a provider reports (delivered, failed_temporary, failed_permanent).");
            if (doc.RootElement.TryGetProperty("reason", out var r) && r.ValueKind != JsonValueKind.Null)
            {
                if (r.ValueKind != JsonValueKind.String || r.GetString()!.Length > 200) return new FieldError("reason", "reason must be a string of at most 200 characters.");
                reason = "provider: " + r.GetString();
            }
            return null;
        }
        catch (JsonException ex)
        {
            return new FieldError("body", "The body is not valid JSON: " + ex.Message);
        }
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request)
    {
        if (request.ContentLength > MaxBodyBytes) return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    private static bool IsJson(string? contentType)
    {
        if (contentType is null) return false;
        var media = contentType.Split(';')[0].Trim();
        return string.Equals(media, "application/json", StringComparison.OrdinalIgnoreCase)
            && (!contentType.Contains(';') || contentType.Contains("utf-8", StringComparison.OrdinalIgnoreCase) || !contentType.Contains("charset", StringComparison.OrdinalIgnoreCase));
    }
}

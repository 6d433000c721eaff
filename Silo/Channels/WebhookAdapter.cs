using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Philly311.Ops.Silo.Channels;

/// <summary>
/// SMS, app push, social and web banner: one POST to <c>{Url}/messages</c> with an <c>Idempotency-Key</c> header (and the
/// key in the body). 2xx = accepted (the status comes by callback); 408, 429, 5xx, timeouts and refused connections are
/// temporary; any other answer is permanent.
/// </summary>
public sealed class WebhookAdapter(IHttpClientFactory clients) : IChannelAdapter
{
    public const string ClientName = "channels";

    public ProviderKind Kind => ProviderKind.Webhook;

    public async Task<ChannelAnswer> SendAsync(ChannelMessage message, string providerName, ProviderOptions provider, CancellationToken cancellationToken)
    {
        if (message.Exercise && !provider.Sandbox) throw ChannelFailure.ExerciseRefused(providerName);
        using var client = clients.CreateClient(ClientName);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(provider.Timeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, provider.Url.TrimEnd('/') + "/messages")
        {
            Content = JsonContent.Create(new WebhookMessage(message.DeliveryId, message.IdempotencyKey, message.EventId,
                message.Channel.ToString(), message.Language, message.Title, message.Body, message.Exercise,
                message.CallbackUrl.TrimEnd('/') + $"/api/deliveries/{message.DeliveryId}/status", providerName)),
        };
        request.Headers.Add("Idempotency-Key", message.IdempotencyKey);
        try
        {
            using var response = await client.SendAsync(request, timeout.Token);
            if (response.IsSuccessStatusCode) return ChannelAnswer.Accepted;
            var status = (int)response.StatusCode;
            var temporary = response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || status >= 500;
            throw new ChannelFailure($"{providerName} answered {status}", temporary);
        }
        catch (HttpRequestException ex)
        {
            throw new ChannelFailure($"{providerName} unreachable ({ex.HttpRequestError})", temporary: true, ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ChannelFailure($"{providerName} did not answer within {provider.Timeout.TotalSeconds:0.#} s", temporary: true, ex);
        }
    }

    private sealed record WebhookMessage(
        [property: JsonPropertyName("delivery_id")] string DeliveryId,
        [property: JsonPropertyName("idempotency_key")] string IdempotencyKey,
        [property: JsonPropertyName("event_id")] string EventId,
        [property: JsonPropertyName("channel")] string Channel,
        [property: JsonPropertyName("language")] string Language,
        [property: JsonPropertyName("title")] string Title,
        [property: JsonPropertyName("body")] string Body,
        [property: JsonPropertyName("exercise")] bool Exercise,
        [property: JsonPropertyName("callback_url")] string CallbackUrl,
        [property: JsonPropertyName("provider")] string Provider);
}

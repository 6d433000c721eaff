using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Ingest;

namespace Philly311.Ops.LoadTests.Targets;

/// <summary>
/// The one HTTP client of a run: a single <see cref="SocketsHttpHandler"/> with a fixed pool of
/// keep-alive connections, shared by every request (the same settings hit the bare baseline endpoint,
/// so the ratio compares servers, not clients).
/// </summary>
internal sealed class IngestClient : IDisposable
{
    private static readonly MediaTypeHeaderValue JsonType = new("application/json");
    private static readonly MediaTypeHeaderValue NdjsonType = new("application/x-ndjson");

    private readonly HttpClient _http;
    private readonly Uri _single;
    private readonly Uri _bulk;

    public IngestClient(Uri target, string apiKey, int connections, string requestsPath = "/api/requests")
    {
        Target = target;
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            ConnectTimeout = TimeSpan.FromSeconds(5),
            UseCookies = false,
            UseProxy = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        _http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };
        _http.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        _single = new Uri(target, requestsPath);
        _bulk = new Uri(target, requestsPath.TrimEnd('/') + "/bulk");
    }

    public Uri Target { get; }

    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(3));
            using var response = await _http.GetAsync(new Uri(Target, "/healthz"), timeout.Token);
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    public Task<IngestReply> PostAsync(ServiceRequestEvent request, CancellationToken cancellationToken) =>
        PostJsonAsync(_single, JsonSerializer.SerializeToUtf8Bytes(request, WireJson.Default.ServiceRequestEvent), cancellationToken);

    /// <summary>POSTs a JSON body; 404/405 mean the target has no such endpoint (a traffic kind not built yet).</summary>
    public async Task<IngestReply> PostJsonAsync(Uri uri, byte[] body, CancellationToken cancellationToken)
    {
        try
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = JsonType;
            using var response = await _http.PostAsync(uri, content, cancellationToken);
            return await ReadReplyAsync(response, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new IngestReply(IngestStatus.Failed, 0, FailureKind.Of(ex));
        }
    }

    private static async Task<IngestReply> ReadReplyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var code = (int)response.StatusCode;
        if (code is 404 or 405) return new IngestReply(IngestStatus.NotAvailable, 0, $"{code} not available on target");
        if (response.IsSuccessStatusCode)
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var answer = bytes.Length == 0 ? null : TryRead(bytes, WireJson.Default.IngestAnswer);
            return answer?.Result switch
            {
                IngestOutcome.Accepted => new IngestReply(IngestStatus.Accepted, answer.Sequence, null),
                IngestOutcome.Updated => new IngestReply(IngestStatus.Updated, answer.Sequence, null),
                IngestOutcome.Duplicate => new IngestReply(IngestStatus.Duplicate, answer.Sequence, null),
                // A 2xx from an endpoint that is not an ingest (contacts, FAQ pushes, the bare baseline) still acknowledges.
                _ => new IngestReply(code == 200 ? IngestStatus.Duplicate : IngestStatus.Accepted, 0, null),
            };
        }
        if (code is >= 400 and < 500 and not 401 and not 403 and not 408 and not 429)
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var field = TryRead(bytes, WireJson.Default.ProblemBody)?.Field;
            return new IngestReply(IngestStatus.Rejected, 0, field is null ? code.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{code} {field}");
        }
        return new IngestReply(IngestStatus.Failed, 0, code.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>Uploads NDJSON lines and tallies the streamed answer, line by line.</summary>
    public async Task<BulkReply> PostBulkAsync(ReadOnlyMemory<byte> ndjson, int lines, CancellationToken cancellationToken)
    {
        var reply = new BulkReply();
        try
        {
            using var content = new ReadOnlyMemoryContent(ndjson);
            content.Headers.ContentType = NdjsonType;
            using var request = new HttpRequestMessage(HttpMethod.Post, _bulk) { Content = content };
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var code = (int)response.StatusCode;
            reply.HttpStatus = code;
            if (!response.IsSuccessStatusCode)
            {
                reply.RetryAfter = RetryAfter(response.Headers.RetryAfter);
                reply.Failed = lines;
                reply.AddError(code is 404 or 405 ? $"{code} not available on target" : $"bulk {code}", lines);
                return reply;
            }
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            await BulkAnswerReader.TallyAsync(stream, lines, reply, cancellationToken);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            var unanswered = lines - reply.Acknowledged - reply.Rejected;
            reply.Failed = unanswered;
            reply.AddError(FailureKind.Of(ex), unanswered);
        }
        return reply;
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - DateTimeOffset.UtcNow is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    public async Task<BoardSnapshot?> GetSnapshotAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _http.GetAsync(new Uri(Target, "/api/snapshot"), cancellationToken);
            if (!response.IsSuccessStatusCode) return null;
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return TryRead(bytes, WireJson.Default.BoardSnapshot);
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return null;
        }
    }

    /// <summary>A plain GET (wallboard page): true on 2xx.</summary>
    public async Task<int> GetStatusAsync(Uri uri, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await _http.GetAsync(uri, HttpCompletionOption.ResponseContentRead, cancellationToken);
            return (int)response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
    }

    private static T? TryRead<T>(byte[] bytes, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        try { return JsonSerializer.Deserialize(bytes, type); }
        catch (JsonException) { return default; }
    }

    public void Dispose() => _http.Dispose();
}

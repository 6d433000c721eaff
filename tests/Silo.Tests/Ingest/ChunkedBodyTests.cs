using System.Net;
using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Philly311.Ops.Silo.Tests.Infrastructure;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.Silo.Tests.Ingest;

/// <summary>Over real Kestrel: the single-event limit counts the body's bytes, not its chunked framing.</summary>
[Collection(RedisCollection.Name)]
public sealed class ChunkedBodyTests(RedisServer redis) : IAsyncLifetime
{
    private readonly SiloApp _app = new(redis);
    private HttpClient _client = null!;

    [Fact]
    public async Task AValidEventJustUnderTheLimitIsAcceptedChunkedAsWithALength()
    {
        var body = Padded("chunked-1", 65_000);

        using var chunked = await _client.PostAsync("/api/requests", Chunked(body), TestContext.Current.CancellationToken);
        using var sized = await _client.PostAsync("/api/requests", new ByteArrayContent(Padded("sized-1", 65_000)) { Headers = { { "Content-Type", "application/json" } } }, TestContext.Current.CancellationToken);

        chunked.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        sized.StatusCode.ShouldBe(HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task AChunkedEventOverTheLimitIs413()
    {
        using var response = await _client.PostAsync("/api/requests", Chunked(Padded("chunked-2", 70_000)), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    /// <summary>A valid event padded with an ignored field to exactly <paramref name="size"/> bytes.</summary>
    private static byte[] Padded(string id, int size)
    {
        var json = Events.Valid(id).ToJsonString();
        var padding = size - json.Length - ",\"padding\":\"\"".Length;
        return Encoding.UTF8.GetBytes(json[..^1] + ",\"padding\":\"" + new string('p', padding) + "\"}");
    }

    /// <summary>No Content-Length: the client sends the body in small chunks, so framing adds several kilobytes.</summary>
    private static HttpContent Chunked(byte[] body)
    {
        var content = new SmallChunks(body);
        content.Headers.TryAddWithoutValidation("Content-Type", "application/json");
        return content;
    }

    private sealed class SmallChunks(byte[] body) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var i = 0; i < body.Length; i += 100)
            {
                await stream.WriteAsync(body.AsMemory(i, Math.Min(100, body.Length - i)));
                await stream.FlushAsync();
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }

    public ValueTask InitializeAsync()
    {
        _app.UseKestrel(0);
        _app.StartServer();
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        _client = _app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri(address), AllowAutoRedirect = false });
        _client.DefaultRequestHeaders.Add("X-Api-Key", SiloApp.ApiKey);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }
}

using System.Net;
using System.Text.Json.Nodes;
using Philly311.Ops.Contracts.Ingest;
using Philly311.Ops.Silo.Tests.Infrastructure;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.Silo.Tests.Ingest;

[Collection(RedisCollection.Name)]
public sealed class BulkIngestTests(RedisServer redis) : IAsyncLifetime
{
    private readonly SiloApp _app = new(redis);

    [Fact]
    public async Task AnNdjsonUploadIsAnsweredLineByLineWithTotals()
    {
        using var client = _app.CreateIngestClient();
        var body = string.Join('\n',
            Events.Valid("b-1").ToJsonString(),
            Events.Valid("b-2").With("lat", 999).ToJsonString(),
            "",
            "{not json",
            Events.Valid("b-1").ToJsonString(),
            Events.Valid("b-1", status: "closed").With("updated_datetime", "2025-02-14T19:00:00Z").ToJsonString());

        var response = await client.PostBulkAsync(body, "application/x-ndjson");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/x-ndjson");
        var lines = await response.ReadNdjsonAsync();
        lines.Select(l => (l["line"]?.GetValue<int>(), l["result"]!.GetValue<string>())).ShouldBe(
        [
            (1, IngestOutcome.Accepted), (2, IngestOutcome.Rejected), (4, IngestOutcome.Rejected),
            (5, IngestOutcome.Duplicate), (6, IngestOutcome.Updated), (null, "totals"),
        ]);
        lines[1]["field"]!.GetValue<string>().ShouldBe("lat");
        lines[2]["field"]!.GetValue<string>().ShouldBe("body");
        var totals = lines[^1];
        (totals["lines"]!.GetValue<int>(), totals["accepted"]!.GetValue<int>(), totals["updated"]!.GetValue<int>(),
            totals["duplicate"]!.GetValue<int>(), totals["rejected"]!.GetValue<int>()).ShouldBe((5, 1, 1, 1, 2));
        var board = await _app.SnapshotAsync();
        board.City.Received.ShouldBe(1);
        board.City.Closed.ShouldBe(1);
    }

    [Fact]
    public async Task AnOverlongLineIsRefusedAloneAndItsNeighboursAreCounted()
    {
        using var client = _app.CreateIngestClient();
        var huge = Events.Valid("long-1").With("padding", new string('x', 100_000)).ToJsonString();
        var body = string.Join('\n', Events.Valid("long-0").ToJsonString(), huge, Events.Valid("long-2").ToJsonString());

        var lines = await (await client.PostBulkAsync(body, "application/x-ndjson")).ReadNdjsonAsync();

        lines.Select(l => l["result"]!.GetValue<string>()).ShouldBe([IngestOutcome.Accepted, IngestOutcome.Rejected, IngestOutcome.Accepted, "totals"]);
        lines[1]["line"]!.GetValue<int>().ShouldBe(2);
        (await _app.SnapshotAsync()).City.Received.ShouldBe(2);
    }

    [Fact]
    public async Task ManyVersionsOfOneRequestInOneUploadEndWithTheNewest()
    {
        using var client = _app.CreateIngestClient();
        var versions = Enumerable.Range(0, 1500).Select(i =>
            Events.Valid("many-1", status: i % 2 == 0 ? "open" : "closed")
                .With("updated_datetime", new DateTimeOffset(2025, 2, 14, 16, 0, 0, TimeSpan.Zero).AddSeconds(i).ToString("O"))
                .ToJsonString());

        var lines = await (await client.PostBulkAsync(string.Join('\n', versions), "application/x-ndjson")).ReadNdjsonAsync();

        lines[^1]["updated"]!.GetValue<int>().ShouldBe(1499);
        var board = await _app.SnapshotAsync();
        board.City.Received.ShouldBe(1);
        board.City.Closed.ShouldBe(1, "the last version (i = 1499) is closed");
    }

    [Fact]
    public async Task AnOlderVersionLaterInTheSameUploadIsADuplicate()
    {
        using var client = _app.CreateIngestClient();
        var closed = Events.Valid("late-old-1", status: "closed").With("updated_datetime", "2025-02-14T18:00:00+00:00").ToJsonString();
        var open = Events.Valid("late-old-1", status: "open").With("updated_datetime", "2025-02-14T17:00:00+00:00").ToJsonString();

        var lines = await (await client.PostBulkAsync(closed + "\n" + open + "\n" + closed, "application/x-ndjson")).ReadNdjsonAsync();

        lines.Take(3).Select(l => l["result"]!.GetValue<string>()).ShouldBe(["accepted", "duplicate", "duplicate"]);
        var board = await _app.SnapshotAsync();
        board.City.Received.ShouldBe(1);
        board.City.Closed.ShouldBe(1);
        board.City.Open.ShouldBe(0);
    }

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

using System.Net;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Ingest;
using Philly311.Ops.Silo.Tests.Infrastructure;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.Silo.Tests.Ingest;

[Collection(RedisCollection.Name)]
public sealed class SingleEventIngestTests(RedisServer redis) : IAsyncLifetime
{
    private readonly SiloApp _app = new(redis);
    private HttpClient _client = null!;

    public ValueTask InitializeAsync()
    {
        _client = _app.CreateIngestClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task ANewRequestIsAcceptedDurablyAndCountedInEveryDimension()
    {
        var response = await _client.PostEventAsync(Events.Valid("new-1"));

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var answer = await response.ReadAsync<IngestAnswer>();
        answer.Result.ShouldBe(IngestOutcome.Accepted);
        answer.Sequence.ShouldBeGreaterThan(0);
        (await redis.Database.StringGetAsync(new Philly311.Ops.Silo.Counters.CounterKeys(_app.KeyPrefix).Record("new-1"))).HasValue.ShouldBeTrue();
        var board = await _app.SnapshotAsync();
        board.Sequence.ShouldBe(answer.Sequence);
        board.City.Received.ShouldBe(1);
        board.City.Open.ShouldBe(1);
        Find(board.Departments, "streets").Received.ShouldBe(1);
        Find(board.Zipcodes, "19128").Received.ShouldBe(1);
        Find(board.Channels, "phone").Received.ShouldBe(1);
        board.Neighborhoods.Where(n => n.Key != "unknown").Sum(n => n.Received).ShouldBe(1);
    }

    [Fact]
    public async Task ResendingTheSameEventAnswers200AndChangesNothing()
    {
        await _client.PostEventAsync(Events.Valid("dup-1"));
        var before = await _app.SnapshotAsync();

        var again = await _client.PostEventAsync(Events.Valid("dup-1"));

        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.ReadAsync<IngestAnswer>()).Result.ShouldBe(IngestOutcome.Duplicate);
        var after = await _app.SnapshotAsync();
        after.Sequence.ShouldBe(before.Sequence);
        after.City.ShouldBe(before.City);
    }

    [Fact]
    public async Task AnOlderVersionArrivingAfterANewerOneChangesNothing()
    {
        var open = Events.Valid("ooo-1").With("updated_datetime", "2025-02-14T16:00:00+00:00");
        var closed = Events.Valid("ooo-1", status: "closed")
            .With("updated_datetime", "2025-02-14T18:00:00+00:00").With("closed_datetime", "2025-02-14T18:00:00+00:00");
        await _client.PostEventAsync(closed);
        var before = await _app.SnapshotAsync();

        var late = await _client.PostEventAsync(open);

        late.StatusCode.ShouldBe(HttpStatusCode.OK);
        var after = await _app.SnapshotAsync();
        after.City.ShouldBe(before.City);
        after.City.Closed.ShouldBe(before.City.Closed);
    }

    [Fact]
    public async Task OpenThenClosedThenReopenedLeavesOneOpenRequest()
    {
        var before = await _app.SnapshotAsync();
        var open = Events.Valid("reopen-1").With("updated_datetime", "2025-02-14T15:00:00+00:00");
        var closed = Events.Valid("reopen-1", status: "closed").With("updated_datetime", "2025-02-14T16:00:00+00:00")
            .With("closed_datetime", "2025-02-14T16:00:00+00:00");
        var reopened = Events.Valid("reopen-1").With("updated_datetime", "2025-02-14T17:00:00+00:00");

        (await _client.PostEventAsync(open)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await _client.PostEventAsync(closed)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var whileClosed = await _app.SnapshotAsync();
        var answer = await (await _client.PostEventAsync(reopened)).ReadAsync<IngestAnswer>();

        answer.Result.ShouldBe(IngestOutcome.Updated);
        whileClosed.City.Closed.ShouldBe(before.City.Closed + 1);
        var after = await _app.SnapshotAsync();
        after.City.Received.ShouldBe(before.City.Received + 1);
        after.City.Open.ShouldBe(before.City.Open + 1);
        after.City.Closed.ShouldBe(before.City.Closed);
    }

    [Fact]
    public async Task ANewerVersionWithAnotherAgencyMovesTheRequestBetweenDepartments()
    {
        await _client.PostEventAsync(Events.Valid("move-1", agency: "Streets Department"));
        var before = await _app.SnapshotAsync();

        await _client.PostEventAsync(Events.Valid("move-1", agency: "Water Department (PWD)").With("updated_datetime", "2025-02-14T20:00:00+00:00"));

        var after = await _app.SnapshotAsync();
        Find(after.Departments, "streets").Received.ShouldBe(Find(before.Departments, "streets").Received - 1);
        Find(after.Departments, "water").Received.ShouldBe(Find(before.Departments, "water").Received + 1);
        after.City.Received.ShouldBe(before.City.Received);
    }

    [Fact]
    public async Task AnUnknownAgencyGetsItsOwnEntryAndAnEmptyOneIsUnassigned()
    {
        await _client.PostEventAsync(Events.Valid("agency-1", agency: "Department of Silly Walks"));
        await _client.PostEventAsync(Events.Valid("agency-2").Without("agency_responsible"));

        var board = await _app.SnapshotAsync();

        var silly = board.Departments.Single(d => d.Name == "Department of Silly Walks");
        silly.Received.ShouldBe(1);
        Find(board.Departments, "unassigned").Received.ShouldBe(1);
    }

    [Fact]
    public async Task LonIsAcceptedForLongAndAMissingLocationCountsAsUnknown()
    {
        var lon = Events.Valid("geo-1").Without("long").With("lon", -75.22581355).Without("zipcode");
        var nowhere = Events.Valid("geo-2").Without("lat").Without("long").Without("zipcode");
        var before = await _app.SnapshotAsync();

        (await _client.PostEventAsync(lon)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await _client.PostEventAsync(nowhere)).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        var after = await _app.SnapshotAsync();
        Find(after.Zipcodes, "19128").Received.ShouldBe(Find(before.Zipcodes, "19128").Received + 1, "ZIP resolved from lat/lon");
        Find(after.Zipcodes, "unknown").Received.ShouldBe(Find(before.Zipcodes, "unknown").Received + 1);
        Find(after.Neighborhoods, "unknown").Received.ShouldBe(Find(before.Neighborhoods, "unknown").Received + 1);
    }

    [Fact]
    public async Task SumsOverEveryDimensionEqualTheCityTotal()
    {
        for (var i = 0; i < 20; i++)
        {
            var e = Events.Valid($"sum-{i}", status: i % 3 == 0 ? "closed" : "open", agency: i % 2 == 0 ? "Police Department" : "Fire Department");
            if (i % 4 == 0) e = e.Without("lat").Without("long");
            await _client.PostEventAsync(e);
        }

        var board = await _app.SnapshotAsync();

        foreach (var dimension in new[] { board.Departments, board.Neighborhoods, board.Zipcodes, board.Channels })
        {
            dimension.Sum(e => e.Received).ShouldBe(board.City.Received);
            dimension.Sum(e => e.Open).ShouldBe(board.City.Open);
            dimension.Sum(e => e.ClosedToday).ShouldBe(board.City.ClosedToday);
        }
    }

    [Fact]
    public async Task ConcurrentSendersOfTheSameRequestsCountEachOnceAndGetDistinctSequences()
    {
        // 100 requests, each sent three times at once (a retrying client, a second gateway): group commit puts
        // copies of one request into the same script call, and exactly one of them may count.
        var sends = Enumerable.Range(0, 300).Select(i => Events.Valid($"burst-{i % 100}", agency: i % 2 == 0 ? "Police Department" : "Fire Department"))
            .Select(async e =>
            {
                using var response = await _client.PostEventAsync(e);
                return (response.StatusCode, Answer: await response.ReadAsync<IngestAnswer>());
            });

        var answers = await Task.WhenAll(sends);

        var statuses = string.Join(", ", answers.GroupBy(a => a.StatusCode).Select(g => $"{(int)g.Key}×{g.Count()}"));
        answers.Count(a => a.StatusCode == HttpStatusCode.Accepted).ShouldBe(100, statuses);
        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(200);
        answers.Where(a => a.StatusCode == HttpStatusCode.Accepted).Select(a => a.Answer.Id).ShouldBeUnique();
        answers.Where(a => a.StatusCode == HttpStatusCode.Accepted).Select(a => a.Answer.Sequence).ShouldBeUnique();
        var board = await _app.SnapshotAsync();
        board.City.Received.ShouldBe(100);
        board.Sequence.ShouldBe(answers.Max(a => a.Answer.Sequence));
        board.Departments.Sum(d => d.Received).ShouldBe(100);
    }

    private static CounterEntry Find(CounterEntry[] entries, string key) => entries.Single(e => e.Key == key);
}

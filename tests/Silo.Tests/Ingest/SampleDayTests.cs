using System.Net;
using Philly311.Ops.Contracts.Board;
using Philly311.Ops.Contracts.Ingest;
using Philly311.Ops.Silo.Tests.Infrastructure;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.Silo.Tests.Ingest;

/// <summary>The real parade day, through the real bulk API, against counts computed another way.</summary>
[Collection(RedisCollection.Name)]
public sealed class SampleDayTests(RedisServer redis) : IAsyncLifetime
{
    private static readonly SampleDay Day = new(RepoFiles.SampleDayCsv, RepoFiles.GeographyData);
    private readonly SiloApp _app = new(redis);

    [Fact]
    public async Task EveryDepartmentZipAndNeighborhoodCountMatchesAnIndependentCount()
    {
        using var client = _app.CreateIngestClient();

        var response = await client.PostBulkAsync(await File.ReadAllTextAsync(RepoFiles.SampleDayCsv, TestContext.Current.CancellationToken), "text/csv");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var lines = await response.ReadNdjsonAsync();
        lines.Count.ShouldBe(Day.Rows.Count + 1);
        lines[^1]["accepted"]!.GetValue<int>().ShouldBe(510);
        var board = await _app.SnapshotAsync();
        board.City.Received.ShouldBe(510);
        board.City.Closed.ShouldBe(Day.Rows.Count(r => r.Closed));
        ShouldMatch(board.Departments, Day.Rows.GroupBy(r => r.Department));
        ShouldMatch(board.Zipcodes, Day.Rows.GroupBy(r => r.Zip));
        ShouldMatch(board.Neighborhoods, Day.Rows.GroupBy(r => r.Neighborhood));
        Day.Rows.Count(r => r.Neighborhood != "unknown").ShouldBeGreaterThan(100, "the sample has ~150 located rows");
    }

    [Fact]
    public async Task IngestingTheDayAgainChangesNothing()
    {
        using var client = _app.CreateIngestClient();
        var csv = await File.ReadAllTextAsync(RepoFiles.SampleDayCsv, TestContext.Current.CancellationToken);
        await client.PostBulkAsync(csv, "text/csv");
        var first = await _app.SnapshotAsync();

        var again = await (await client.PostBulkAsync(csv, "text/csv")).ReadNdjsonAsync();

        again[^1]["duplicate"]!.GetValue<int>().ShouldBe(510);
        again[^1]["accepted"]!.GetValue<int>().ShouldBe(0);
        var second = await _app.SnapshotAsync();
        second.Sequence.ShouldBe(first.Sequence);
        Comparable(second).ShouldBe(Comparable(first));
    }

    [Fact]
    public async Task AShuffledDayGivesTheSameBoardAsTheDayInOrder()
    {
        using var bulkClient = _app.CreateIngestClient();
        await bulkClient.PostBulkAsync(await File.ReadAllTextAsync(RepoFiles.SampleDayCsv, TestContext.Current.CancellationToken), "text/csv");
        await using var other = new SiloApp(redis);
        using var client = other.CreateIngestClient();
        var shuffled = Day.Lines.OrderBy(_ => Random.Shared.Next()).ToArray();

        // The same rows in a random order to a fresh board, then again in the reverse order: all duplicates.
        var answer = await (await client.PostBulkAsync(Day.Header + "\n" + string.Join('\n', shuffled), "text/csv")).ReadNdjsonAsync();
        var replay = await (await client.PostBulkAsync(Day.Header + "\n" + string.Join('\n', shuffled.Reverse()), "text/csv")).ReadNdjsonAsync();

        answer[^1]["accepted"]!.GetValue<int>().ShouldBe(510);
        replay[^1]["duplicate"]!.GetValue<int>().ShouldBe(510);
        Comparable(await other.SnapshotAsync()).ShouldBe(Comparable(await _app.SnapshotAsync()));
    }

    [Fact]
    public async Task ACsvOfTheCitysPublicColumnsIsAccepted()
    {
        using var client = _app.CreateIngestClient();
        const string csv = """
            objectid,service_request_id,subject,status,status_notes,service_name,service_code,agency_responsible,service_notice,requested_datetime,updated_datetime,expected_datetime,closed_datetime,address,zipcode,media_url,lat,lon
            1,PUB-1,Pothole,Closed,,Street Defect,SR-ST01,Streets Department,,2025-02-14 10:00:00+00:00,2025-02-15 10:00:00+00:00,2025-02-20 10:00:00+00:00,2025-02-15 10:00:00+00:00,1 Main St,19128,,40.04519144,-75.22581355
            2,PUB-2,Dumping,Open,,Illegal Dumping,SR-ST02,Streets Department,,2025-02-14 11:00:00+00:00,,2025-02-20 10:00:00+00:00,,,,,,
            """;

        var lines = await (await client.PostBulkAsync(csv, "text/csv")).ReadNdjsonAsync();

        lines.Take(2).Select(l => l["result"]!.GetValue<string>()).ShouldBe([IngestOutcome.Accepted, IngestOutcome.Accepted]);
        var board = await _app.SnapshotAsync();
        board.Departments.Single(d => d.Key == "streets").ShouldSatisfyAllConditions(
            d => d.Received.ShouldBe(2), d => d.Closed.ShouldBe(1));
    }

    private static void ShouldMatch(CounterEntry[] entries, IEnumerable<IGrouping<string, SampleDay.Row>> expected)
    {
        var expectedByKey = expected.ToDictionary(g => g.Key, g => (Received: (long)g.Count(), Closed: (long)g.Count(r => r.Closed)));
        foreach (var entry in entries)
        {
            var want = expectedByKey.GetValueOrDefault(entry.Key);
            (entry.Key, entry.Received, entry.Closed).ShouldBe((entry.Key, want.Received, want.Closed));
        }
        expectedByKey.Keys.ShouldBeSubsetOf(entries.Select(e => e.Key));
    }

    private static string Comparable(BoardSnapshot board) =>
        string.Join('\n', new[] { board.City }.Concat(board.Departments).Concat(board.Neighborhoods).Concat(board.Zipcodes).Concat(board.Channels)
            .OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => e.ToString()));

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}

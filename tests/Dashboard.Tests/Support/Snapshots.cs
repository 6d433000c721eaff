using Philly311.Ops.Contracts.Board;

namespace Philly311.Ops.Dashboard.Tests.Support;

/// <summary>Board snapshots for tests: a small city with distinct numbers so every assertion can tell them apart.</summary>
public static class Snapshots
{
    /// <summary>2026-07-14 14:42:07 UTC = 10:42:07 in Philadelphia (EDT, UTC−4).</summary>
    public static readonly DateTimeOffset AsOf = new(2026, 7, 14, 14, 42, 7, TimeSpan.Zero);

    public static CounterEntry Entry(string key, string name, long receivedToday, long open, long closedToday = 0, long received = 0)
    {
        var allTime = received > 0 ? received : open + 1000;
        return new(key, name, allTime, receivedToday, open, allTime - open, closedToday);
    }

    public static BoardSnapshot Sample(long sequence = 42, DateTimeOffset? asOf = null) => new(
        asOf ?? AsOf,
        sequence,
        "2026-07-14",
        Entry("city", "Philadelphia", receivedToday: 1234, open: 5678, closedToday: 321, received: 98765),
        [
            Entry("streets", "Streets Department", receivedToday: 400, open: 2100, closedToday: 90),
            Entry("water", "Water Department", receivedToday: 250, open: 700, closedToday: 60),
            Entry("li", "License & Inspections", receivedToday: 310, open: 1500, closedToday: 70),
            Entry("police", "Police Department", receivedToday: 120, open: 90, closedToday: 40),
            Entry("parks", "Parks & Recreation", receivedToday: 80, open: 300, closedToday: 20),
            Entry("health", "Health Department", receivedToday: 50, open: 450, closedToday: 25),
            Entry("unassigned", "Unassigned", receivedToday: 24, open: 538, closedToday: 16),
        ],
        [
            Entry("fishtown", "Fishtown", receivedToday: 70, open: 200),
            Entry("kensington", "Kensington", receivedToday: 150, open: 640),
            Entry("rittenhouse", "Rittenhouse", receivedToday: 40, open: 95),
        ],
        [
            Entry("19125", "19125", receivedToday: 90, open: 260),
            Entry("19134", "19134", receivedToday: 160, open: 700),
        ],
        [
            Entry("phone", "Phone", receivedToday: 700, open: 3000),
            Entry("web", "Web", receivedToday: 400, open: 2000),
            Entry("app", "Mobile app", receivedToday: 134, open: 678),
        ],
        Enumerable.Range(0, BoardSnapshot.SlotsPerDay).Select(slot => (long)(slot % 7)).ToArray(),
        [
            Entry("snow-emergency-parking", "Snow Emergency Parking", receivedToday: 500, open: 1200),
            Entry("abandoned-vehicle", "Abandoned Vehicle", receivedToday: 90, open: 800),
        ]);
}

using Philly311.Ops.Contracts.Contacts;
using Philly311.Ops.Silo.Contacts;
using Philly311.Ops.Silo.Tests.Infrastructure;
using Philly311.Ops.TestSupport;

namespace Philly311.Ops.Silo.Tests.Queues;

/// <summary>An agent whose offline event never came is counted offline once it has been silent for the configured time.</summary>
[Collection(RedisCollection.Name)]
public sealed class AgentSilenceTests(RedisServer redis)
{
    private static readonly TimeSpan Silence = TimeSpan.FromHours(13);

    [Fact]
    public void OnlyAgentsSilentLongerThanTheSilenceAndNotOfflineAreDueStampedAtLastStatePlusSilence()
    {
        var now = new DateTimeOffset(2026, 12, 1, 20, 0, 0, TimeSpan.Zero);
        var ms = (DateTimeOffset at) => at.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        KeyValuePair<string, string>[] held =
        [
            new("gone", $"{ms(now.AddHours(-14))}|available|general,water"),
            new("quiet", $"{ms(now.AddHours(-12))}|available|general"),
            new("left", $"{ms(now.AddHours(-20))}|offline|general"),
            new("on-break", $"{ms(now - Silence)}|break|"),
            new("garbled", "not-a-time|available|general"),
            new("short", "123|available"),
        ];

        var due = AgentSilence.Due(held, Silence, now);

        due.Select(d => d.AgentId).ShouldBe(["gone", "on-break"]);
        due[0].At.ShouldBe(now.AddHours(-1));
        due[0].Queues.ShouldBe(["general", "water"]);
        due[0].State.ShouldBe(AgentState.Offline);
        due[1].Queues.ShouldBeEmpty();
    }

    [Fact]
    public async Task ASweepMovesASilentAgentToOfflineOnceAndALaterRealEventStillWins()
    {
        var script = new ContactScript(redis);
        var now = TimeProvider.System.GetUtcNow();
        await script.Store.ApplyAgentsAsync([
            new AgentStateEvent("went-home", ["general"], AgentState.Available, now.AddHours(-14)),
            new AgentStateEvent("on-shift", ["general"], AgentState.Available, now.AddMinutes(-5)),
        ]);
        (await script.ReadAsync()).Agents.Available.ShouldBe(2);
        var database = redis.Connection!.GetDatabase();

        var taken = await AgentSilenceSweep.SweepAsync(database, script.Store, Silence, now);
        var again = await AgentSilenceSweep.SweepAsync(database, script.Store, Silence, now);

        taken.ShouldBe(1);
        again.ShouldBe(0, "a second sweep (another silo) repeats the same event: a duplicate");
        var after = (await script.ReadAsync()).Agents;
        after.Available.ShouldBe(1);
        after.Offline.ShouldBe(1);

        await script.Store.ApplyAgentsAsync([new AgentStateEvent("went-home", ["general"], AgentState.Available, now)]);
        (await script.ReadAsync()).Agents.Available.ShouldBe(2);
    }
}

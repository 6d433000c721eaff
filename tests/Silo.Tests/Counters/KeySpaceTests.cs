using Philly311.Ops.Silo.Breaches;
using Philly311.Ops.Silo.Contacts;
using Philly311.Ops.Silo.Counters;

namespace Philly311.Ops.Silo.Tests.Counters;

public sealed class KeySpaceTests
{
    [Theory]
    [InlineData("ops:")]
    [InlineData("ops")]
    public void AKeyCarriesThePrefixAsItsHashTag(string prefix) => new KeySpace(prefix).Key("seq").ShouldBe("{ops}:seq");

    [Fact]
    public void CountersContactsAndBreachesShareOneHashTag()
    {
        var counters = new CounterKeys("t1:");
        var contacts = new ContactKeys("t1:");
        var breaches = new BreachKeys("t1:");

        string[] keys = [.. counters.Fixed.Select(k => k.ToString()), contacts.Sequence.ToString(), contacts.Record("q", "c").ToString(), .. breaches.ForSweep.Select(k => k.ToString())];

        keys.ShouldAllBe(k => k.StartsWith("{t1}:", StringComparison.Ordinal));
    }
}

using Philly311.Ops.Contracts.Events;
using Philly311.Ops.Dashboard.Events;

namespace Philly311.Ops.Dashboard.Tests.Push;

public sealed class EventFormTests
{
    [Fact]
    public void CityTimesEnteredInTheFormBecomeInstantsWithTheRightOffsetOnEitherSideOfDst()
    {
        var form = new EventForm { Name = " Snow ", Neighborhoods = "Fishtown, Kensington", Start = new DateTime(2026, 7, 1, 10, 0, 0), PlannedEnd = new DateTime(2026, 12, 1, 10, 0, 0) };

        var declaration = form.ToDeclaration();

        declaration.Start.ShouldBe(new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.FromHours(-4)));
        declaration.PlannedEnd.ShouldBe(new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(-5)));
        declaration.Name.ShouldBe("Snow");
        declaration.Neighborhoods.ShouldBe(["Fishtown", "Kensington"]);
        EventForm.From(declaration).Start.ShouldBe(form.Start);
        new EventForm { Neighborhoods = " " }.ToDeclaration().CityWide.ShouldBeTrue();
        declaration.Kind.ShouldBe(EventKind.SnowEmergency);
    }
}

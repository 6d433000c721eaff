namespace Philly311.Ops.LoadTests.ContactCenter;

internal enum HappeningKind
{
    Arrival,
    BacklogArrival,
    PatienceOut,
    HandleDone,
    WrapUpDone,
    ShiftStart,
    ShiftEnd,
    BreakDue,
    BreakEnd,
}

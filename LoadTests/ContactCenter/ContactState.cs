namespace Philly311.Ops.LoadTests.ContactCenter;

internal enum ContactState
{
    Waiting,
    Answered,
    Abandoned,
    Completed,
    Transferred,
}

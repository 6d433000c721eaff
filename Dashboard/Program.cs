using Philly311.Ops.Dashboard.Breaches;
using Philly311.Ops.Dashboard.Board;
using Philly311.Ops.Dashboard.Access;
using Philly311.Ops.Dashboard.Alerts;
using Philly311.Ops.Dashboard.Cluster;
using Philly311.Ops.Dashboard.Components;
using Philly311.Ops.Dashboard.Hub;
using Philly311.Ops.Dashboard.Live;
using Philly311.Ops.Dashboard.Queues;
using Philly311.Ops.Dashboard.Push;
using Philly311.Ops.Dashboard.Security;
using Philly311.Ops.ServiceDefaults;

// Content root = the folder of the dll, so appsettings.json is found whatever directory it is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddOpsDefaults();
builder.AddOpsOrleansClient();
builder.AddLiveBoard();
builder.AddQueueBoard();
builder.AddBreachBoard();
builder.AddAlerts();
builder.AddOpsHub();
builder.AddBoardUi();
builder.AddScreens();
builder.AddEmergencyScreens();
builder.AddDashboardSecurity();
builder.AddOpsAccess();

// LiveBoardHealthCheck (AddLiveBoard) carries no "ready" tag on purpose: a dashboard whose feed is stale
// still serves pages that say so, so it must stay in the load balancer; /health/ready ignores it.
var app = builder.Build();
app.UseDashboardSecurity();
app.MapOpsDefaults();
app.MapBoardUi();
app.MapOpsHub();
app.MapBreachBoard();
app.MapEmergencyScreens();
app.MapOpsAccess();
app.Run();

public partial class Program;

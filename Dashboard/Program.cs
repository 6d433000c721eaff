using Philly311.Ops.Dashboard.Access;
using Philly311.Ops.Dashboard.Cluster;
using Philly311.Ops.Dashboard.Components;
using Philly311.Ops.Dashboard.Hub;
using Philly311.Ops.Dashboard.Live;
using Philly311.Ops.ServiceDefaults;

// Content root = the folder of the dll, so appsettings.json is found whatever directory it is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddOpsDefaults();
builder.AddOpsOrleansClient();
builder.AddLiveBoard();
builder.AddOpsHub();
builder.AddBoardUi();
builder.AddOpsAccess();

// LiveBoardHealthCheck (AddLiveBoard) carries no "ready" tag on purpose: a dashboard whose feed is stale
// still serves pages that say so, so it must stay in the load balancer; /health/ready ignores it.
var app = builder.Build();
app.MapOpsDefaults();
app.MapBoardUi();
app.MapOpsHub();
app.MapOpsAccess();
app.Run();

public partial class Program;

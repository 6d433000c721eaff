using Philly311.Ops.Dashboard.Cluster;
using Philly311.Ops.Dashboard.Components;
using Philly311.Ops.Dashboard.Hub;
using Philly311.Ops.Dashboard.Live;

var builder = WebApplication.CreateBuilder(args);
builder.AddOpsOrleansClient();
builder.AddLiveBoard();
builder.AddOpsHub();
builder.AddBoardUi();

var app = builder.Build();
app.MapBoardUi();
app.MapOpsHub();
app.MapHealthChecks("/healthz");
app.Run();

public partial class Program;

using Philly311.Ops.Dashboard.Cluster;
using Philly311.Ops.Dashboard.Components;
using Philly311.Ops.Dashboard.Hub;
using Philly311.Ops.Dashboard.Live;

// Content root = the folder of the dll, so appsettings.json is found whatever directory it is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
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

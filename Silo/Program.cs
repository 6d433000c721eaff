using Philly311.Ops.Silo.Cluster;
using Philly311.Ops.Silo.Counters;
using Philly311.Ops.Silo.Ingest;

var builder = WebApplication.CreateBuilder(args);
builder.AddOpsCluster();
builder.AddCounters();
builder.AddIngest();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.MapIngest();
app.MapHealthChecks("/healthz");
app.Run();

public partial class Program;

using Philly311.Ops.ServiceDefaults;
using Philly311.Ops.Silo.Breaches;
using Philly311.Ops.Silo.Access;
using Philly311.Ops.Silo.Cluster;
using Philly311.Ops.Silo.Contacts;
using Philly311.Ops.Silo.Counters;
using Philly311.Ops.Silo.Figures;
using Philly311.Ops.Silo.Ingest;
using Philly311.Ops.Silo.Queues;
using Philly311.Ops.Silo.Push;
using Philly311.Ops.Silo.Kubernetes;
using Philly311.Ops.Silo.Staffing;

// Content root = the folder of the dll, so appsettings.json is found whatever directory it is started from.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddOpsDefaults();
builder.AddOpsCluster();
builder.AddKubernetesHosting();
builder.AddCounters();
builder.AddBreaches();
builder.AddIngest();
builder.AddContacts();
builder.AddEmergencyPush();
builder.AddIngestRateLimit();

var app = builder.Build();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseIngestRateLimit();
app.MapOpsDefaults();
app.MapIngest();
app.MapFigureDiagnostics();
app.MapStaffing();
app.MapContacts();
app.MapQueues();
app.MapEmergencyPush();
app.Run();

public partial class Program;

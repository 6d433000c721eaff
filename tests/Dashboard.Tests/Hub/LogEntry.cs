using Microsoft.Extensions.Logging;

namespace Philly311.Ops.Dashboard.Tests.Hub;

public sealed record LogEntry(string Category, LogLevel Level, string Message, Exception? Exception);

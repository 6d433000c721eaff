using Philly311.Ops.LoadTests.Cli;

return await CommandDispatcher.RunAsync(args);

// Screens reconnect by themselves forever (a wallboard has no keyboard): retry every 1-5 s without a limit.
// When the server answers but no longer knows the circuit, ReconnectModal.razor.js reloads the page.
Blazor.start({
  circuit: {
    reconnectionOptions: {
      maxRetries: 1000000,
      retryIntervalMilliseconds: (previousAttempts) => Math.min(1000 + previousAttempts * 1000, 5000),
    },
  },
});

using TrustCheck.Cli;

return await TrustCheckCommandLine.InvokeAsync(args).ConfigureAwait(false);

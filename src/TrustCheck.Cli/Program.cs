using TrustCheck.Cli;

return await TrustCheckCommandLine.Create().Parse(args).InvokeAsync().ConfigureAwait(false);

using BenchmarkDotNet.Running;
using TrustCheck.Benchmarks.Peers;
using TrustCheck.Benchmarks.Startup;

if (args.Length > 0 && args[0] == "--peer-timing")
{
    return PeerTiming.Run(args[1..]);
}

if (args.Length > 0 && args[0] == "--serve-evidence")
{
    return await EvidenceServerHost.RunAsync();
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

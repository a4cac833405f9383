using BenchmarkDotNet.Running;
using TrustCheck.Benchmarks.Peers;

if (args.Length > 0 && args[0] == "--peer-timing")
{
    return PeerTiming.Run(args[1..]);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

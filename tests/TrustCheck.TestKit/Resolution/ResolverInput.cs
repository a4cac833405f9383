using TrustCheck.TestKit.Http.Evidence;

namespace TrustCheck.TestKit.Resolution;

/// <summary>What a resolver under test is given for one graph: the index the graph is published on, the root and the target.</summary>
/// <param name="Graph">The graph (for diagnostics; a resolver must read the index, not this).</param>
/// <param name="Server">The loopback index holding the graph (JSON API, Simple API, wheels, metadata files).</param>
/// <param name="Root">The root project.</param>
/// <param name="Version">The root version asked for.</param>
/// <param name="PythonVersion">The target interpreter's full version (pip's own, <c>3.11.7</c>).</param>
/// <param name="Platform">The target platform (<c>linux_x86_64</c>).</param>
public sealed record ResolverInput(GeneratedGraph Graph, EvidenceServer Server, string Root, string Version, string PythonVersion, string Platform);

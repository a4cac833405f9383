using System.Diagnostics;
using TrustCheck.Attestations.Bundles;
using TrustCheck.Attestations.InToto;
using TrustCheck.Attestations.Policies;
using TrustCheck.Attestations.TrustRoot;
using TrustCheck.Attestations.Verification;

namespace TrustCheck.Benchmarks.Peers;

/// <summary>
/// The TrustCheck side of the peer comparison: the same warm loop as the sigstore-js script, over the same bundle
/// files, printing nanoseconds per bundle verification (bundle parse, full verification, statement parse). With
/// <c>--first-of-certificate</c> the verifier forgets signing certificates before each bundle, so every bundle pays
/// what a release's first file pays (certificate decode, issuer signature, SCTs); without it, repeating a bundle
/// costs what a release's further files signed with the same certificate cost.
/// </summary>
public static class PeerTiming
{
    public static int Run(string[] args)
    {
        var firstOfCertificate = args.Length > 0 && args[0] == "--first-of-certificate";
        args = firstOfCertificate ? args[1..] : args;
        var (rootFile, identity, issuer, iterations, bundleFiles) = (args[0], args[1], args[2], int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture), args[4..]);
        if (TrustedRoot.TryParse(File.ReadAllBytes(rootFile), out var root) is { } failure)
        {
            Console.Error.WriteLine(failure);
            return 3;
        }

        using (root)
        {
            var verifier = new BundleVerifier(root!);
            var policy = new IdentityPolicy(identity, issuer);
            var bundles = bundleFiles.Select(File.ReadAllBytes).ToArray();
            void VerifyAll()
            {
                foreach (var json in bundles)
                {
                    if (BundleReader.TryRead(json, out var bundle) is { } readFailure)
                    {
                        throw new InvalidOperationException(readFailure.ToString());
                    }

                    if (firstOfCertificate)
                    {
                        verifier.ForgetSigningCertificates();
                    }

                    var result = verifier.Verify(bundle!, policy, ArtifactExpectation.DsseSubject);
                    if (!result.IsVerified || InTotoStatement.TryParse(result.Envelope!.Payload.Span, out _) is not null)
                    {
                        throw new InvalidOperationException($"Verification failed: {result.Failure}");
                    }
                }
            }

            for (var i = 0; i < Math.Max(200, iterations / 2); i++)
            {
                VerifyAll();
            }

            var stopwatch = Stopwatch.StartNew();
            for (var i = 0; i < iterations; i++)
            {
                VerifyAll();
            }

            Console.WriteLine((long)(stopwatch.Elapsed.TotalNanoseconds / (iterations * (double)bundles.Length)));
            return 0;
        }
    }
}

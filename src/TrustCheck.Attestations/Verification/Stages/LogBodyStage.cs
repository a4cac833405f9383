using System.Text.Json;
using TrustCheck.Attestations.Verification.LogBodies;

namespace TrustCheck.Attestations.Verification.Stages;

/// <summary>The logged body must be of the declared kind and version and describe exactly this bundle.</summary>
internal sealed class LogBodyStage : IBundleVerificationStage
{
    private static readonly ILogBodyCheck[] Checks =
    [
        new DsseV001BodyCheck(),
        new DsseV002BodyCheck(),
        new HashedRekordV001BodyCheck(),
        new HashedRekordV002BodyCheck(),
        new IntotoV002BodyCheck(),
    ];

    public VerificationFailure? Run(BundleVerificationContext context)
    {
        var entry = context.Entry;
        if (!System.Text.Unicode.Utf8.IsValid(entry.CanonicalizedBody.Span))
        {
            return Fail("the logged body is not valid UTF-8 text");
        }

        JsonDocument body;
        try
        {
            body = JsonDocument.Parse(entry.CanonicalizedBody, new JsonDocumentOptions { MaxDepth = 32 });
        }
        catch (JsonException error)
        {
            return Fail($"the logged body is not JSON: {error.Message}");
        }

        using (body)
        {
            var root = body.RootElement;
            var kind = LogBodies.BodyJson.String(root, "kind");
            var version = LogBodies.BodyJson.String(root, "apiVersion");
            if (kind != entry.Kind || version != entry.KindVersion)
            {
                return Fail($"the logged body is {kind}/{version}, but the entry declares {entry.Kind}/{entry.KindVersion}");
            }

            var check = Checks.FirstOrDefault(c => c.Kind == kind && c.Version == version);
            if (check is null)
            {
                return Fail($"log entries of kind {kind}/{version} are not supported");
            }

            if (LogBodies.BodyJson.Element(root, "spec") is not { ValueKind: JsonValueKind.Object } spec)
            {
                return Fail("the logged body has no spec");
            }

            var mismatch = check.Check(spec, context);
            return mismatch is null ? null : Fail(mismatch);
        }
    }

    private static VerificationFailure Fail(string reason) => new(VerificationStage.LogBody, reason);
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace TrustCheck.TestKit.Http.Evidence;

/// <summary>HTTP Basic authentication for the paths under a prefix: 401 with a challenge unless the credentials match.</summary>
internal sealed class BasicAuthGate(string user, string password, string pathPrefix)
{
    private readonly byte[] _expected = Encoding.UTF8.GetBytes("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(user + ":" + password)));

    /// <summary>The 401 to answer, or null when the request may pass.</summary>
    public EvidenceResponse? Check(HttpRequest request, string path)
    {
        if (!path.StartsWith(pathPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var presented = Encoding.UTF8.GetBytes(request.Headers.Authorization.ToString());
        return CryptographicOperations.FixedTimeEquals(presented, _expected)
            ? null
            : new EvidenceResponse(401, EvidenceResponse.MessageBody("Unauthorized"), EvidenceResponse.JsonMediaType)
            {
                Headers = [new("WWW-Authenticate", "Basic realm=\"TrustCheck evidence server\"")],
            };
    }
}

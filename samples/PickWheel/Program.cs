// Given a release's files, a dependency and a target, decide whether the dependency applies to that target,
// whether the release satisfies it, and which file pip would install.
using TrustCheck.Packaging;

var requirement = Requirement.Parse(args.Length > 0 ? args[0] : "numpy>=1.26,<3; python_version >= \"3.10\"");
var target = MarkerEnvironment.ForCPython("3.12", "linux", "x86_64");
var wheelTarget = WheelTarget.CPython(3, 12, WheelPlatforms.Manylinux("x86_64", 36));
string[] releaseFiles =
[
    "numpy-2.1.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
    "numpy-2.1.0-cp312-cp312-win_amd64.whl",
    "numpy-2.1.0-cp311-cp311-manylinux_2_17_x86_64.manylinux2014_x86_64.whl",
    "numpy-2.1.0.tar.gz",
];

var applies = requirement.Marker?.Evaluate(target) ?? true;
Console.WriteLine($"{requirement} applies to CPython 3.12 on linux x86_64: {applies}");

var files = releaseFiles.Select(name => DistributionFilename.Parse(name)).ToList();
var version = files[0].Version;
Console.WriteLine($"{requirement.PackageName} {version} satisfies '{requirement.Specifier}': {requirement.Specifier.Contains(version)}");
Console.WriteLine($"pip would install: {wheelTarget.SelectBest(files, allowSourceDistribution: true)?.Filename ?? "(nothing compatible)"}");

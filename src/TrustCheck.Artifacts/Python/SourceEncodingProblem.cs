namespace TrustCheck.Artifacts.Python;

/// <summary>What kind of problem a source's encoding has (<see cref="PythonSource.EncodingProblemKind"/>).</summary>
public enum SourceEncodingProblem
{
    /// <summary>None: the source decoded cleanly.</summary>
    None,

    /// <summary>Bytes that are not valid in the declared codec (they became U+FFFD).</summary>
    InvalidBytes,

    /// <summary>
    /// The coding declaration names a codec no one knows. CPython refuses to import such a file, but a tool that reads
    /// it some other way than the interpreter that will run it is worse than one that stops: report it as High.
    /// </summary>
    UnknownCodec,

    /// <summary>A UTF-8 byte order mark and a declaration of another codec (CPython refuses the file).</summary>
    ByteOrderMarkConflict,
}

namespace TrustCheck.Typosquatting;

/// <summary>
/// Names people type into <c>pip install</c> that are not popular PyPI projects — the language itself, frameworks
/// distributed outside PyPI, and the cryptocurrency brands malware campaigns lean on — so the download-ranked corpus
/// misses them, yet squatters imitate them. Kept short and conservative: each is a target, never a verdict.
/// </summary>
internal static class ImpersonatedNames
{
    public static IReadOnlyList<string> All { get; } =
    [
        "python",
        "pytorch",
        "detectron2",
        "ethereum",
        "bitcoin",
        "solana",
        "opensea",
        "binance",
        "coinbase",
        "metamask",
        "telegram",
        "discord",
        "whatsapp",
    ];
}

namespace TrustCheck.Packaging;

/// <summary>Why a compressed tag set was rejected.</summary>
public enum WheelTagErrorKind
{
    /// <summary>The text is not three non-empty components with valid interpreter names.</summary>
    InvalidTag,

    /// <summary>The expansion would produce more tags than the caller allowed.</summary>
    TooManyTags,

    /// <summary>Order validation was requested and a part's alternatives are not sorted.</summary>
    UnsortedTags,
}

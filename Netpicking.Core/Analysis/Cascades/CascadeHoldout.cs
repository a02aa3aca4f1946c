namespace Netpicking.Core.Analysis;

/// <summary>
/// A threshold chosen honestly: <see cref="Cascade.Choose"/> on the <paramref name="SelectionImages"/> of one seeded half
/// (<paramref name="OnSelection"/>, its numbers there), then measured on the <paramref name="HeldOutImages"/> it never saw
/// (<paramref name="OnHeldOut"/>). The expensive network's accuracy alone on each half is the target it was chosen against
/// and the one to read the held-out accuracy against.
/// </summary>
public sealed record CascadeHoldout(
    int SelectionImages,
    int HeldOutImages,
    CascadePoint OnSelection,
    CascadePoint OnHeldOut,
    double ExpensiveOnSelection,
    double ExpensiveOnHeldOut);

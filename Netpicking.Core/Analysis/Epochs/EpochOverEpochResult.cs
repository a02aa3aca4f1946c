namespace Netpicking.Core.Analysis;

/// <summary>Boxes per family per tested epoch, and the largest risers and fallers (largest change first).</summary>
public sealed record EpochOverEpochResult(
    IReadOnlyList<EpochBox> Boxes,
    IReadOnlyList<ScoreMove> Risers,
    IReadOnlyList<ScoreMove> Fallers);

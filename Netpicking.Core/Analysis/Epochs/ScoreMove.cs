namespace Netpicking.Core.Analysis;

/// <summary>
/// A network's score change between two consecutive tested epochs: positive for late bloomers, negative
/// for collapses. <paramref name="NetworkIndex"/> is the snapshot index.
/// </summary>
public sealed record ScoreMove(int NetworkIndex, int NetworkId, string Name, int FromEpoch, int ToEpoch, double From, double To)
{
    public double Change => To - From;
}

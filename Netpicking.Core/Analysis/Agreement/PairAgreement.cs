namespace Netpicking.Core.Analysis;

/// <summary>
/// Two networks (snapshot indices) on every test image: how many images each of the four right/wrong combinations
/// holds, and of the images both get wrong, on how many they give the same wrong answer.
/// <c>Agreeing</c> counts the images with the same answer (both right, or both wrong alike).
/// </summary>
public sealed record PairAgreement(
    int First, int Second, int Images, int BothRight, int OnlyFirstRight, int OnlySecondRight, int BothWrongSame, int BothWrongDifferent)
{
    public int Agreeing => BothRight + BothWrongSame;

    /// <summary>The fraction of images with the same answer (NaN without images); equals <c>Agreement.Between</c>.</summary>
    public double Rate => Images == 0 ? double.NaN : (double)Agreeing / Images;
}

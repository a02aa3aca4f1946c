namespace Netpicking.Core.Analysis;

/// <summary>
/// RAPS settings (Angelopoulos et al., "Uncertainty sets for image classifiers using conformal prediction",
/// 2020): miscoverage <paramref name="Alpha"/>, regularisation from rank <paramref name="KReg"/> on with weight
/// <paramref name="Lambda"/>, randomised or not, and the seed of the calibration split and the draws.
/// </summary>
public sealed record RapsOptions(double Alpha = 0.05, int KReg = 3, double Lambda = 0.005, bool Randomized = true, long Seed = 42)
{
    public static RapsOptions Default { get; } = new();
}

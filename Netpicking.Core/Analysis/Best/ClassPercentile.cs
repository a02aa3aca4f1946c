namespace Netpicking.Core.Analysis;

/// <summary>The best network's recall on one class and the percent of networks it beats or ties there.</summary>
public sealed record ClassPercentile(int Class, double Recall, double Percentile)
{
    public bool BestOrTied => Percentile >= 100;
}

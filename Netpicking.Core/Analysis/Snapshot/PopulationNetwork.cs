namespace Netpicking.Core.Analysis;

/// <summary>
/// One network of a population with its static metrics and its scores at every tested epoch it has
/// (ordered by epoch). <paramref name="Activation"/> is the activation kind's name, "None" included.
/// </summary>
public sealed record PopulationNetwork(
    int Id,
    string Name,
    string Group,
    string Form,
    string Activation,
    long Params,
    long MemoryElements,
    long Ops,
    int Layers,
    IReadOnlyList<EpochScores> Epochs)
{
    /// <summary>Seconds its training spent encoding and writing results (null where not recorded).</summary>
    public double? StoreSeconds { get; init; }

    /// <summary>The scores at <paramref name="epoch"/>, or null when this network has none there.</summary>
    public EpochScores? At(int epoch)
    {
        // A handful of tested epochs per network: a scan beats a dictionary here.
        foreach (var scores in Epochs)
        {
            if (scores.Epoch == epoch)
            {
                return scores;
            }
        }

        return null;
    }

    /// <summary>A cost; training time is the cumulative time up to <paramref name="epoch"/> (NaN when not reached).</summary>
    public double Cost(CostKind kind, int epoch) => kind switch
    {
        CostKind.TrainingTime => At(epoch)?.CumulativeSeconds ?? double.NaN,
        CostKind.Params => Params,
        CostKind.Memory => MemoryElements,
        CostKind.Ops => Ops,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown cost kind."),
    };
}

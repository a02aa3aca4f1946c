namespace Netpicking.Core.Analysis;

/// <summary>
/// How much the voters' agreement can mean (docs/metrics.md#vote-strength): how many networks vote and how accurate they
/// are at the scope's epoch (accuracy, whatever score chose them: a vote is per-image correctness). "Weird" points at a
/// label problem only when the vote is <see cref="Strong"/>: at least <see cref="MinVoters"/> voters with a median
/// accuracy of at least <see cref="MinMedianAccuracy"/>. Below that, a wrong class most voters agree on is as likely
/// their shared mistake. Accuracies are NaN without voters.
/// </summary>
public sealed record VoteStrength(int Voters, double MedianAccuracy, double MinAccuracy)
{
    /// <summary>Fewer voters than this and one network is more than 5 % of the vote.</summary>
    public const int MinVoters = 20;

    /// <summary>Voters below this median accuracy make several hundred mistakes each on MNIST's 10,000 images.</summary>
    public const double MinMedianAccuracy = 0.97;

    public bool EnoughVoters => Voters >= MinVoters;

    public bool AccurateEnough => MedianAccuracy >= MinMedianAccuracy;

    /// <summary>The vote is strong enough for a weird image to suggest a wrong label.</summary>
    public bool Strong => EnoughVoters && AccurateEnough;

    public static VoteStrength Of(PopulationSnapshot snapshot, IReadOnlyList<int> voters)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(voters);
        var accuracies = voters.Select(v => snapshot.Networks[v].At(snapshot.Scope.Epoch)?.Accuracy ?? double.NaN)
            .Where(a => !double.IsNaN(a)).Order().ToArray();
        return accuracies.Length == 0
            ? new VoteStrength(voters.Count, double.NaN, double.NaN)
            : new VoteStrength(voters.Count, BoxStatistics.Quantile(accuracies, 0.5), accuracies[0]);
    }
}

namespace Netpicking.Core.Analysis;

/// <summary>
/// Votes of the voting networks on every test image. <see cref="Votes"/> is image-major (image * 10 + class)
/// and counts voters; a share is votes / <see cref="VoterCount"/>. The three sets hold image indices,
/// ascending. With no voters every set is empty: there is nothing to judge an image by.
/// </summary>
public sealed record ImageVotesResult(
    int VoterCount,
    int[] Votes,
    IReadOnlyList<int> Easy,
    IReadOnlyList<int> Weird,
    IReadOnlyList<int> Confusing)
{
    public int ImageCount => Votes.Length / PopulationSnapshot.ClassCount;

    /// <summary>How many voters and how accurate: whether a weird image can mean a label problem.</summary>
    public VoteStrength Strength { get; init; } = new(VoterCount, double.NaN, double.NaN);

    public double Share(int image, int @class) => VoterCount == 0 ? 0 : (double)Votes[image * PopulationSnapshot.ClassCount + @class] / VoterCount;
}

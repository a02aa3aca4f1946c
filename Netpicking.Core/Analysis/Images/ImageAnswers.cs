namespace Netpicking.Core.Analysis;

/// <summary>
/// What every network of a snapshot answered for one test image: <see cref="Answers"/> is indexed like
/// <see cref="PopulationSnapshot.Networks"/>. Votes and right/wrong splits are taken over any subset of networks
/// (the good ones, or all).
/// </summary>
public sealed record ImageAnswers(int Image, byte Truth, IReadOnlyList<byte> Answers)
{
    /// <summary>Per class, how many of <paramref name="networks"/> answered it.</summary>
    public int[] Votes(IEnumerable<int> networks)
    {
        var votes = new int[PopulationSnapshot.ClassCount];
        foreach (var network in networks)
        {
            votes[Answers[network]]++;
        }

        return votes;
    }

    public bool IsRight(int network) => Answers[network] == Truth;

    /// <summary>The networks of <paramref name="networks"/> that answered the true class, in the order given.</summary>
    public IReadOnlyList<int> Right(IEnumerable<int> networks) => networks.Where(IsRight).ToArray();

    /// <summary>The networks of <paramref name="networks"/> that answered another class, in the order given.</summary>
    public IReadOnlyList<int> Wrong(IEnumerable<int> networks) => networks.Where(n => !IsRight(n)).ToArray();
}

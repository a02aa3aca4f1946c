using Netpicking.Core.Analysis;

namespace Netpicking.Web.Components.Pages.Ranking;

/// <summary>
/// One row of the rankings table: a network of the snapshot (<paramref name="Index"/>) at the scope's epoch, its values
/// and its four ranks per <see cref="RankedMetric"/> (in that order), as <c>Rankings.Compute</c> gave them, with the
/// paired tests against its neighbours by accuracy.
/// </summary>
public sealed record RankingEntry(
    int Index,
    int Id,
    string Name,
    string Family,
    string Form,
    string Activation,
    IReadOnlyList<double> Values,
    IReadOnlyList<RankSet> Ranks)
{
    /// <summary>The next better network by accuracy and the paired test against it (null at the top).</summary>
    public RankNeighbour? Above { get; init; }

    /// <summary>The next worse network by accuracy and the paired test against it (null at the bottom).</summary>
    public RankNeighbour? Below { get; init; }

    public Rank? RankOf(RankedMetric metric, RankScope scope) => scope switch
    {
        RankScope.Global => Ranks[(int)metric].Global,
        RankScope.Group => Ranks[(int)metric].Group,
        RankScope.Form => Ranks[(int)metric].Form,
        _ => Ranks[(int)metric].Snapshot,
    };

    /// <summary>The entries of the snapshot's networks at its scope's epoch, ranked among the networks at that epoch.</summary>
    public static IReadOnlyList<RankingEntry> Of(PopulationSnapshot snapshot)
    {
        var ranked = RankingsRequest.Compute(snapshot);
        var entries = new List<RankingEntry>(snapshot.NetworkCount);
        foreach (var row in ranked)
        {
            if (row.Row.Epoch != snapshot.Scope.Epoch)
            {
                continue;
            }

            var index = snapshot.IndexOf(row.Row.NetworkId);
            var network = snapshot.Networks[index];
            entries.Add(new RankingEntry(index, network.Id, network.Name, network.Group, network.Form, network.Activation, row.Row.Values, row.Ranks)
            {
                Above = row.Above,
                Below = row.Below,
            });
        }

        return entries;
    }
}

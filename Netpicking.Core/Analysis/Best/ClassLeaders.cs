namespace Netpicking.Core.Analysis;

/// <summary>
/// Analysis 6, the other side of the best network's percentiles: per class, the network with the highest recall at
/// the scope's epoch. Ties go to the lowest id, as for the best network, so a tie with the best network names it.
/// </summary>
public static class ClassLeaders
{
    /// <summary>One leader per class (empty when the snapshot has no networks).</summary>
    public static IReadOnlyList<ClassLeader> Find(PopulationSnapshot snapshot)
    {
        if (snapshot.NetworkCount == 0)
        {
            return [];
        }

        var leaders = new ClassLeader[PopulationSnapshot.ClassCount];
        for (var c = 0; c < leaders.Length; c++)
        {
            var leader = -1;
            var recall = double.NaN;
            for (var i = 0; i < snapshot.NetworkCount; i++)
            {
                var recalls = snapshot.Networks[i].At(snapshot.Scope.Epoch)!.ClassRecall;
                if (c >= recalls.Length || float.IsNaN(recalls[c]))
                {
                    continue;
                }

                if (leader < 0 || recalls[c] > recall
                    || (recalls[c] == recall && snapshot.Networks[i].Id < snapshot.Networks[leader].Id))
                {
                    leader = i;
                    recall = recalls[c];
                }
            }

            leaders[c] = new ClassLeader(c, leader, recall);
        }

        return leaders;
    }

    /// <summary>
    /// Per class, how many networks have a strictly higher recall than network <paramref name="index"/> (0 where it leads
    /// or ties): the count behind a percentile, which reads better than 99.0 % among a thousand networks.
    /// </summary>
    public static IReadOnlyList<int> CountAbove(PopulationSnapshot snapshot, int index)
    {
        var own = snapshot.Networks[index].At(snapshot.Scope.Epoch)!.ClassRecall;
        var above = new int[own.Length];
        for (var i = 0; i < snapshot.NetworkCount; i++)
        {
            var recalls = snapshot.Networks[i].At(snapshot.Scope.Epoch)!.ClassRecall;
            for (var c = 0; c < own.Length && c < recalls.Length; c++)
            {
                if (recalls[c] > own[c])
                {
                    above[c]++;
                }
            }
        }

        return above;
    }
}

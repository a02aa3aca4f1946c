namespace Netpicking.Core.Analysis;

/// <summary>
/// A network's worst test images: those it got wrong that most of the voters (the good networks, by default) got
/// right — the mistakes the population does not share, so the ones that say most about this network.
/// </summary>
public static class WorstImages
{
    /// <param name="snapshot">The population.</param>
    /// <param name="index">The network's index in the snapshot.</param>
    /// <param name="voters">Whose answers count as "the population" (its own answer is left out of the share).</param>
    /// <param name="count">How many images to return at most.</param>
    /// <returns>Images it got wrong, by the share of the other voters that were right (highest first; ties → lowest index).</returns>
    public static IReadOnlyList<WorstImage> Of(PopulationSnapshot snapshot, int index, IReadOnlyList<int> voters, int count = 12)
    {
        var answers = snapshot.Predictions(index);
        var labels = snapshot.Labels;
        var others = voters.Where(v => v != index).ToArray();
        var right = new int[snapshot.ImageCount];
        foreach (var voter in others)
        {
            var votes = snapshot.Predictions(voter);
            for (var image = 0; image < right.Length; image++)
            {
                if (votes[image] == labels[image])
                {
                    right[image]++;
                }
            }
        }

        var worst = new List<WorstImage>();
        for (var image = 0; image < answers.Length; image++)
        {
            if (answers[image] != labels[image])
            {
                worst.Add(new WorstImage(image, labels[image], answers[image], others.Length == 0 ? double.NaN : right[image] / (double)others.Length));
            }
        }

        return worst
            .OrderByDescending(w => double.IsNaN(w.OthersRight) ? -1 : w.OthersRight)
            .ThenBy(w => w.Image)
            .Take(count)
            .ToList();
    }
}

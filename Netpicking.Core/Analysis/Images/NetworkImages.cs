namespace Netpicking.Core.Analysis;

/// <summary>
/// The test images one network answered a given way at the snapshot's epoch, from its stored argmax alone: a cell of
/// its confusion matrix, or all its mistakes. Image indices ascending.
/// </summary>
public static class NetworkImages
{
    /// <summary>Images of true class <paramref name="trueClass"/> that network <paramref name="network"/> called <paramref name="predicted"/>.</summary>
    public static IReadOnlyList<int> InCell(PopulationSnapshot snapshot, int network, int trueClass, int predicted)
    {
        CheckClass(trueClass, nameof(trueClass));
        CheckClass(predicted, nameof(predicted));
        var answers = snapshot.Predictions(network);
        var labels = snapshot.Labels;
        var images = new List<int>();
        for (var image = 0; image < labels.Length; image++)
        {
            if (labels[image] == trueClass && answers[image] == predicted)
            {
                images.Add(image);
            }
        }

        return images;
    }

    /// <summary>Images network <paramref name="network"/> answered wrongly.</summary>
    public static IReadOnlyList<int> Wrong(PopulationSnapshot snapshot, int network)
    {
        var answers = snapshot.Predictions(network);
        var labels = snapshot.Labels;
        var images = new List<int>();
        for (var image = 0; image < labels.Length; image++)
        {
            if (answers[image] != labels[image])
            {
                images.Add(image);
            }
        }

        return images;
    }

    private static void CheckClass(int value, string name)
    {
        if ((uint)value >= PopulationSnapshot.ClassCount)
        {
            throw new ArgumentOutOfRangeException(name, value, $"A class is 0 to {PopulationSnapshot.ClassCount - 1}.");
        }
    }
}

namespace Netpicking.Core.Analysis;

/// <summary>
/// Analysis 14: how often networks give the same answer. The family matrix never compares networks pair by pair
/// (a million pairs × 10,000 images): per family it counts the answers per image and class, and the number of
/// agreeing pairs on an image is Σ_c n_F(c)·n_G(c), minus the self-pairs n_F(c) on the diagonal.
/// </summary>
public static class Agreement
{
    private const int Classes = PopulationSnapshot.ClassCount;

    /// <summary>The fraction of images on which networks <paramref name="a"/> and <paramref name="b"/> give the same answer.</summary>
    public static double Between(PopulationSnapshot snapshot, int a, int b)
    {
        var first = snapshot.Predictions(a);
        var second = snapshot.Predictions(b);
        if (first.Length == 0)
        {
            return double.NaN;
        }

        var same = 0;
        for (var image = 0; image < first.Length; image++)
        {
            same += first[image] == second[image] ? 1 : 0;
        }

        return (double)same / first.Length;
    }

    /// <summary>Networks <paramref name="a"/> and <paramref name="b"/> image by image: right and wrong, alike or not.</summary>
    public static PairAgreement Pair(PopulationSnapshot snapshot, int a, int b)
    {
        var first = snapshot.Predictions(a);
        var second = snapshot.Predictions(b);
        var labels = snapshot.Labels;
        int bothRight = 0, onlyFirst = 0, onlySecond = 0, wrongSame = 0, wrongDifferent = 0;
        for (var image = 0; image < labels.Length; image++)
        {
            var truth = labels[image];
            var firstRight = first[image] == truth;
            var secondRight = second[image] == truth;
            if (firstRight && secondRight)
            {
                bothRight++;
            }
            else if (firstRight)
            {
                onlyFirst++;
            }
            else if (secondRight)
            {
                onlySecond++;
            }
            else if (first[image] == second[image])
            {
                wrongSame++;
            }
            else
            {
                wrongDifferent++;
            }
        }

        return new PairAgreement(a, b, labels.Length, bothRight, onlyFirst, onlySecond, wrongSame, wrongDifferent);
    }

    public static AgreementMatrix FamilyMatrix(PopulationSnapshot snapshot, IReadOnlyList<int>? members = null)
    {
        members ??= Enumerable.Range(0, snapshot.NetworkCount).ToArray();
        var families = DisplayOrder.Families(members.Select(i => snapshot.Networks[i].Group));
        var images = snapshot.ImageCount;
        var counts = new int[families.Count][];
        var sizes = new int[families.Count];
        for (var f = 0; f < families.Count; f++)
        {
            counts[f] = new int[images * Classes];
        }

        foreach (var i in members)
        {
            var f = IndexOf(families, snapshot.Networks[i].Group);
            sizes[f]++;
            var answers = snapshot.Predictions(i);
            var table = counts[f];
            for (var image = 0; image < images; image++)
            {
                table[image * Classes + answers[image]]++;
            }
        }

        var values = new double[families.Count][];
        for (var f = 0; f < families.Count; f++)
        {
            values[f] = new double[families.Count];
        }

        for (var f = 0; f < families.Count; f++)
        {
            for (var g = f; g < families.Count; g++)
            {
                long agreeing = 0;
                var left = counts[f];
                var right = counts[g];
                for (var k = 0; k < left.Length; k++)
                {
                    agreeing += (long)left[k] * right[k];
                }

                double pairs;
                if (f == g)
                {
                    // Drop each network agreeing with itself: Σ n(c) over all images = size × images.
                    agreeing -= (long)sizes[f] * images;
                    pairs = (double)sizes[f] * (sizes[f] - 1) * images;
                }
                else
                {
                    pairs = (double)sizes[f] * sizes[g] * images;
                }

                values[f][g] = values[g][f] = pairs == 0 ? double.NaN : agreeing / pairs;
            }
        }

        return new AgreementMatrix(families, sizes, values);
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }

        return -1;
    }

    // Last, so that the statics it reads are set when it is built.
    public static AnalysisDefinition<AgreementRequest, AgreementResult> Definition { get; } = new(
        14, "agreement", "How often networks give the same answer: the family × family matrix, a pair image by image, pairs of chosen networks.",
        AgreementRequest.Keys, AgreementRequest.Read, (snapshot, request, values) => request.Compute(snapshot, values),
        Benchmark: snapshot => [new("14 agreement matrix", () => FamilyMatrix(snapshot))]);
}

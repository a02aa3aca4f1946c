namespace Netpicking.Core.Analysis;

/// <summary>
/// Analysis 5: per test image, the share of each class among the voting networks (the good ones by default).
/// <b>Easy</b>: every voter right. <b>Weird</b>: true-class share &lt; <c>weirdTrueBelow</c> and one wrong class
/// ≥ <c>weirdWrongAtLeast</c> (often a wrong label, when the vote is strong: <see cref="VoteStrength"/>). <b>Confusing</b>:
/// no class above <c>confusingAtMost</c>.
/// </summary>
public static class TestImageVotes
{
    public const double DefaultWeirdTrueBelow = 0.10;
    public const double DefaultWeirdWrongAtLeast = 0.90;
    public const double DefaultConfusingAtMost = 0.50;

    /// <param name="voters">Snapshot indices of the networks that vote (e.g. <see cref="GoodGoldResult.GoodIndices"/>).</param>
    public static ImageVotesResult Compute(
        PopulationSnapshot snapshot,
        IReadOnlyList<int> voters,
        double weirdTrueBelow = DefaultWeirdTrueBelow,
        double weirdWrongAtLeast = DefaultWeirdWrongAtLeast,
        double confusingAtMost = DefaultConfusingAtMost)
    {
        const int classes = PopulationSnapshot.ClassCount;
        var images = snapshot.ImageCount;
        var votes = new int[images * classes];
        foreach (var voter in voters)
        {
            var answers = snapshot.Predictions(voter);
            for (var image = 0; image < images; image++)
            {
                votes[image * classes + answers[image]]++;
            }
        }

        var easy = new List<int>();
        var weird = new List<int>();
        var confusing = new List<int>();
        var n = voters.Count;
        if (n > 0)
        {
            var labels = snapshot.Labels;
            for (var image = 0; image < images; image++)
            {
                var row = votes.AsSpan(image * classes, classes);
                var truth = labels[image];
                var top = 0;
                var topWrong = 0;
                for (var c = 0; c < classes; c++)
                {
                    top = Math.Max(top, row[c]);
                    if (c != truth)
                    {
                        topWrong = Math.Max(topWrong, row[c]);
                    }
                }

                if (row[truth] == n)
                {
                    easy.Add(image);
                }

                if ((double)row[truth] / n < weirdTrueBelow && (double)topWrong / n >= weirdWrongAtLeast)
                {
                    weird.Add(image);
                }

                if ((double)top / n <= confusingAtMost)
                {
                    confusing.Add(image);
                }
            }
        }

        return new ImageVotesResult(n, votes, easy, weird, confusing) { Strength = VoteStrength.Of(snapshot, voters) };
    }

    /// <summary>Every network's answer for <paramref name="image"/> (the image page).</summary>
    public static ImageAnswers AnswersOf(PopulationSnapshot snapshot, int image)
    {
        if ((uint)image >= (uint)snapshot.ImageCount)
        {
            throw new ArgumentOutOfRangeException(nameof(image), image, $"Image index must be 0 to {snapshot.ImageCount - 1}.");
        }

        var answers = new byte[snapshot.NetworkCount];
        for (var network = 0; network < answers.Length; network++)
        {
            answers[network] = snapshot.Predictions(network)[image];
        }

        return new ImageAnswers(image, snapshot.Labels[image], answers);
    }

    /// <summary>
    /// The class network <paramref name="network"/> gave the highest probability on <paramref name="image"/>, and that
    /// probability (ties: the lowest class). Loads the network's probabilities on first use: slow for many networks.
    /// </summary>
    public static ClassProbability TopProbability(PopulationSnapshot snapshot, int network, int image)
    {
        var row = snapshot.Probabilities(network).Slice(image * PopulationSnapshot.ClassCount, PopulationSnapshot.ClassCount);
        var top = 0;
        for (var c = 1; c < row.Length; c++)
        {
            if (row[c] > row[top])
            {
                top = c;
            }
        }

        return new ClassProbability(top, row[top]);
    }

    // Last, so that the statics it reads are set when it is built.
    public static AnalysisDefinition<ImageVotesRequest, ImageVotesResult> Definition { get; } = new(
        5, "images", "Easy, weird and confusing test images by the good networks' votes: counts and lists.", ImageVotesRequest.Keys,
        ImageVotesRequest.Read, (snapshot, request, _) => request.Compute(snapshot),
        Benchmark: snapshot => [new("5 test image votes", () => ImageVotesRequest.Default.Compute(snapshot))]);
}

namespace Netpicking.Core.Analysis;

/// <summary>
/// Analysis 8: an ensemble answers with the argmax of its members' averaged probabilities (ties go to the
/// lowest class). Scores are on the whole test set; the greedy search also chooses on it, so its accuracy is
/// optimistic — it says what a budget can buy. <see cref="GreedyEnsembleResult.HeldOut"/> runs the same search on one
/// seeded half of the images and scores its choice on the other half, which is what a held-out set would confirm.
/// </summary>
public static class Ensembles
{
    private const int Classes = PopulationSnapshot.ClassCount;

    /// <summary>The members' mean probabilities, image-major (image * 10 + class).</summary>
    public static float[] AverageProbabilities(PopulationSnapshot snapshot, IReadOnlyList<int> members)
    {
        var sum = new float[snapshot.ImageCount * Classes];
        foreach (var member in members)
        {
            Add(sum, snapshot.Probabilities(member));
        }

        if (members.Count > 0)
        {
            var scale = 1f / members.Count;
            for (var i = 0; i < sum.Length; i++)
            {
                sum[i] *= scale;
            }
        }

        return sum;
    }

    public static EnsembleScore Score(PopulationSnapshot snapshot, IReadOnlyList<int> members)
    {
        if (members.Count == 0 || snapshot.ImageCount == 0)
        {
            return new EnsembleScore(members, double.NaN, double.NaN);
        }

        var average = AverageProbabilities(snapshot, members);
        var hits = new int[Classes];
        var totals = new int[Classes];
        var correct = 0;
        for (var image = 0; image < snapshot.ImageCount; image++)
        {
            var truth = snapshot.Labels[image];
            totals[truth]++;
            if (Argmax(average.AsSpan(image * Classes, Classes)) == truth)
            {
                correct++;
                hits[truth]++;
            }
        }

        // Balanced accuracy averages the recalls of the classes present in the test set.
        double recallSum = 0;
        var present = 0;
        for (var c = 0; c < Classes; c++)
        {
            if (totals[c] > 0)
            {
                recallSum += (double)hits[c] / totals[c];
                present++;
            }
        }

        return new EnsembleScore(members, (double)correct / snapshot.ImageCount, recallSum / present);
    }

    /// <summary>
    /// Ensembles of the <paramref name="maxSize"/> cheapest networks (by <paramref name="cost"/>, ties by id),
    /// growing one member at a time: how many cheap networks it takes to match the best network's accuracy.
    /// </summary>
    /// <param name="cancellationToken">Checked between members: a page whose inputs changed stops loading probabilities it no longer needs.</param>
    public static EnsembleCurve SizeCurve(
        PopulationSnapshot snapshot, CostKind cost = CostKind.Params, int maxSize = 50, CancellationToken cancellationToken = default)
    {
        var best = BestByAccuracy(snapshot);
        var target = best < 0 ? double.NaN : snapshot.Networks[best].At(snapshot.Scope.Epoch)!.Accuracy;
        var order = Enumerable.Range(0, snapshot.NetworkCount)
            .Where(i => !double.IsNaN(snapshot.Cost(i, cost)))
            .OrderBy(i => snapshot.Cost(i, cost)).ThenBy(i => snapshot.Networks[i].Id)
            .Take(maxSize)
            .ToArray();

        var sum = new float[snapshot.ImageCount * Classes];
        var steps = new List<EnsembleStep>(order.Length);
        int? sizeToMatch = null;
        double totalCost = 0;
        foreach (var member in order)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Add(sum, snapshot.Probabilities(member));
            totalCost += snapshot.Cost(member, cost);
            var accuracy = (double)CountCorrect(sum, snapshot.Labels) / snapshot.ImageCount;
            steps.Add(new EnsembleStep(steps.Count + 1, member, accuracy, totalCost));
            if (sizeToMatch is null && accuracy >= target)
            {
                sizeToMatch = steps.Count;
            }
        }

        return new EnsembleCurve(cost, target, sizeToMatch, steps);
    }

    /// <summary>
    /// Forward selection: start empty; each step adds the network (within what is left of the budget) that
    /// raises the ensemble's accuracy most (ties: lowest snapshot index); stop when no network fits or none
    /// raises it, or after <paramref name="maxMembers"/>.
    /// </summary>
    /// <param name="cancellationToken">Checked while loading candidates and between steps.</param>
    public static GreedyEnsembleResult Greedy(
        PopulationSnapshot snapshot, CostKind cost, double budget, int maxMembers = 10, CancellationToken cancellationToken = default)
    {
        var all = Enumerable.Range(0, snapshot.ImageCount).ToArray();
        var result = Greedy(snapshot, cost, budget, maxMembers, all, cancellationToken);
        if (snapshot.ImageCount < 2)
        {
            return result;
        }

        // The same search on one seeded half, scored on the other half it never saw (docs/analyses.md#ensembles).
        var (selection, evaluation) = PredictionSets.Split(snapshot.ImageCount, HoldoutSeed);
        var onSelection = Greedy(snapshot, cost, budget, maxMembers, selection, cancellationToken);
        return result with
        {
            HeldOut = new GreedyHoldout(
                selection.Length, evaluation.Length, onSelection.Members, onSelection.Accuracy, AccuracyOn(snapshot, onSelection.Members, evaluation)),
        };
    }

    /// <summary>The seed of the halves the held-out greedy search chooses on and is scored on.</summary>
    public const long HoldoutSeed = 42;

    /// <summary>The ensemble's accuracy on <paramref name="images"/>; an ensemble of one answers its stored argmax. NaN for no member.</summary>
    public static double AccuracyOn(PopulationSnapshot snapshot, IReadOnlyList<int> members, int[] images)
    {
        if (members.Count == 0 || images.Length == 0)
        {
            return double.NaN;
        }

        var labels = snapshot.Labels;
        if (members.Count == 1)
        {
            return (double)CountCorrect(snapshot.Predictions(members[0]), labels, images) / images.Length;
        }

        var sum = AverageProbabilities(snapshot, members);
        var correct = 0;
        foreach (var image in images)
        {
            correct += Argmax(sum.AsSpan(image * Classes, Classes)) == labels[image] ? 1 : 0;
        }

        return (double)correct / images.Length;
    }

    private static GreedyEnsembleResult Greedy(
        PopulationSnapshot snapshot, CostKind cost, double budget, int maxMembers, int[] images, CancellationToken cancellationToken)
    {
        var sum = new float[snapshot.ImageCount * Classes];
        var chosen = new bool[snapshot.NetworkCount];
        var steps = new List<EnsembleStep>();
        var currentCorrect = -1;
        double spent = 0;
        var labels = snapshot.Labels;

        // Load every candidate's probabilities up front, on this thread, so the parallel loop only reads.
        for (var i = 0; i < snapshot.NetworkCount; i++)
        {
            if (snapshot.Cost(i, cost) <= budget)
            {
                cancellationToken.ThrowIfCancellationRequested();
                _ = snapshot.Probabilities(i);
            }
        }

        while (steps.Count < maxMembers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // A candidate adds at most 1 to a class and at least 0 to any other, so where the ensemble's top class leads
            // the runner-up by more than 1 its answer cannot change: count those images once and try candidates on the rest.
            var (contested, settledCorrect) = Contested(sum, labels, images);
            var correct = new int[snapshot.NetworkCount];
            Array.Fill(correct, -1);
            var left = budget - spent;
            Parallel.For(0, snapshot.NetworkCount, candidate =>
            {
                var candidateCost = snapshot.Cost(candidate, cost);
                if (chosen[candidate] || !(candidateCost <= left))
                {
                    return;
                }

                // An ensemble of one answers what the network answers: its exact stored argmax, no probabilities needed.
                correct[candidate] = steps.Count == 0
                    ? CountCorrect(snapshot.Predictions(candidate), labels, images)
                    : settledCorrect + CountCorrectWith(sum, snapshot.Probabilities(candidate), labels, contested);
            });

            var pick = -1;
            for (var i = 0; i < correct.Length; i++)
            {
                if (correct[i] > currentCorrect && (pick < 0 || correct[i] > correct[pick]))
                {
                    pick = i;
                }
            }

            if (pick < 0)
            {
                break;
            }

            chosen[pick] = true;
            currentCorrect = correct[pick];
            spent += snapshot.Cost(pick, cost);
            Add(sum, snapshot.Probabilities(pick));
            steps.Add(new EnsembleStep(steps.Count + 1, pick, (double)currentCorrect / images.Length, spent));
        }

        return new GreedyEnsembleResult(cost, budget, steps);
    }

    private static (int[] Contested, int SettledCorrect) Contested(float[] sum, byte[] labels, int[] images)
    {
        var contested = new List<int>();
        var settledCorrect = 0;
        foreach (var image in images)
        {
            var row = sum.AsSpan(image * Classes, Classes);
            var top = Argmax(row);
            var runnerUp = float.NegativeInfinity;
            for (var c = 0; c < Classes; c++)
            {
                if (c != top && row[c] > runnerUp)
                {
                    runnerUp = row[c];
                }
            }

            if (row[top] - runnerUp > 1.001f)
            {
                settledCorrect += top == labels[image] ? 1 : 0;
            }
            else
            {
                contested.Add(image);
            }
        }

        return (contested.ToArray(), settledCorrect);
    }

    private static int CountCorrect(ReadOnlySpan<byte> answers, byte[] labels, int[] images)
    {
        var hits = 0;
        foreach (var image in images)
        {
            hits += answers[image] == labels[image] ? 1 : 0;
        }

        return hits;
    }

    private static int CountCorrectWith(float[] sum, ReadOnlySpan<float> probabilities, byte[] labels, int[] images)
    {
        var hits = 0;
        foreach (var image in images)
        {
            var offset = image * Classes;
            var s = sum.AsSpan(offset, Classes);
            var p = probabilities.Slice(offset, Classes);
            var best = 0;
            var bestValue = s[0] + p[0];
            for (var c = 1; c < Classes; c++)
            {
                var value = s[c] + p[c];
                if (value > bestValue)
                {
                    best = c;
                    bestValue = value;
                }
            }

            hits += best == labels[image] ? 1 : 0;
        }

        return hits;
    }

    internal static int Argmax(ReadOnlySpan<float> row)
    {
        var best = 0;
        for (var c = 1; c < row.Length; c++)
        {
            if (row[c] > row[best])
            {
                best = c;
            }
        }

        return best;
    }

    private static void Add(float[] sum, ReadOnlySpan<float> probabilities)
    {
        for (var i = 0; i < sum.Length; i++)
        {
            sum[i] += probabilities[i];
        }
    }

    private static int CountCorrect(float[] sum, byte[] labels)
    {
        var correct = 0;
        for (var image = 0; image < labels.Length; image++)
        {
            if (Argmax(sum.AsSpan(image * Classes, Classes)) == labels[image])
            {
                correct++;
            }
        }

        return correct;
    }

    /// <summary>
    /// The network with the highest accuracy at the scope's epoch (ties: the first in the snapshot), whatever the scope's
    /// score: ensembles are compared on accuracy. -1 for an empty snapshot.
    /// </summary>
    public static int BestByAccuracy(PopulationSnapshot snapshot)
    {
        var best = -1;
        var bestAccuracy = double.NegativeInfinity;
        for (var i = 0; i < snapshot.NetworkCount; i++)
        {
            var accuracy = snapshot.Networks[i].At(snapshot.Scope.Epoch)!.Accuracy;
            if (accuracy > bestAccuracy)
            {
                best = i;
                bestAccuracy = accuracy;
            }
        }

        return best;
    }

    // Last, so that the statics it reads are set when it is built.
    public static AnalysisDefinition<EnsemblesRequest, EnsemblesResult> Definition { get; } = new(
        8, "ensembles", "Ensembles: accuracy vs size for the cheapest networks; a chosen set; greedy ensembles under a budget.",
        EnsemblesRequest.Keys, EnsemblesRequest.Read, (snapshot, request, values) => request.Compute(snapshot, values),
        _ => ProbabilityUse.Some,
        snapshot =>
        {
            var byParams = Enumerable.Range(0, snapshot.NetworkCount).Select(i => snapshot.Cost(i, CostKind.Params)).Order().ToArray();
            var budget = byParams.Length == 0 ? 0 : 5 * byParams[byParams.Length / 2]; // five median-sized networks
            var ensemble = Enumerable.Range(0, Math.Min(50, snapshot.NetworkCount)).ToArray();
            return
            [
                new("8 ensemble score (50)", () => Score(snapshot, ensemble)),
                new("8 size curve (50)", () => SizeCurve(snapshot, CostKind.Params, 50)),
                new("8 greedy (budget 5 median)", () => Greedy(snapshot, CostKind.Params, budget)),
            ];
        });
}

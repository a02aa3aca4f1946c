using System.Runtime.CompilerServices;
using Netpicking.Core.Common;

namespace Netpicking.Core.Analysis;

/// <summary>
/// Analysis 12: RAPS conformal prediction sets. Classes are ordered by probability (the network's stored
/// argmax first, so a set of one is exactly its answer even where float16 rounding tied two classes; then
/// ties by lower class). With rank L of the true class, cumulative probability cum_L and penalty
/// pen_L = λ·max(0, L − k_reg), the conformity score is E = cum_L + pen_L − u·p_(L), u ~ U[0, 1) when
/// randomised and 0 otherwise. The threshold τ is the ⌈(1 − α)(n + 1)⌉-th smallest of the n calibration
/// scores (+∞ when that exceeds n). A set holds the top s classes, s = 1 + #{j : cum_j + pen_j ≤ τ} (at most
/// 10); randomised, the last class is dropped when u ≥ (τ − cum_(s−1) − pen_s) / p_(s). Sets are never empty
/// (the reference implementation's allow_zero_sets = false).
/// </summary>
public static class PredictionSets
{
    private const int Classes = PopulationSnapshot.ClassCount;

    /// <param name="cancellationToken">Stops the networks not yet started (a page whose options changed).</param>
    public static PredictionSetsResult Compute(
        PopulationSnapshot snapshot, RapsOptions? options = null, SetOutcomeWeights? weights = null,
        CancellationToken cancellationToken = default)
    {
        options ??= RapsOptions.Default;
        weights ??= SetOutcomeWeights.Default;
        var (calibration, evaluation) = Split(snapshot.ImageCount, options.Seed);
        var stats = new PredictionSetStats[snapshot.NetworkCount];

        // Networks are independent and each draws from its own seeded stream, so the parallel loop is deterministic.
        Parallel.For(
            0,
            snapshot.NetworkCount,
            new ParallelOptions { CancellationToken = cancellationToken },
            i => stats[i] = Evaluate(snapshot, i, calibration, evaluation, options, weights));
        return new PredictionSetsResult(options, weights, calibration.Length, evaluation.Length, stats);
    }

    /// <summary>A seeded shuffle of the image indices: the first half (rounded down) calibrates, the rest is evaluated.</summary>
    public static (int[] Calibration, int[] Evaluation) Split(int imageCount, long seed)
    {
        var order = Enumerable.Range(0, imageCount).ToArray();
        SplitMix64.Of(seed, imageCount).Shuffle<int>(order);
        var half = imageCount / 2;
        var calibration = order[..half];
        var evaluation = order[half..];
        Array.Sort(calibration);
        Array.Sort(evaluation);
        return (calibration, evaluation);
    }

    /// <summary>One network on a given split; randomised draws come from a stream seeded by the seed and the network id.</summary>
    // This and the per-image helpers are compiled fully optimised at once: otherwise a page's first RAPS over a full zoo
    // runs its ten million iterations largely in unoptimised tier-0 code (twice the time of a repeat).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static PredictionSetStats Evaluate(
        PopulationSnapshot snapshot,
        int index,
        IReadOnlyList<int> calibration,
        IReadOnlyList<int> evaluation,
        RapsOptions options,
        SetOutcomeWeights weights)
    {
        var probabilities = snapshot.Probabilities(index);
        var answers = snapshot.Predictions(index);
        var labels = snapshot.Labels;
        var random = SplitMix64.Of(options.Seed, snapshot.Networks[index].Id);

        var scores = new double[calibration.Count];
        for (var k = 0; k < calibration.Count; k++)
        {
            var image = calibration[k];
            var u = options.Randomized ? random.NextDouble() : 0;
            scores[k] = ConformalScore(probabilities.Slice(image * Classes, Classes), answers[image], labels[image], options, u);
        }

        var tau = Threshold(scores, options.Alpha);
        int correctSure = 0, correctUnsure = 0, wrongSure = 0, wrongOutside = 0, wrongInside = 0;
        long sizes = 0;
        var covered = 0;
        foreach (var image in evaluation)
        {
            var row = probabilities.Slice(image * Classes, Classes);
            var u = options.Randomized ? random.NextDouble() : 0;
            var size = SetSize(row, answers[image], tau, options, u);
            var truth = labels[image];
            var inside = RankOf(row, answers[image], truth, out _) <= size;
            sizes += size;
            covered += inside ? 1 : 0;
            var correct = answers[image] == truth;
            if (correct)
            {
                if (size == 1)
                {
                    correctSure++;
                }
                else
                {
                    correctUnsure++;
                }
            }
            else if (size == 1)
            {
                wrongSure++;
            }
            else if (inside)
            {
                wrongInside++;
            }
            else
            {
                wrongOutside++;
            }
        }

        var n = evaluation.Count;
        double Fraction(int count) => n == 0 ? double.NaN : (double)count / n;
        var weighted = weights.Score(correctSure, correctUnsure, wrongSure, wrongOutside, wrongInside);
        var network = snapshot.Networks[index];
        return new PredictionSetStats(
            index, network.Id, network.Name, network.Group, tau, n,
            n == 0 ? double.NaN : (double)sizes / n, Fraction(covered), Fraction(correctSure + correctUnsure),
            correctSure, correctUnsure, wrongSure, wrongOutside, wrongInside, weighted);
    }

    /// <summary>The conformity score E of one calibration image (see the class summary); u = 0 when not randomised.</summary>
    public static double ConformalScore(ReadOnlySpan<float> probabilities, byte argmax, int truth, RapsOptions options, double u)
    {
        var rank = RankOf(probabilities, argmax, truth, out var cumulative);
        return cumulative + Penalty(rank, options) - (options.Randomized ? u : 0) * probabilities[truth];
    }

    /// <summary>
    /// The 1-based rank of <paramref name="truth"/> in the order described above, and the probability summed over it and
    /// every class before it; one pass, no sort, because this runs for every image of every network.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int RankOf(ReadOnlySpan<float> probabilities, byte argmax, int truth, out double cumulative)
    {
        if ((uint)truth >= Classes)
        {
            throw new ArgumentOutOfRangeException(nameof(truth), truth, "The true class is not one of the 10 classes.");
        }

        var p = probabilities[truth];
        cumulative = p;
        if (truth == argmax)
        {
            return 1;
        }

        var rank = 1;
        for (var c = 0; c < Classes; c++)
        {
            if (c == truth)
            {
                continue;
            }

            var q = probabilities[c];
            if (c == argmax || q > p || (q == p && c < truth))
            {
                rank++;
                cumulative += q;
            }
        }

        return rank;
    }

    /// <summary>τ: the ⌈(1 − α)(n + 1)⌉-th smallest score, or +∞ when there are too few scores for that.</summary>
    public static double Threshold(IReadOnlyList<double> scores, double alpha)
    {
        var k = (int)Math.Ceiling((1 - alpha) * (scores.Count + 1) - 1e-9);
        if (k > scores.Count || scores.Count == 0)
        {
            return double.PositiveInfinity;
        }

        // Only the k-th smallest is needed: selection is linear where a sort of every network's 5,000 scores was a
        // quarter of RAPS's time on a full zoo. NaN scores (never from finite probabilities) keep the sort's order.
        var values = scores.ToArray();
        var index = Math.Max(k, 1) - 1;
        if (values.Any(double.IsNaN))
        {
            Array.Sort(values);
            return values[index];
        }

        return Select(values, index);
    }

    /// <summary>The value that would be at <paramref name="index"/> if <paramref name="values"/> were sorted (reorders it).</summary>
    private static double Select(double[] values, int index)
    {
        int left = 0, right = values.Length - 1;
        while (left < right)
        {
            var pivot = values[left + ((right - left) / 2)];
            int i = left, j = right;
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (values[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            // Now values[left..j] ≤ pivot ≤ values[i..right], and anything between j and i equals the pivot.
            if (index <= j)
            {
                right = j;
            }
            else if (index >= i)
            {
                left = i;
            }
            else
            {
                return values[index];
            }
        }

        return values[index];
    }

    /// <summary>The size of the prediction set of one image (the set is the top classes in the order described above).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int SetSize(ReadOnlySpan<float> probabilities, byte argmax, double tau, RapsOptions options, double u)
    {
        if (double.IsPositiveInfinity(tau))
        {
            return Classes;
        }

        // The common case for a confident network: the argmax alone passes τ, so s = 1 and no order is needed
        // (randomised, dropping it would leave an empty set, which is not allowed).
        double cumulative = probabilities[argmax];
        if (cumulative + Penalty(1, options) > tau)
        {
            return 1;
        }

        // Only the sorted values matter for the size (coverage asks RankOf), so sort nine floats, not class indices.
        Span<float> rest = stackalloc float[Classes - 1];
        var n = 0;
        for (var c = 0; c < Classes; c++)
        {
            if (c == argmax)
            {
                continue;
            }

            var value = probabilities[c];
            var j = n;
            while (j > 0 && rest[j - 1] < value)
            {
                rest[j] = rest[j - 1];
                j--;
            }

            rest[j] = value;
            n++;
        }

        for (var j = 2; j <= Classes; j++)
        {
            var before = cumulative;
            var last = rest[j - 2];
            cumulative += last;
            var passes = cumulative + Penalty(j, options) > tau;
            if (passes || j == Classes)
            {
                // s = j: the first class past τ, or all ten when none is.
                var size = j;
                if (options.Randomized && u >= (tau - before - Penalty(j, options)) / last)
                {
                    size--;
                }

                return size;
            }
        }

        return Classes;
    }

    /// <summary>The classes from most to least likely: the argmax first, then by probability, ties by lower class.</summary>
    public static void Order(ReadOnlySpan<float> probabilities, byte argmax, Span<int> order)
    {
        order[0] = argmax;
        var n = 1;
        for (var c = 0; c < Classes; c++)
        {
            if (c == argmax)
            {
                continue;
            }

            // Insertion sort: ten values, and this runs ten million times over a full population.
            var j = n;
            while (j > 1 && probabilities[order[j - 1]] < probabilities[c])
            {
                order[j] = order[j - 1];
                j--;
            }

            order[j] = c;
            n++;
        }
    }

    private static double Penalty(int rank, RapsOptions options) => options.Lambda * Math.Max(0, rank - options.KReg);

    // Last, so that the statics it reads are set when it is built.
    public static AnalysisDefinition<PredictionSetsRequest, PredictionSetsResult> Definition { get; } = new(
        12, "prediction-sets", "RAPS conformal prediction sets per network: mean set size, coverage, the 5-way split and a weighted score.",
        PredictionSetsRequest.Keys, PredictionSetsRequest.Read, (snapshot, request, _) => request.Compute(snapshot),
        _ => ProbabilityUse.All,
        snapshot => [new("12 prediction sets (RAPS)", () => Compute(snapshot))]);
}

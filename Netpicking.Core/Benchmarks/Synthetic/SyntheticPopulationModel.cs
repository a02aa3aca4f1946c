using Netpicking.Core.Analysis;
using Netpicking.Core.Common;

namespace Netpicking.Core.Benchmarks.Synthetic;

/// <summary>
/// A seeded model of a trained population, for timing the analyses and the loader at full scale without training a
/// thousand networks. Its numbers are made up; what it keeps realistic is what the analyses' cost depends on:
/// <list type="bullet">
/// <item>accuracies like a real MNIST zoo's: error rates log-uniform between 0.7 % and 15 % after training (median
/// ≈ 97 % accuracy), and a few stuck networks that answer one class (≈ 10 %), as diverged trainings do;</item>
/// <item>networks that improve over epochs, mostly in the first few, with a little noise from epoch to epoch;</item>
/// <item>errors that cluster on the same images (15 % of images are hard, 0.5 % nearly hopeless) and often on the same
/// wrong class (each image has a likely confusion), so vote shares, ensembles and agreement see correlated networks;</item>
/// <item>roughly calibrated probabilities: sure when right, unsure when wrong (uncalibrated networks make RAPS sets large).</item>
/// </list>
/// Every network draws from its own streams (seed, stream, network, epoch), so a network's answers never depend on which
/// others were generated or in which order. AUC is modelled from recall rather than computed (a full sort per class and
/// epoch would dominate the benchmark's set-up time).
/// </summary>
public sealed class SyntheticPopulationModel
{
    private const int Classes = PopulationSnapshot.ClassCount;
    private const double StuckShare = 0.04;
    private const double LowestErrorRate = 0.007;
    private const double HighestErrorRate = 0.15;
    private const double HardShare = 0.15;
    private const double HopelessShare = 0.005;
    private const double EasyWeight = 0.25;
    private const double HopelessWeight = 60;
    private const double LikelyConfusionShare = 0.7;

    // Stream ids: one per kind of draw, so adding a draw to one never shifts another.
    private const long ImageStream = 1;
    private const long TraitStream = 2;
    private const long AnswerStream = 3;
    private const long EpochStream = 4;
    private const long ConfidenceStream = 5;
    private const long LabelStream = 6;

    // Hard images carry the weight the easy and hopeless ones leave, so the mean weight is 1 and a network's error
    // rate is (up to the cap at 1) its expected share of wrong answers.
    private static readonly double HardWeight = (1 - ((1 - HardShare - HopelessShare) * EasyWeight) - (HopelessShare * HopelessWeight)) / HardShare;

    private readonly long seed;
    private readonly double[] errorWeights;
    private readonly byte[] likelyConfusions;

    /// <param name="labels">The true class of every test image (real MNIST labels, or <see cref="SeededLabels"/>).</param>
    /// <param name="seed">Seeds every draw of the model.</param>
    public SyntheticPopulationModel(byte[] labels, long seed)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.Length == 0 || labels.Any(l => l >= Classes))
        {
            throw new ArgumentException($"Labels must be classes 0 to {Classes - 1}, at least one.", nameof(labels));
        }

        Labels = labels;
        this.seed = seed;
        errorWeights = new double[labels.Length];
        likelyConfusions = new byte[labels.Length];
        var random = SplitMix64.Of(seed, ImageStream);
        for (var i = 0; i < labels.Length; i++)
        {
            var kind = random.NextDouble();
            errorWeights[i] = kind < HopelessShare ? HopelessWeight : kind < HopelessShare + HardShare ? HardWeight : EasyWeight;
            likelyConfusions[i] = (byte)((labels[i] + 1 + random.NextInt(Classes - 1)) % Classes);
        }
    }

    public byte[] Labels { get; }

    public int ImageCount => Labels.Length;

    /// <summary>Seeded labels, uniform over the ten classes, for when the real test labels are not at hand.</summary>
    public static byte[] SeededLabels(int count, long seed)
    {
        var random = SplitMix64.Of(seed, LabelStream);
        var labels = new byte[count];
        for (var i = 0; i < count; i++)
        {
            labels[i] = (byte)random.NextInt(Classes);
        }

        return labels;
    }

    /// <summary>What network <paramref name="network"/> (an index, e.g. its id in the zoo) is like.</summary>
    public SyntheticNetworkTraits Traits(int network)
    {
        var random = SplitMix64.Of(seed, TraitStream, network);
        var stuck = random.Chance(StuckShare);
        var stuckClass = (byte)random.NextInt(Classes);
        var finalError = Math.Exp(Math.Log(LowestErrorRate) + (random.NextDouble() * Math.Log(HighestErrorRate / LowestErrorRate)));
        var earlyFactor = 0.5 + (2.5 * random.NextDouble());
        var settle = 1 + (3 * random.NextDouble());
        var u = random.NextDouble();
        var secondsPerEpoch = 5 + (120 * u * u); // most networks train fast, a few (the big convolutions) slowly
        return new SyntheticNetworkTraits(stuck, stuckClass, finalError, earlyFactor, settle, secondsPerEpoch);
    }

    /// <summary>
    /// Network <paramref name="network"/>'s answers and scores at each of <paramref name="epochs"/> (tested epochs,
    /// 1-based). A wrong answer at a later epoch is mostly wrong earlier too: each image's draws are fixed per network
    /// and only the error rate moves.
    /// </summary>
    public IReadOnlyList<SyntheticEpoch> Epochs(int network, IReadOnlyList<int> epochs)
    {
        var traits = Traits(network);
        var rates = new double[epochs.Count];
        var seconds = new double[epochs.Count];
        for (var e = 0; e < epochs.Count; e++)
        {
            var random = SplitMix64.Of(seed, EpochStream, network, epochs[e]);
            var curve = 1 + (traits.EarlyErrorFactor * Math.Exp(-(epochs[e] - 1) / traits.EpochsToSettle));
            rates[e] = Math.Min(0.9, traits.FinalErrorRate * curve * (0.9 + (0.2 * random.NextDouble())));
            seconds[e] = traits.SecondsPerEpoch * (0.95 + (0.1 * random.NextDouble()));
        }

        var answers = new byte[epochs.Count][];
        for (var e = 0; e < epochs.Count; e++)
        {
            answers[e] = new byte[ImageCount];
        }

        var draws = SplitMix64.Of(seed, AnswerStream, network);
        for (var i = 0; i < ImageCount; i++)
        {
            var u = draws.NextDouble();
            var likely = draws.NextDouble() < LikelyConfusionShare;
            var other = (byte)((Labels[i] + 1 + draws.NextInt(Classes - 1)) % Classes);
            var wrongAnswer = likely ? likelyConfusions[i] : other;
            for (var e = 0; e < epochs.Count; e++)
            {
                answers[e][i] = traits.Stuck ? traits.StuckClass : u < rates[e] * errorWeights[i] ? wrongAnswer : Labels[i];
            }
        }

        var result = new SyntheticEpoch[epochs.Count];
        for (var e = 0; e < epochs.Count; e++)
        {
            result[e] = Score(epochs[e], answers[e], traits.Stuck, seconds[e]);
        }

        return result;
    }

    /// <summary>
    /// Class probabilities (image-major, image * 10 + class) of network <paramref name="network"/> at
    /// <paramref name="epoch"/> whose answers are <paramref name="answers"/>: the answer gets the confidence, the
    /// other nine classes share the rest evenly.
    /// </summary>
    public float[] Probabilities(int network, int epoch, ReadOnlySpan<byte> answers)
    {
        var values = new float[ImageCount * Classes];
        Fill(network, epoch, answers, values, logarithms: false);
        return values;
    }

    /// <summary>The natural logarithms of <see cref="Probabilities"/>, as a network's LogSoftmax output would give them.</summary>
    public float[] LogProbabilities(int network, int epoch, ReadOnlySpan<byte> answers)
    {
        var values = new float[ImageCount * Classes];
        Fill(network, epoch, answers, values, logarithms: true);
        return values;
    }

    private void Fill(int network, int epoch, ReadOnlySpan<byte> answers, Span<float> values, bool logarithms)
    {
        if (answers.Length != ImageCount)
        {
            throw new ArgumentException($"Expected {ImageCount} answers, got {answers.Length}.", nameof(answers));
        }

        var stuck = Traits(network).Stuck;
        var random = SplitMix64.Of(seed, ConfidenceStream, network, epoch);
        for (var i = 0; i < ImageCount; i++)
        {
            // Every confidence stays above 0.1, so the answer is always the argmax.
            var u = random.NextDouble();
            var confidence = stuck ? 0.15 + (0.05 * u) : answers[i] == Labels[i] ? 0.6 + (0.4 * u) : 0.2 + (0.5 * u);
            var rest = (1 - confidence) / (Classes - 1);
            var (top, other) = logarithms ? ((float)Math.Log(confidence), (float)Math.Log(rest)) : ((float)confidence, (float)rest);
            var row = values.Slice(i * Classes, Classes);
            row.Fill(other);
            row[answers[i]] = top;
        }
    }

    private SyntheticEpoch Score(int epoch, byte[] answers, bool stuck, double seconds)
    {
        var confusion = new int[Classes * Classes];
        var support = new int[Classes];
        var correct = 0;
        for (var i = 0; i < answers.Length; i++)
        {
            support[Labels[i]]++;
            confusion[(Labels[i] * Classes) + answers[i]]++;
            correct += answers[i] == Labels[i] ? 1 : 0;
        }

        // Same conventions as the trainer's EvaluationMetrics: recall 0 for a class with no images, balanced accuracy
        // the mean recall. AUC is modelled: high when recall is, 0.5 for a stuck network.
        var recall = new float[Classes];
        var auc = new float[Classes];
        for (var c = 0; c < Classes; c++)
        {
            recall[c] = support[c] == 0 ? 0 : confusion[(c * Classes) + c] / (float)support[c];
            auc[c] = stuck ? 0.5f : 1 - (0.08f * (1 - recall[c]));
        }

        return new SyntheticEpoch(
            epoch, answers, correct / (double)answers.Length, recall.Average(), auc.Average(), recall, auc, confusion, seconds);
    }
}

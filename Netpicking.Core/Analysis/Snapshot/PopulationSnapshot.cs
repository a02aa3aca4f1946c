namespace Netpicking.Core.Analysis;

/// <summary>
/// The population of one <see cref="SnapshotScope"/>: every network with results at the scope's epoch, the
/// test labels, each network's argmax answers at that epoch, and (loaded on first use) its probabilities.
/// Per-image data are flat arrays (one byte per image for answers, images × classes floats for
/// probabilities) because 1001 networks × 10,000 images as objects would not fit the time and memory targets.
/// </summary>
public sealed class PopulationSnapshot
{
    public const int ClassCount = 10;

    private readonly byte[][] predictions;
    private readonly Func<int, float[]>? probabilityLoader;
    private readonly float[]?[] probabilities;
    private readonly double[] scores;

    /// <param name="scope">The scope the population was taken for.</param>
    /// <param name="testedEpochs">The tested epochs of the run settings, ascending (a network may miss some).</param>
    /// <param name="networks">Networks that have scores at <c>scope.Epoch</c>.</param>
    /// <param name="labels">The true class of every test image, in test-file order.</param>
    /// <param name="predictions">Per network (same order), the argmax class of every image at the scope's epoch.</param>
    /// <param name="probabilityLoader">
    /// Given a network's index, its probabilities at the scope's epoch (images × classes, image-major); null
    /// when the snapshot was loaded without them. Called at most once per network.
    /// </param>
    public PopulationSnapshot(
        SnapshotScope scope,
        IReadOnlyList<int> testedEpochs,
        IReadOnlyList<PopulationNetwork> networks,
        byte[] labels,
        IReadOnlyList<byte[]> predictions,
        Func<int, float[]>? probabilityLoader = null)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (networks.Count != predictions.Count)
        {
            throw new ArgumentException($"{networks.Count} networks but {predictions.Count} prediction arrays.", nameof(predictions));
        }

        scores = new double[networks.Count];
        for (var i = 0; i < networks.Count; i++)
        {
            var at = networks[i].At(scope.Epoch)
                ?? throw new ArgumentException($"Network {networks[i].Name} has no scores at epoch {scope.Epoch}.", nameof(networks));
            if (predictions[i].Length != labels.Length)
            {
                throw new ArgumentException(
                    $"Network {networks[i].Name} has {predictions[i].Length} answers for {labels.Length} test images.", nameof(predictions));
            }

            scores[i] = scope.Score.Of(at);
        }

        Scope = scope;
        TestedEpochs = testedEpochs.Order().ToArray();
        Networks = networks;
        Labels = labels;
        this.predictions = predictions.ToArray();
        this.probabilityLoader = probabilityLoader;
        probabilities = new float[networks.Count][];
    }

    public SnapshotScope Scope { get; }

    public IReadOnlyList<int> TestedEpochs { get; }

    public IReadOnlyList<PopulationNetwork> Networks { get; }

    public byte[] Labels { get; }

    public int NetworkCount => Networks.Count;

    public int ImageCount => Labels.Length;

    public bool HasProbabilities => probabilityLoader is not null;

    /// <summary>The tested epochs up to the scope's epoch: the ones "good" is judged on.</summary>
    public IEnumerable<int> EpochsUpToScope => TestedEpochs.Where(e => e <= Scope.Epoch);

    /// <summary>The scope's score of network <paramref name="index"/> at the scope's epoch.</summary>
    public double Score(int index) => scores[index];

    /// <summary>The scope's score of network <paramref name="index"/> at <paramref name="epoch"/>; NaN when it has none.</summary>
    public double ScoreAt(int index, int epoch) => Networks[index].At(epoch) is { } at ? Scope.Score.Of(at) : double.NaN;

    public double Cost(int index, CostKind kind) => Networks[index].Cost(kind, Scope.Epoch);

    /// <summary>Network <paramref name="index"/>'s answer (argmax class) for every image.</summary>
    public ReadOnlySpan<byte> Predictions(int index) => predictions[index];

    /// <summary>
    /// Network <paramref name="index"/>'s class probabilities, image-major (image * 10 + class). Loaded once and
    /// kept; safe to call from several threads.
    /// </summary>
    public ReadOnlySpan<float> Probabilities(int index)
    {
        var cached = Volatile.Read(ref probabilities[index]);
        if (cached is not null)
        {
            return cached;
        }

        if (probabilityLoader is null)
        {
            throw new InvalidOperationException(
                "This snapshot was loaded without probabilities; load it with probabilities for ensembles, prediction sets and cascades.");
        }

        var loaded = probabilityLoader(index);
        if (loaded.Length != ImageCount * ClassCount)
        {
            throw new InvalidOperationException(
                $"Network {Networks[index].Name} has {loaded.Length} probabilities; expected {ImageCount * ClassCount}.");
        }

        // Two threads may load the same network; either copy is the same, keep the first.
        return Interlocked.CompareExchange(ref probabilities[index], loaded, null) ?? loaded;
    }

    /// <summary>Index of the network with this zoo id, or -1.</summary>
    public int IndexOf(int networkId)
    {
        for (var i = 0; i < Networks.Count; i++)
        {
            if (Networks[i].Id == networkId)
            {
                return i;
            }
        }

        return -1;
    }
}

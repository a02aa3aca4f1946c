using System.Diagnostics;
using Netpicking.Core.Data;
using Netpicking.Core.Zoo;
using TorchSharp;
using static TorchSharp.torch;

namespace Netpicking.Core.Training;

/// <summary>
/// Computes <see cref="InputGradients"/> on demand from kept weights (<see cref="KeptWeights"/>), on the CPU in eval mode.
/// The last few modules loaded stay in memory (least recently used goes first, and is disposed), so stepping through
/// images of one network only pays for the forward and backward passes. Calls run one at a time: each is a fraction of a
/// second, and one at a time keeps the cache simple and the CPU free for training jobs.
/// </summary>
public sealed class InputGradientService(KeptWeights weights, DatasetLoader datasets) : IDisposable
{
    public const int DefaultCacheSize = 4;

    private readonly Lock gate = new();
    private readonly Lazy<Task> warmUp = new(() => Task.Run(WarmUp));
    private readonly LinkedList<CachedModule> cache = new();
    private bool disposed;

    public int CacheSize { get; init; } = DefaultCacheSize;

    /// <summary>How many modules were built and loaded from disk since start (a cache hit adds none).</summary>
    public int Loads { get; private set; }

    /// <summary>
    /// Pays, once per process and in the background, for libtorch's lazy start-up of the convolution and batch-norm
    /// gradients (0.3–3 s on a busy machine, whatever the network), so that a page that may soon ask for gradients (the
    /// Compare page) can start it before the first click. Safe to call any number of times.
    /// </summary>
    public Task WarmUpAsync() => warmUp.Value;

    /// <summary>
    /// The gradients of a network of a built-in zoo on test image <paramref name="imageIndex"/> of the key's dataset;
    /// null when no weights are kept for that training.
    /// </summary>
    public async Task<InputGradients?> ComputeAsync(WeightsKey key, int imageIndex, CancellationToken cancellationToken = default)
    {
        if (!weights.Exists(key))
        {
            return null;
        }

        var spec = ZooCatalog.Default.GetNetwork(key.Zoo, key.NetworkId);
        var dataset = await datasets.LoadAsync(key.Dataset, cancellationToken);
        if ((uint)imageIndex >= (uint)dataset.Test.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(imageIndex), imageIndex, $"A test image of {dataset.Info.DisplayName} is 0 to {dataset.Test.Count - 1}.");
        }

        var pixels = dataset.Test.Image(imageIndex).ToArray();
        return await Task.Run(() => Compute(spec, key, pixels, dataset.Normalisation, imageIndex, dataset.Test.Labels[imageIndex]), cancellationToken);
    }

    /// <summary>As <see cref="ComputeAsync"/> for a given spec and image: the tests' and the generated zoos' way in.</summary>
    public InputGradients Compute(NetworkSpec spec, WeightsKey key, byte[] pixels, Normalisation normalisation, int imageIndex = -1, int label = -1)
    {
        var watch = Stopwatch.StartNew();
        lock (gate)
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            var module = Module(spec, weights.PathFor(key));
            var (probabilities, gradients) = Gradients(module, pixels, normalisation);
            return new InputGradients(key, imageIndex, label, pixels, probabilities, gradients, watch.Elapsed);
        }
    }

    /// <summary>
    /// One forward pass, then one backward pass per class through the kept graph. Ten copies of the image in one batch with
    /// one backward pass would give the same numbers, but pays for ten forward passes: measured on ResNetStyle_75 with one
    /// thread, 65 ms against 42 ms for this.
    /// </summary>
    public static (float[] Probabilities, float[] Gradients) Gradients(nn.Module<Tensor, Tensor> module, ReadOnlySpan<byte> pixels, Normalisation normalisation)
    {
        if (pixels.Length != InputGradients.PixelCount)
        {
            throw new ArgumentException($"An image has {InputGradients.PixelCount} pixels, not {pixels.Length}.", nameof(pixels));
        }

        const int classes = InputGradients.Classes;
        var raw = new float[InputGradients.PixelCount];
        for (var p = 0; p < pixels.Length; p++)
        {
            raw[p] = pixels[p] / 255f;
        }

        using var scope = NewDisposeScope();
        module.eval();
        var x = tensor(raw, [1, InputGradients.PixelCount]).requires_grad_(true);
        // The same float arithmetic as Normalisation.Apply, inside the graph so the gradient is in raw pixel space.
        var normalised = x.sub((float)normalisation.Mean).div((float)normalisation.Std);
        var logProbabilities = module.forward(normalised);
        var gradients = new float[classes * InputGradients.PixelCount];
        for (var c = 0; c < classes; c++)
        {
            var gradient = torch.autograd.grad([logProbabilities[0, c]], [x], retain_graph: c < classes - 1)[0];
            gradient.contiguous().data<float>().CopyTo(gradients.AsSpan(c * InputGradients.PixelCount, InputGradients.PixelCount));
        }

        var probabilities = logProbabilities[0].detach().exp().data<float>().ToArray();
        return (probabilities, gradients);
    }

    private static void WarmUp()
    {
        // The smallest ResNet of the reference zoo has a convolution, batch norm and a residual block: everything later
        // networks need. Its initial weights are as good as any for this.
        var spec = ZooCatalog.Default.Get(ZooCatalog.Mnistk1001).Networks
            .Where(n => n.Group == Families.ResNet)
            .MinBy(n => StaticMetricsCalculator.Compute(n).Params);
        if (spec is null)
        {
            return;
        }

        try
        {
            using var module = NetworkModuleBuilder.Build(spec);
            Gradients(module, new byte[InputGradients.PixelCount], new Normalisation(0, 1));
        }
        catch (Exception e) when (e is System.Runtime.InteropServices.ExternalException or InvalidOperationException)
        {
            // Best effort: a failing libtorch shows up again, with its message, when real gradients are asked for.
        }
    }

    private nn.Module<Tensor, Tensor> Module(NetworkSpec spec, string path)
    {
        // A file rewritten since it was cached (a retrained network) is loaded again.
        var stamp = File.GetLastWriteTimeUtc(path);
        for (var node = cache.First; node is not null; node = node.Next)
        {
            if (node.Value.Path == path && node.Value.Stamp == stamp)
            {
                cache.Remove(node);
                cache.AddFirst(node);
                return node.Value.Module;
            }
        }

        var module = NetworkModuleBuilder.Build(spec);
        try
        {
            module.load(path);
            module.eval();
        }
        catch
        {
            module.Dispose();
            throw;
        }

        Loads++;
        foreach (var stale in cache.Where(c => c.Path == path).ToList())
        {
            cache.Remove(stale);
            stale.Module.Dispose();
        }

        cache.AddFirst(new CachedModule(path, stamp, module));
        while (cache.Count > Math.Max(CacheSize, 1))
        {
            var last = cache.Last!;
            cache.RemoveLast();
            last.Value.Module.Dispose();
        }

        return module;
    }

    public void Dispose()
    {
        lock (gate)
        {
            disposed = true;
            foreach (var entry in cache)
            {
                entry.Module.Dispose();
            }

            cache.Clear();
        }
    }

    private sealed record CachedModule(string Path, DateTime Stamp, nn.Module<Tensor, Tensor> Module);
}

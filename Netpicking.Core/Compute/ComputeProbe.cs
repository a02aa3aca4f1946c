using System.Collections.Concurrent;
using System.Diagnostics;
using Netpicking.Core.Zoo;
using TorchSharp;
using static TorchSharp.torch;

namespace Netpicking.Core.Compute;

/// <summary>
/// The self-check that runs in a child process (the libtorch settings it tries cannot be undone in a process, and a
/// kernel that reads memory it never wrote may crash): with oneDNN on, every distinct convolution of the zoo against
/// float64; with oneDNN off, both of our <see cref="ConvolutionMethod"/>s the same way; then GEMM throughput on the
/// matrix shapes those convolutions make. docs/decisions/0013-compute-path-per-machine.md.
/// </summary>
public static class ComputeProbe
{
    /// <summary>Largest difference from float64, relative to the largest reference value, that counts as correct.</summary>
    public const double Tolerance = 1e-4;

    private const int Images = 2;

    /// <summary>The distinct convolutions of the built-in zoo (2,281 for mnistk-1001).</summary>
    public static IReadOnlyList<ConvolutionShape> ZooShapes(int? limit = null)
    {
        var shapes = ZooCatalog.Default.Get(ZooCatalog.Mnistk1001).Networks
            .SelectMany(n => ConvolutionShape.Of(n).Select(c => c.Shape))
            .DistinctBy(s => s.Key)
            .ToList();
        return limit is { } n ? shapes.Take(n).ToList() : shapes;
    }

    /// <summary>Runs in this process; call only in a process of its own, before anything else loads libtorch.</summary>
    public static ProbeReport Run(bool mklIntel, bool checkOneDnn, bool checkKernels, IReadOnlyList<ConvolutionShape> shapes)
    {
        var watch = Stopwatch.StartNew();
        var applied = TorchRuntime.Use(new ComputePath(OneDnn: checkOneDnn, MklIntel: mklIntel, "self-check"));
        if (mklIntel && !applied.MklIntel)
        {
            throw new InvalidOperationException("The MKL code-path switch could not be loaded in the self-check process.");
        }

        TorchRuntime.EnsureReady();
        torch.set_num_threads(1);
        var oneDnn = checkOneDnn ? Check(shapes, null) : null;
        TorchRuntime.Use(applied with { OneDnn = false });
        var kernels = checkKernels ? Check(shapes, ConvolutionMethod.Gemm, ConvolutionMethod.Aten) : null;
        return new ProbeReport(
            mklIntel,
            MachineIdentity.Current.CpuModel,
            $"libtorch {torch.__version__}",
            TorchRuntime.OneDnnVersion(),
            oneDnn,
            kernels,
            GemmGflops(shapes),
            watch.Elapsed.TotalSeconds);
    }

    /// <summary>
    /// Checks each shape with libtorch's own convolution (<paramref name="methods"/> null: whatever oneDNN setting is
    /// in force) or with each of <paramref name="methods"/>, on two threads at once, as two training jobs convolve.
    /// </summary>
    private static LayerCheck Check(IReadOnlyList<ConvolutionShape> shapes, params ConvolutionMethod[]? methods)
    {
        var watch = Stopwatch.StartNew();
        var results = new ConcurrentBag<(string Layer, double Error, bool Finite)>();
        var next = -1;
        var threads = Enumerable.Range(0, 2).Select(_ => new Thread(() =>
        {
            torch.set_num_threads(1);
            for (var i = Interlocked.Increment(ref next); i < shapes.Count; i = Interlocked.Increment(ref next))
            {
                foreach (var method in methods ?? [ConvolutionMethod.Aten])
                {
                    var (error, finite) = Compare(shapes[i], method, seed: i);
                    results.Add((methods is null ? shapes[i].Key : $"{shapes[i].Key} ({method})", error, finite));
                }
            }
        }, 16 << 20)).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        var worst = results.Where(r => r.Finite).DefaultIfEmpty().MaxBy(r => r.Error);
        return new LayerCheck(
            shapes.Count,
            results.Where(r => !r.Finite || r.Error > Tolerance).Select(r => r.Layer.Split(" (")[0]).Distinct().Count(),
            results.Where(r => !r.Finite).Select(r => r.Layer.Split(" (")[0]).Distinct().Count(),
            worst.Error,
            worst.Layer,
            watch.Elapsed.TotalSeconds);
    }

    private static (double Error, bool Finite) Compare(ConvolutionShape shape, ConvolutionMethod method, int seed)
    {
        using var scope = NewDisposeScope();
        var generator = new Generator((ulong)seed + 1);
        long[] inputShape = [Images, shape.InChannels, .. shape.InSize.Select(s => (long)s)];
        var input = torch.randn(inputShape, generator: generator);
        var weight = torch.randn([shape.OutChannels, shape.InChannels, .. shape.Kernel.Select(k => (long)k)], generator: generator)
            / Math.Sqrt(shape.InChannels * shape.KernelVolume);
        var bias = shape.Bias ? torch.randn([shape.OutChannels], generator: generator) : null;
        var upstream = torch.randn([Images, shape.OutChannels, .. shape.OutSize.Select(s => (long)s)], generator: generator);

        DirtyFreedMemory(inputShape, shape);
        var single = ForwardBackward(method, input, weight, bias, upstream, shape.Padding);
        // libtorch's own convolution in float64: never oneDNN (it has no float64 kernels), and independent of ours.
        var reference = ForwardBackward(ConvolutionMethod.Aten, input.to(float64), weight.to(float64), bias?.to(float64), upstream.to(float64), shape.Padding);

        double error = 0;
        var finite = true;
        for (var k = 0; k < single.Length; k++)
        {
            finite &= single[k].isfinite().all().item<bool>();
            var scale = Math.Max(reference[k].abs().max().item<double>(), 1e-6);
            error = Math.Max(error, (single[k].to(float64) - reference[k]).abs().max().item<double>() / scale);
        }

        return (error, finite);
    }

    /// <summary>Output, then the gradients of input, weight and (when present) bias.</summary>
    private static Tensor[] ForwardBackward(ConvolutionMethod method, Tensor input, Tensor weight, Tensor? bias, Tensor upstream, int padding)
    {
        input = input.detach().requires_grad_(true);
        weight = weight.detach().requires_grad_(true);
        bias = bias?.detach().requires_grad_(true);
        var output = ConvolutionKernels.Forward(method, input, weight, bias, padding);
        output.backward([upstream]);
        return bias is null ? [output.detach(), input.grad!, weight.grad!] : [output.detach(), input.grad!, weight.grad!, bias.grad!];
    }

    /// <summary>
    /// Fills blocks of the sizes the next convolution will ask for with NaN and frees them, so that a kernel reading
    /// memory it never wrote returns NaN or wrong values instead of passing on a lucky zero page.
    /// </summary>
    private static void DirtyFreedMemory(long[] inputShape, ConvolutionShape shape)
    {
        var sizes = new[]
        {
            inputShape.Aggregate(1L, (p, d) => p * d), shape.ColumnBytes * Images / sizeof(float),
            Images * shape.OutChannels * shape.OutPositions, shape.OutChannels * shape.InChannels * shape.KernelVolume,
        };
        foreach (var size in sizes.Where(s => s > 0))
        {
            using var poison = torch.full([size], double.NaN);
        }
    }

    /// <summary>Geometric mean of single-thread GEMM throughput (GFLOP/s) over the matrix shapes of the zoo's unfolded convolutions.</summary>
    private static double GemmGflops(IReadOnlyList<ConvolutionShape> shapes)
    {
        var picks = shapes.OrderBy(s => s.MultiplyAdds).Where((_, i) => i % Math.Max(1, shapes.Count / 12) == 0).Take(12)
            .Select(s => (M: 25 * s.OutPositions, K: s.InChannels * s.KernelVolume, N: (long)s.OutChannels))
            .Append((M: 512L, K: 512L, N: 512L))
            .ToList();
        var logSum = 0.0;
        foreach (var (m, k, n) in picks)
        {
            using var scope = NewDisposeScope();
            var a = torch.ones(m, k);
            var b = torch.ones(k, n);
            a.mm(b);
            var flops = 2.0 * m * k * n;
            var repetitions = (int)Math.Clamp(2e8 / flops, 3, 2000);
            var start = Stopwatch.GetTimestamp();
            for (var r = 0; r < repetitions; r++)
            {
                using var product = a.mm(b);
            }

            logSum += Math.Log(flops * repetitions / Stopwatch.GetElapsedTime(start).TotalSeconds / 1e9);
        }

        return Math.Exp(logSum / picks.Count);
    }
}

using System.Diagnostics;
using TorchSharp;
using static TorchSharp.torch;

namespace Netpicking.Core.Compute;

/// <summary>
/// Chooses each convolution's method by timing both on this machine, once per layer shape, batch and compute path,
/// and remembers the choice in <c>&lt;data folder&gt;/compute/</c>, so a network trained again (or resumed by another
/// process on the same machine) computes the same way and gets the same numbers.
/// </summary>
public sealed class TunedConvolutions(string? cacheFile) : IConvolutionPlanner
{
    /// <summary>Changes whenever a method's code changes, so that choices timed on the old code are not reused.</summary>
    public const int MethodsVersion = 2;

    // Enough repetitions that a sub-millisecond layer is timed over milliseconds, few enough that a slow one costs
    // about a second.
    private const int MinRepetitions = 5;
    private const int MaxRepetitions = 40;
    private const double TargetSeconds = 0.03;

    // Gemm must win clearly: ATen is the method every other tool uses, and a tie is noise.
    private const double GemmMargin = 0.95;

    private readonly MeasuredChoices<ConvolutionMethod> choices = new(cacheFile);

    /// <summary>Measured choices: <c>{key: method}</c>.</summary>
    public IReadOnlyDictionary<string, ConvolutionMethod> Choices => choices.Known;

    /// <summary>Seconds spent measuring in this process (the first campaign on a machine pays it, later ones reuse it).</summary>
    public double MeasuringSeconds => choices.MeasuringSeconds;

    public ConvolutionMethod MethodFor(ConvolutionShape shape, int batch, bool inputNeedsGradient) =>
        choices.Get($"{shape.Key} n{batch}{(inputNeedsGradient ? " dx" : "")}", () =>
        {
            var seconds = TimeBoth(shape, batch, inputNeedsGradient);
            return seconds[ConvolutionMethod.Gemm] < GemmMargin * seconds[ConvolutionMethod.Aten] ? ConvolutionMethod.Gemm : ConvolutionMethod.Aten;
        });

    /// <summary>
    /// Fastest seconds of a training step's work for the layer (forward, then backward), the methods interleaved. The
    /// minimum, not the median: other work on the machine (another training, a build) only ever adds time, so the
    /// minimum is the method's own cost and the comparison stays fair on a busy machine.
    /// </summary>
    public static Dictionary<ConvolutionMethod, double> TimeBoth(ConvolutionShape shape, int batch, bool inputNeedsGradient)
    {
        TorchRuntime.EnsureReady();
        using var scope = NewDisposeScope();

        // A private generator: measuring must not draw from the process-wide one that seeded builds use.
        var generator = new Generator(0x5eed);
        long[] inputShape = [batch, shape.InChannels, .. shape.InSize.Select(s => (long)s)];
        var input = torch.randn(inputShape, generator: generator).requires_grad_(inputNeedsGradient);
        var weight = (torch.randn([shape.OutChannels, shape.InChannels, .. shape.Kernel.Select(k => (long)k)], generator: generator) * 0.1).requires_grad_(true);
        var bias = shape.Bias ? torch.randn([shape.OutChannels], generator: generator).requires_grad_(true) : null;
        var upstream = torch.randn([batch, shape.OutChannels, .. shape.OutSize.Select(s => (long)s)], generator: generator);

        var methods = Enum.GetValues<ConvolutionMethod>();
        var times = methods.ToDictionary(m => m, _ => new List<double>());
        var warmUp = Stopwatch.StartNew();
        foreach (var method in methods)
        {
            Step(method);
        }

        var repetitions = (int)Math.Clamp(TargetSeconds / Math.Max(warmUp.Elapsed.TotalSeconds / methods.Length, 1e-5), MinRepetitions, MaxRepetitions);
        for (var r = 0; r < repetitions; r++)
        {
            foreach (var method in methods)
            {
                var start = Stopwatch.GetTimestamp();
                Step(method);
                times[method].Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
            }
        }

        return times.ToDictionary(t => t.Key, t => t.Value.Min());

        void Step(ConvolutionMethod method)
        {
            using var step = NewDisposeScope();
            ConvolutionKernels.Forward(method, input, weight, bias, shape.Padding).backward([upstream]);
            foreach (var tensor in new[] { input, weight, bias })
            {
                tensor?.grad?.zero_();
            }
        }
    }
}

using Netpicking.Core.Compute;
using Netpicking.Core.Training;
using Netpicking.Core.Training.Modules;
using Netpicking.Core.Zoo;
using TorchSharp;
using static TorchSharp.torch;

namespace Netpicking.Tests.Compute;

/// <summary>Both convolution methods against libtorch's own convolution in float64: outputs and every gradient.</summary>
public sealed class ConvolutionKernelsTests
{
    public static TheoryData<string, int[], int, int[], int, bool, int> Shapes => new()
    {
        { "conv1d", [16, 49], 53, [14], 0, false, 3 },
        { "conv1d bias", [56, 38], 10, [38], 0, true, 3 },
        { "conv2d", [1, 28, 28], 15, [1, 1], 0, true, 3 },
        { "conv2d large kernel", [49, 15, 15], 15, [10, 10], 0, false, 3 },
        { "conv2d padded (BasicBlock)", [34, 18, 18], 34, [3, 3], 1, false, 3 },
        { "conv3d", [1, 16, 7, 7], 15, [2, 2, 2], 0, true, 3 },
        { "conv3d deep", [15, 15, 6, 6], 46, [5, 5, 5], 0, true, 3 },
        { "conv3d to one position", [18, 10, 1, 1], 10, [10, 1, 1], 0, true, 3 },
        // 25 images of 62×28×28 unfold to 89 MB: both methods compute it in slices of the batch.
        { "conv2d over the column budget", [62, 28, 28], 18, [5, 5], 0, false, 25 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void BothMethodsComputeWhatFloat64Computes(string name, int[] input, int outChannels, int[] kernel, int padding, bool bias, int batch)
    {
        var shape = new ConvolutionShape(input[0], [.. input[1..]], outChannels, [.. kernel], padding, bias);
        using var scope = NewDisposeScope();
        var generator = new Generator(7);
        var x = torch.randn([batch, .. input.Select(i => (long)i)], generator: generator);
        var w = torch.randn([outChannels, input[0], .. kernel.Select(k => (long)k)], generator: generator) / Math.Sqrt(input[0] * shape.KernelVolume);
        var b = bias ? torch.randn([outChannels], generator: generator) : null;
        var upstream = torch.randn([batch, outChannels, .. shape.OutSize.Select(s => (long)s)], generator: generator);
        var reference = ForwardBackward(ConvolutionMethod.Aten, x.to(float64), w.to(float64), b?.to(float64), upstream.to(float64), padding);

        foreach (var method in Enum.GetValues<ConvolutionMethod>())
        {
            var single = ForwardBackward(method, x, w, b, upstream, padding);
            for (var k = 0; k < reference.Length; k++)
            {
                Assert.Equal(reference[k].shape, single[k].shape);
                var scale = reference[k].abs().max().item<double>();
                var error = (single[k].to(float64) - reference[k]).abs().max().item<double>() / scale;
                Assert.True(error < 1e-5, $"{name}, {method}, {(k == 0 ? "output" : $"gradient {k}")}: relative error {error:g3}");
            }
        }
    }

    private static Tensor[] ForwardBackward(ConvolutionMethod method, Tensor input, Tensor weight, Tensor? bias, Tensor upstream, int padding)
    {
        input = input.detach().requires_grad_(true);
        weight = weight.detach().requires_grad_(true);
        bias = bias?.detach().requires_grad_(true);
        var output = ConvolutionKernels.Forward(method, input, weight, bias, padding);
        output.backward([upstream]);
        return bias is null ? [output.detach(), input.grad!, weight.grad!] : [output.detach(), input.grad!, weight.grad!, bias.grad!];
    }
}

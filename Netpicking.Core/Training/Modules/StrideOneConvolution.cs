using Netpicking.Core.Compute;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Netpicking.Core.Training.Modules;

/// <summary>
/// A Conv1d/2d/3d with stride 1, dilation 1 and one group — every convolution of the zoo — computed by the
/// <see cref="ConvolutionMethod"/> chosen for its shape on this machine. It derives from TorchSharp's
/// <see cref="Convolution"/>, so its parameters, their names and their default initialisation (the random draws
/// included) are exactly those of <c>nn.Conv1d/2d/3d</c>: weights saved by either load into the other.
/// </summary>
public sealed class StrideOneConvolution(long inChannels, long outChannels, long[] kernel, int zeroPadding, bool bias, ConvolutionMethod method)
    : Convolution($"Conv{kernel.Length}d", inChannels, outChannels, kernel, Ones(kernel.Length), Enumerable.Repeat((long)zeroPadding, kernel.Length).ToArray(),
        null, Ones(kernel.Length), false, new long[kernel.Length], 1, bias, PaddingModes.Zeros)
{
    public ConvolutionMethod Method { get; } = method;

    public override Tensor forward(Tensor input) => ConvolutionKernels.Forward(Method, input, weight, bias, (int)padding![0]);

    private static long[] Ones(int count) => Enumerable.Repeat(1L, count).ToArray();
}

using TorchSharp;
using static TorchSharp.torch;

namespace Netpicking.Core.Compute;

/// <summary>
/// The two ways a stride-1 convolution computes here (<see cref="ConvolutionMethod"/>), as plain tensor functions so
/// that modules, the tuner and the self-check run exactly the same code. Both return a contiguous
/// (N, out channels, *out size) tensor and are differentiable by autograd.
/// </summary>
public static class ConvolutionKernels
{
    /// <summary>
    /// Largest column buffer one call builds. glibc serves blocks this size from its arenas and reuses them, while
    /// ATen's whole-batch buffers (89 MB for one layer of Conv2dReLU_12 at batch 25) are fresh mappings whose page
    /// faults cost more than the arithmetic (docs/decisions/0013-compute-path-per-machine.md).
    /// </summary>
    public const long ColumnBudgetBytes = 4L << 20;

    public static Tensor Forward(ConvolutionMethod method, Tensor input, Tensor weight, Tensor? bias, int padding)
    {
        var dimensions = (int)weight.dim() - 2;
        var perImage = ColumnBytesPerImage(input, weight, padding);
        var batch = input.shape[0];

        // oneDNN convolves directly, without column buffers: no need to slice its batch.
        var slice = method == ConvolutionMethod.Aten && TorchRuntime.OneDnnEnabled
            ? batch
            : Math.Clamp(ColumnBudgetBytes / Math.Max(perImage, 1), 1, Math.Max(batch, 1));
        if (slice >= batch)
        {
            return Compute(method, input, weight, bias, padding, dimensions);
        }

        using var scope = NewDisposeScope();
        var parts = new List<Tensor>();
        for (long start = 0; start < batch; start += slice)
        {
            parts.Add(Compute(method, input.narrow(0, start, Math.Min(slice, batch - start)), weight, bias, padding, dimensions));
        }

        return torch.cat(parts, 0).MoveToOuterDisposeScope();
    }

    private static Tensor Compute(ConvolutionMethod method, Tensor input, Tensor weight, Tensor? bias, int padding, int dimensions) =>
        method switch
        {
            ConvolutionMethod.Aten => dimensions switch
            {
                1 => nn.functional.conv1d(input, weight, bias, padding: padding),
                2 => nn.functional.conv2d(input, weight, bias, padding: [padding, padding]),
                3 => nn.functional.conv3d(input, weight, bias, padding: [padding, padding, padding]),
                _ => throw new ArgumentException($"Convolutions have 1 to 3 spatial dimensions, not {dimensions}."),
            },
            ConvolutionMethod.Gemm => Gemm(input, weight, bias, padding, dimensions),
            _ => throw new ArgumentOutOfRangeException(nameof(method)),
        };

    private static Tensor Gemm(Tensor input, Tensor weight, Tensor? bias, int padding, int dimensions) =>
        bias is null
            ? GemmConvolution.apply(input, weight, padding, dimensions)
            : GemmConvolution.apply(input, weight, bias, padding, dimensions);

    private static long ColumnBytesPerImage(Tensor input, Tensor weight, int padding)
    {
        long positions = 1;
        for (var d = 2; d < input.dim(); d++)
        {
            positions *= input.shape[d] + (2 * padding) - weight.shape[d] + 1;
        }

        return positions * weight[0].numel() * sizeof(float);
    }
}

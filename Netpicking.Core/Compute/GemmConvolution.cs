using TorchSharp;
using static TorchSharp.torch;

namespace Netpicking.Core.Compute;

/// <summary>
/// <see cref="ConvolutionMethod.Gemm"/> as one autograd node: every window of the batch unfolded into one row of a
/// matrix, multiplied by the flattened weights in one GEMM. Input and unfolded rows are laid out channels-last, so every
/// copy moves runs of channels contiguous in memory (20× faster than unfolding channels-first, whose innermost run is a
/// kernel's width, often 2), and the backward pass scatters the rows' gradient back one kernel offset at a time
/// instead of through a chain of generic unfold gradients (5× faster on the zoo's Conv3d layers).
/// Arguments: input, weight, optional bias, padding, spatial dimensions.
/// </summary>
public sealed class GemmConvolution : autograd.MultiTensorFunction<GemmConvolution>
{
    public override string Name => nameof(GemmConvolution);

    public static Tensor apply(Tensor input, Tensor weight, int padding, int dimensions) => apply([input, weight, padding, dimensions])[0];

    public static Tensor apply(Tensor input, Tensor weight, Tensor bias, int padding, int dimensions) =>
        apply([input, weight, bias, padding, dimensions])[0];

    public override List<Tensor> forward(autograd.AutogradContext ctx, params object[] vars)
    {
        var input = (Tensor)vars[0];
        var weight = (Tensor)vars[1];
        var bias = vars[2] as Tensor;
        var padding = (int)vars[bias is null ? 2 : 3];
        var dimensions = (int)vars[bias is null ? 3 : 4];
        var kernel = weight.shape[2..];

        using var scope = NewDisposeScope();
        var x = padding == 0 ? input : nn.functional.pad(input, Enumerable.Repeat((long)padding, 2 * dimensions).ToArray());

        // (N, C, *size) → (N, *size, C) → (N, *out, C, *kernel) → (N, *out, *kernel, C): one row per output position.
        x = x.permute(ChannelsLast(dimensions)).contiguous();
        for (var d = 0; d < dimensions; d++)
        {
            x = x.unfold(1 + d, kernel[d], 1);
        }

        var outSize = x.shape[1..(1 + dimensions)];
        long[] toRows = [0, .. Range(1, dimensions), .. Range(2 + dimensions, dimensions), 1 + dimensions];
        var rows = x.permute(toRows).reshape(-1, weight[0].numel());

        // The weights in the same order: (O, C, *kernel) → (O, *kernel, C) → (O, K·C).
        var flat = weight.permute(ChannelsLast(dimensions)).reshape(weight.shape[0], -1);
        var product = bias is null ? rows.mm(flat.t()) : torch.addmm(bias, rows, flat.t(), 1, 1);
        var output = product.view([input.shape[0], .. outSize, weight.shape[0]]).permute(ChannelsFirst(dimensions)).contiguous();

        // Saved in the caller's dispose scope: they must outlive this call, when autograd takes its own references.
        ctx.save_for_backward([rows.MoveToOuterDisposeScope(), flat.MoveToOuterDisposeScope()]);
        ctx.save_data("input", (input.shape, input.requires_grad, padding, dimensions, kernel, bias is not null));
        return [output.MoveToOuterDisposeScope()];
    }

    public override List<Tensor> backward(autograd.AutogradContext ctx, List<Tensor> gradients)
    {
        var saved = ctx.get_saved_variables();
        var (rows, flat) = (saved[0], saved[1]);
        var (inputShape, inputNeedsGradient, padding, dimensions, kernel, hasBias) =
            ((long[], bool, int, int, long[], bool))ctx.get_data("input");

        // (N, O, *out) → one row per output position, as the forward pass made them.
        var outputGradient = gradients[0].permute(ChannelsLast(dimensions)).reshape(-1, flat.shape[0]);
        var weightGradient = outputGradient.t().mm(rows)
            .view([flat.shape[0], .. kernel, inputShape[1]])
            .permute(ChannelsFirst(dimensions)).contiguous();
        var result = new List<Tensor> { inputNeedsGradient ? InputGradient(outputGradient, flat, inputShape, padding, dimensions, kernel) : null!, weightGradient };
        if (hasBias)
        {
            result.Add(outputGradient.sum(dim: 0));
        }

        // One entry per argument: none for padding and dimensions.
        return [.. result, null!, null!];
    }

    /// <summary>The rows' gradient scattered back onto the (padded, channels-last) input, one kernel offset at a time.</summary>
    private static Tensor InputGradient(Tensor outputGradient, Tensor flat, long[] inputShape, int padding, int dimensions, long[] kernel)
    {
        long[] padded = [inputShape[0], .. inputShape[2..].Select(s => s + (2 * padding)), inputShape[1]];
        long[] outSize = [.. Enumerable.Range(0, dimensions).Select(d => padded[1 + d] - kernel[d] + 1)];
        var columns = outputGradient.mm(flat).view([inputShape[0], .. outSize, .. kernel, inputShape[1]]);
        var gradient = torch.zeros(padded, dtype: outputGradient.dtype);
        var offset = new long[dimensions];
        var offsets = kernel.Aggregate(1L, (p, k) => p * k);
        for (var o = 0L; o < offsets; o++)
        {
            var rest = o;
            for (var d = dimensions - 1; d >= 0; d--)
            {
                offset[d] = rest % kernel[d];
                rest /= kernel[d];
            }

            var target = gradient;
            var source = columns;
            for (var d = 0; d < dimensions; d++)
            {
                target = target.narrow(1 + d, offset[d], outSize[d]);
            }

            // Selecting a kernel position drops that dimension: select from the last kernel dimension backwards.
            for (var d = dimensions - 1; d >= 0; d--)
            {
                source = source.select(1 + dimensions + d, offset[d]);
            }

            target.add_(source);
        }

        for (var d = 0; d < dimensions && padding > 0; d++)
        {
            gradient = gradient.narrow(1 + d, padding, inputShape[2 + d]);
        }

        return gradient.permute(ChannelsFirst(dimensions)).contiguous();
    }

    private static long[] ChannelsLast(int dimensions) => [0, .. Range(2, dimensions), 1];

    private static long[] ChannelsFirst(int dimensions) => [0, dimensions + 1, .. Range(1, dimensions)];

    private static IEnumerable<long> Range(int start, int count) => Enumerable.Range(start, count).Select(i => (long)i);
}

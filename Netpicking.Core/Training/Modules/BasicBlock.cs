using Netpicking.Core.Compute;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Netpicking.Core.Training.Modules;

/// <summary>
/// The torchvision ResNet basic block without downsampling: conv 3×3 → BN → ReLU → conv 3×3 → BN,
/// plus the block input, then ReLU (docs/product.md#the-zoo).
/// </summary>
public sealed class BasicBlock : nn.Module<Tensor, Tensor>
{
    private readonly StrideOneConvolution conv1;
    private readonly BatchNorm2d bn1;
    private readonly ReLU relu;
    private readonly StrideOneConvolution conv2;
    private readonly BatchNorm2d bn2;

    public BasicBlock(int channels, ConvolutionMethod first = ConvolutionMethod.Aten, ConvolutionMethod second = ConvolutionMethod.Aten)
        : base("BasicBlock")
    {
        conv1 = new StrideOneConvolution(channels, channels, [3, 3], 1, false, first);
        bn1 = nn.BatchNorm2d(channels);
        relu = nn.ReLU(inplace: true);
        conv2 = new StrideOneConvolution(channels, channels, [3, 3], 1, false, second);
        bn2 = nn.BatchNorm2d(channels);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        using var scope = NewDisposeScope();
        var output = relu.forward(bn1.forward(conv1.forward(input)));
        output = bn2.forward(conv2.forward(output));
        output.add_(input);
        return relu.forward(output).MoveToOuterDisposeScope();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            conv1.Dispose();
            bn1.Dispose();
            relu.Dispose();
            conv2.Dispose();
            bn2.Dispose();
        }

        base.Dispose(disposing);
    }
}

using TorchSharp;
using static TorchSharp.torch;

namespace Netpicking.Core.Training.Modules;

/// <summary>A <c>view</c> step of a spec as a parameter-free module, so a network is one Sequential.</summary>
public sealed class Reshape(Zoo.Shape shape) : nn.Module<Tensor, Tensor>("view")
{
    private readonly long[] dims = [-1, .. shape.Dims.Select(d => (long)d)];

    public override Tensor forward(Tensor input) => input.view(dims);
}

namespace Netpicking.Core.Compute;

/// <summary>Chooses how each convolution of a network computes.</summary>
public interface IConvolutionPlanner
{
    /// <param name="shape">The layer.</param>
    /// <param name="batch">Images per training step.</param>
    /// <param name="inputNeedsGradient">
    /// Whether the layer's input depends on parameters (false for a first layer), so its backward pass must also
    /// compute the gradient of its input.
    /// </param>
    ConvolutionMethod MethodFor(ConvolutionShape shape, int batch, bool inputNeedsGradient);
}

/// <summary>The same method for every layer: for tests, benchmarks and models built only to evaluate.</summary>
public sealed class FixedConvolutions(ConvolutionMethod method) : IConvolutionPlanner
{
    public static FixedConvolutions Aten { get; } = new(ConvolutionMethod.Aten);

    public static FixedConvolutions Gemm { get; } = new(ConvolutionMethod.Gemm);

    public ConvolutionMethod MethodFor(ConvolutionShape shape, int batch, bool inputNeedsGradient) => method;
}

namespace Netpicking.Core.Compute;

/// <summary>How a convolution layer computes (docs/decisions/0013-compute-path-per-machine.md).</summary>
public enum ConvolutionMethod
{
    /// <summary>
    /// libtorch's own convolution: oneDNN where the machine's path allows it, else ATen's im2col + GEMM, run over
    /// slices of the batch small enough that its column buffer is not a fresh mapping of memory at every call.
    /// </summary>
    Aten,

    /// <summary>
    /// The whole batch unfolded into one matrix and multiplied by the weights in one GEMM (again in slices of bounded
    /// size): far faster where ATen convolves image by image with tiny GEMMs, e.g. every Conv3d without oneDNN.
    /// </summary>
    Gemm,
}

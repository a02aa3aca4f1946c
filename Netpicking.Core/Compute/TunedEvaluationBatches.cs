using System.Security.Cryptography;
using System.Text;
using Netpicking.Core.Zoo;

namespace Netpicking.Core.Compute;

/// <summary>
/// How many test images go through a network at once, measured once per network architecture on this machine's
/// compute path and remembered: small batches keep a wide network's activations in the caches (Conv2dReLU_12 tests
/// 10,000 images in 8 s 25 at a time, 31 s 100 at a time), large ones save per-call overhead for small networks and
/// let a deep one use wider GEMMs (ResNetStyle_92: 10 s at 25, 7.6 s at 500). Remembering the choice keeps a network's
/// test results bit-for-bit the same on every run.
/// </summary>
public sealed class TunedEvaluationBatches(string? cacheFile)
{
    /// <summary>Candidates; the measurement forwards <see cref="MeasuredImages"/> images with each, a multiple of all.</summary>
    public static readonly IReadOnlyList<int> Candidates = [25, 100, 500];

    public const int MeasuredImages = 500;

    private readonly MeasuredChoices<int> choices = new(cacheFile);

    public double MeasuringSeconds => choices.MeasuringSeconds;

    /// <param name="network">The network.</param>
    /// <param name="secondsToForward">Seconds the network takes to forward <see cref="MeasuredImages"/> test images with a batch size.</param>
    public int BatchFor(NetworkSpec network, Func<int, double> secondsToForward) =>
        choices.Get(Key(network), () =>
        {
            // Twice each, interleaved, fastest kept: other work on the machine only ever adds time.
            var best = Candidates.ToDictionary(c => c, _ => double.MaxValue);
            for (var round = 0; round < 2; round++)
            {
                foreach (var candidate in Candidates)
                {
                    best[candidate] = Math.Min(best[candidate], secondsToForward(candidate));
                }
            }

            return best.MinBy(b => b.Value).Key;
        });

    /// <summary>The network's name and a hash of its layers: the same architecture in another zoo measures alike.</summary>
    public static string Key(NetworkSpec network)
    {
        var layers = string.Join(';', network.Layers.Select(l => l switch
        {
            ConvSpec c => $"conv{c.Dimensions}d {c.InChannels}>{c.OutChannels} k{string.Join('x', c.KernelSize)}{(c.Bias ? " bias" : "")}",
            ViewSpec v => $"view {v.Shape}",
            _ => l.ToString(),
        }));
        return $"{network.Name} {Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(layers)))[..12]}";
    }
}

using System.Collections.Immutable;
using Netpicking.Core.Common;

namespace Netpicking.Core.Zoo;

/// <summary>
/// Generates zoos by the rules of docs/product.md#generating-zoos. The same seed and arguments give the same zoo, byte
/// for byte in JSONL, on every runtime: all randomness comes from <see cref="SplitMix64"/>, one
/// independent stream per network. Structure that the reference zoo fixes rather than samples (depth
/// balanced within a plain form, the activation schedule of ThenLinear families) is mirrored from
/// <c>mnistk-1001</c>; the probabilities marked "measured" were read off that file.
/// </summary>
public static class ZooGenerator
{
    public const int MinDepth = 2;
    public const int MaxDepth = 6;

    /// <summary>The six forms of a plain family, as name suffixes.</summary>
    public static IReadOnlyList<string> PlainForms { get; } = ["Only", "Bias", "ReLU", "SELU", "Sigmoid", "Tanh"];

    public const string ResNetForm = "ResNetStyle";

    private const int PlainWeight = 150;
    private const int OtherWeight = 100;
    private const double InsertActivation = 0.7;
    private const double BiasInBiasForm = 0.4;
    private const double BiasOtherwise = 0.3;

    // Measured: ThenLinear networks hold an activation in about 44 % of their gaps, ResNet tails in about 18 %.
    private const double InsertActivationThenLinear = 0.5;
    private const double InsertActivationResNetTail = 0.2;
    private const int MaxAttempts = 64;

    // The reference cycles these in equal runs within each depth block of a ThenLinear family.
    private static readonly ActivationKind[] ThenLinearKinds =
        [ActivationKind.Sigmoid, ActivationKind.Tanh, ActivationKind.ReLU, ActivationKind.SELU];

    /// <summary>
    /// Generates <paramref name="count"/> networks of <paramref name="families"/> (default: all of
    /// <see cref="Families.All"/>), ordered by id: Basic is id 0, the rest follow sorted by name as ordinal
    /// strings; without Basic the ids still start at 0.
    /// </summary>
    public static ImmutableArray<NetworkSpec> Generate(int seed, int count, IReadOnlyCollection<string>? families = null)
    {
        var networks = new List<NetworkSpec>(count);
        foreach (var quota in Plan(count, families))
        {
            for (var k = 1; k <= quota.Count; k++)
            {
                networks.Add(GenerateChecked(seed, quota, k));
            }
        }

        var basic = networks.Where(n => n.Group == Families.Basic);
        var others = networks.Where(n => n.Group != Families.Basic).OrderBy(n => n.Name, StringComparer.Ordinal);
        return basic.Concat(others).Select((n, id) => n with { Id = id }).ToImmutableArray();
    }

    /// <summary>
    /// How many networks of each form: one Basic (when asked for), the rest split over the other families in
    /// the proportions of mnistk-1001 (150 per plain family, 100 per other) by largest remainder, ties to the
    /// family listed first in <see cref="Families.All"/>; a plain family's count is spread evenly over its six
    /// forms, the first forms taking any extra one.
    /// </summary>
    public static ImmutableArray<FormQuota> Plan(int count, IReadOnlyCollection<string>? families = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        var chosen = ChooseFamilies(families);
        var quotas = ImmutableArray.CreateBuilder<FormQuota>();
        var remaining = count;
        if (chosen.Contains(Families.Basic))
        {
            quotas.Add(new FormQuota(Families.Basic, Families.Basic, 1));
            remaining--;
        }

        var others = chosen.Where(f => f != Families.Basic).ToList();
        if (others.Count == 0)
        {
            return remaining == 0
                ? quotas.ToImmutable()
                : throw new ArgumentException($"Basic is a single network; {count} networks need another family too.", nameof(families));
        }

        var weights = others.Select(f => IsPlain(f) ? PlainWeight : OtherWeight).ToArray();
        var total = weights.Sum();
        var counts = weights.Select(w => (int)((long)remaining * w / total)).ToArray();
        var byRemainder = Enumerable.Range(0, others.Count)
            .OrderByDescending(i => (long)remaining * weights[i] % total)
            .ThenBy(i => i)
            .ToList();
        var extra = remaining - counts.Sum();
        for (var j = 0; j < extra; j++)
        {
            counts[byRemainder[j]]++;
        }

        for (var i = 0; i < others.Count; i++)
        {
            var family = others[i];
            if (!IsPlain(family))
            {
                quotas.Add(new FormQuota(family, family == Families.ResNet ? ResNetForm : family, counts[i]));
                continue;
            }

            for (var f = 0; f < PlainForms.Count; f++)
            {
                var perForm = counts[i] / PlainForms.Count + (f < counts[i] % PlainForms.Count ? 1 : 0);
                quotas.Add(new FormQuota(family, family + PlainForms[f], perForm));
            }
        }

        return quotas.Where(q => q.Count > 0).ToImmutableArray();
    }

    private static List<string> ChooseFamilies(IReadOnlyCollection<string>? families)
    {
        if (families is null)
        {
            return [.. Families.All];
        }

        var unknown = families.Where(f => !Families.All.Contains(f)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException(
                $"Unknown families: {string.Join(", ", unknown)}. Known: {string.Join(", ", Families.All)}.", nameof(families));
        }

        if (families.Count == 0)
        {
            throw new ArgumentException("At least one family is needed.", nameof(families));
        }

        // Family order, not the caller's order, decides ties, so the same set always gives the same zoo.
        return Families.All.Where(families.Contains).ToList();
    }

    private static bool IsPlain(string family) =>
        family is Families.Linear or Families.Conv1d or Families.Conv2d or Families.Conv3d;

    private static NetworkSpec GenerateChecked(int seed, FormQuota quota, int k)
    {
        var name = quota.Family == Families.Basic ? Families.Basic : $"{quota.Form}_{k}";
        ZooSpecException? last = null;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var random = SplitMix64.For(seed, quota.Form, k, attempt);
            var (layers, activation) = Build(quota, k, random);
            var network = new NetworkSpec(0, name, quota.Family, quota.Form, activation, Families.InputShapeOf(quota.Family), layers);
            try
            {
                ShapeInference.Infer(network);
                return network;
            }
            catch (ZooSpecException ex)
            {
                // The builders only draw valid sizes, so this is a safety net: never store a spec that would not build.
                last = ex;
            }
        }

        throw new InvalidOperationException($"Could not generate a valid {name} in {MaxAttempts} attempts: {last?.Message}", last);
    }

    private static (ImmutableArray<LayerSpec> Layers, ActivationKind Activation) Build(FormQuota quota, int k, SplitMix64 random)
    {
        var builder = new NetworkBuilder(Families.InputShapeOf(quota.Family), random);
        switch (quota.Family)
        {
            case Families.Basic:
                builder.Linear(10, bias: true);
                builder.Add(new FlattenSpec());
                break;
            case Families.Linear or Families.Conv1d or Families.Conv2d or Families.Conv3d:
                BuildPlain(builder, quota, k, random);
                break;
            case Families.ResNet:
                BuildResNet(builder, random);
                break;
            default:
                BuildThenLinear(builder, k, quota.Count, random);
                break;
        }

        builder.Add(new LogSoftmaxSpec());
        return (builder.Layers, builder.Activation);
    }

    private static void BuildPlain(NetworkBuilder builder, FormQuota quota, int k, SplitMix64 random)
    {
        var suffix = quota.Form[quota.Family.Length..];
        var isLinear = quota.Family == Families.Linear;

        // Depth is balanced, not drawn: the reference holds 5 networks of each depth 2..6 in every form of 25.
        var depth = MinDepth + (k - 1) * (MaxDepth - MinDepth + 1) / quota.Count;
        var kind = suffix is "Only" or "Bias" ? ActivationKind.None : Enum.Parse<ActivationKind>(suffix);
        Func<bool> bias = suffix switch
        {
            "Only" => () => !isLinear,
            "Bias" => () => random.Chance(BiasInBiasForm),
            _ => () => random.Chance(BiasOtherwise),
        };

        for (var i = 0; i < depth; i++)
        {
            var last = i == depth - 1;
            if (isLinear)
            {
                builder.Linear(last ? 10 : builder.NextWidth(), bias());
            }
            else if (last)
            {
                builder.FinalConv(bias());
            }
            else
            {
                builder.Conv(random.NextInt(10, 64), bias());
            }

            if (!last)
            {
                builder.MaybeActivate(kind, InsertActivation);
            }
        }

        if (!isLinear)
        {
            builder.ViewAsVector();
        }
    }

    private static void BuildThenLinear(NetworkBuilder builder, int k, int count, SplitMix64 random)
    {
        // The reference splits each ThenLinear family into five depth blocks: the first holds conv + linear
        // without activation, block b allows up to 2 + b compute layers and cycles four activation kinds in
        // equal runs. A kind becomes the network's activation only if at least one got inserted.
        var index = k - 1;
        var block = index * 5 / count;
        if (block == 0)
        {
            builder.Conv(random.NextInt(10, 64), random.Chance(BiasOtherwise));
            builder.ViewAsVector();
            builder.Linear(10, random.Chance(BiasOtherwise));
            return;
        }

        var start = CeilDiv(block * count, 5);
        var size = CeilDiv((block + 1) * count, 5) - start;
        var kind = ThenLinearKinds[(index - start) * ThenLinearKinds.Length / size];
        var maxDepth = MinDepth + block;
        var convs = maxDepth >= 3 && random.Chance(0.5) ? 2 : 1;
        BuildConvThenLinearTail(builder, convs, random.NextInt(1, maxDepth - convs), kind, InsertActivationThenLinear, random);
    }

    private static void BuildResNet(NetworkBuilder builder, SplitMix64 random)
    {
        var channels = random.NextInt(10, 64);
        var kernel = random.NextInt(1, 20);
        builder.Add(new ConvSpec(2, 1, channels, [kernel, kernel], Bias: true));

        // Measured: 72 % of the reference ResNets hold one block, 14 % two, 14 % three, and most tails are
        // a single conv and a single linear layer.
        var blocks = random.Chance(0.72) ? 1 : random.Chance(0.5) ? 2 : 3;
        for (var b = 0; b < blocks; b++)
        {
            builder.Add(new BasicBlockSpec(channels));
        }

        var budget = MaxDepth - 1 - blocks;
        var convs = budget >= 3 && random.Chance(0.1) ? 2 : 1;
        var linears = 1;
        while (convs + linears < budget && random.Chance(0.2))
        {
            linears++;
        }

        BuildConvThenLinearTail(builder, convs, linears, ActivationKind.ReLU, InsertActivationResNetTail, random);
        builder.Activation = ActivationKind.ReLU;
    }

    /// <summary>1 or 2 convolutions (the second to 10 × 1…), a reshape, then <paramref name="linears"/> Linear layers to 10.</summary>
    private static void BuildConvThenLinearTail(
        NetworkBuilder builder, int convs, int linears, ActivationKind kind, double insert, SplitMix64 random)
    {
        builder.Conv(random.NextInt(10, 64), random.Chance(BiasOtherwise));
        builder.MaybeActivate(kind, insert);
        if (convs == 2)
        {
            // The reference never activates the 10 × 1… output of a second convolution.
            builder.FinalConv(random.Chance(BiasOtherwise));
        }

        builder.ViewAsVector();
        for (var i = 0; i < linears; i++)
        {
            var last = i == linears - 1;
            builder.Linear(last ? 10 : builder.NextWidth(), random.Chance(BiasOtherwise));
            if (!last)
            {
                builder.MaybeActivate(kind, insert);
            }
        }
    }

    private static int CeilDiv(int a, int b) => (a + b - 1) / b;
}

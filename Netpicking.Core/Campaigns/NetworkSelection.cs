using Netpicking.Core.Common;
using Netpicking.Core.Zoo;

namespace Netpicking.Core.Campaigns;

/// <summary>Which networks of a zoo a campaign trains: all, a list, or one of the presets.</summary>
public static class NetworkSelection
{
    /// <summary>
    /// Basic plus, for every other form, its member with the median parameter count (the lower median for
    /// an even count; ties by id): 29 networks for mnistk-1001.
    /// </summary>
    public static IReadOnlyList<int> OnePerForm(ZooDefinition zoo) =>
        zoo.Networks
            .GroupBy(n => n.Form, StringComparer.Ordinal)
            .Select(form =>
            {
                var ordered = form.OrderBy(n => StaticMetricsCalculator.Compute(n).Params).ThenBy(n => n.Id).ToList();
                return ordered[(ordered.Count - 1) / 2].Id;
            })
            .Order()
            .ToList();

    /// <summary>What is wrong with a sample size for this zoo, in plain words; null when it can be drawn.</summary>
    public static string? SampleSizeProblem(ZooDefinition zoo, int? count) =>
        count is { } n && n >= 1 && n <= zoo.Networks.Length
            ? null
            : $"The sample size must be a whole number between 1 and {zoo.Networks.Length:N0}, the size of the zoo" +
              (count is { } given ? $" (got {given:N0})." : ".");

    /// <summary>
    /// A seeded sample of <paramref name="count"/> networks stratified by form: each form gets a share
    /// proportional to its size (largest remainders, ties by form name), members drawn at random.
    /// </summary>
    public static IReadOnlyList<int> StratifiedSample(ZooDefinition zoo, int count, int seed)
    {
        var total = zoo.Networks.Length;
        if (count < 1 || count > total)
        {
            throw new ArgumentOutOfRangeException(nameof(count), $"The sample size must be between 1 and {total} (got {count}).");
        }

        var forms = zoo.Networks.GroupBy(n => n.Form, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var quotas = forms.Select(f => (Form: f, Exact: (double)count * f.Count() / total)).ToList();
        var shares = quotas.ToDictionary(q => q.Form.Key, q => (int)Math.Floor(q.Exact));
        foreach (var q in quotas.OrderByDescending(q => q.Exact - Math.Floor(q.Exact)).ThenBy(q => q.Form.Key, StringComparer.Ordinal)
                     .Take(count - shares.Values.Sum()))
        {
            shares[q.Form.Key]++;
        }

        var chosen = new List<int>(count);
        foreach (var form in forms)
        {
            var ids = form.Select(n => n.Id).Order().ToArray();
            SplitMix64.For(seed, form.Key, 0, 0).Shuffle(ids.AsSpan());
            chosen.AddRange(ids.Take(shares[form.Key]));
        }

        return chosen.Order().ToList();
    }
}

using System.Globalization;
using CsvHelper;
using Netpicking.Core.Zoo;

namespace Netpicking.Core.Export;

/// <summary>The zoo with its static metrics as CSV (docs/product.md#export): RFC 4180, invariant culture.</summary>
public static class ZooCsv
{
    public static readonly IReadOnlyList<string> Header =
        ["id", "name", "group", "form", "activation", "params", "memory", "ops", "layers"];

    public static void Write(IEnumerable<NetworkSpec> networks, TextWriter writer)
    {
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in Header)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var network in networks)
        {
            var metrics = StaticMetricsCalculator.Compute(network);
            csv.WriteField(network.Id);
            csv.WriteField(CsvText.Safe(network.Name));
            csv.WriteField(CsvText.Safe(network.Group));
            csv.WriteField(CsvText.Safe(network.Form));
            csv.WriteField(network.Activation.ToString());
            csv.WriteField(metrics.Params);
            csv.WriteField(metrics.MemoryElements);
            csv.WriteField(metrics.Ops);
            csv.WriteField(metrics.Layers);
            csv.NextRecord();
        }
    }
}

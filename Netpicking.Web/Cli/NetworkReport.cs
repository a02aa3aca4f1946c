using System.Globalization;
using System.Text;
using Netpicking.Core.Zoo;

namespace Netpicking.Web.Cli;

/// <summary>A network as plain text: the layer table with shapes and per-layer parameters, then the metrics.</summary>
public static class NetworkReport
{
    public static string Describe(NetworkSpec spec)
    {
        var layers = StaticMetricsCalculator.ComputeLayers(spec);
        var metrics = StaticMetricsCalculator.Sum(layers);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{spec.Name} (id {spec.Id}) · family {spec.Group} · form {spec.Form} · activation {spec.Activation}");
        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"#",3}  {"layer",-10}  {"input",-16}  {"output",-16}  {"params",10}  {"memory",9}  {"ops",3}");
        foreach (var layer in layers)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"{layer.Index,3}  {layer.Op,-10}  {layer.In,-16}  {layer.Out,-16}  {layer.Params,10:N0}  {layer.MemoryElements,9:N0}  {layer.Ops,3}");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"params   {metrics.Params:N0}");
        text.AppendLine(CultureInfo.InvariantCulture, $"memory   {metrics.MemoryElements:N0} elements ({metrics.MemoryBytes:N0} bytes as float32)");
        text.AppendLine(CultureInfo.InvariantCulture, $"ops      {metrics.Ops} (autograd nodes as PyTorch 1.3 recorded them)");
        text.AppendLine(CultureInfo.InvariantCulture, $"layers   {metrics.Layers} leaf modules");
        text.AppendLine(CultureInfo.InvariantCulture, $"depth    {metrics.Depth} compute layers");
        return text.ToString();
    }
}

using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace Netpicking.Core.Zoo;

/// <summary>
/// Reads and writes the JSONL zoo format of docs/product.md#the-reference-zoo-mnistk-1001. The writer reproduces the reference file
/// byte for byte (compact JSON, fixed key order, PyTorch-style args), so a zoo read and written again is
/// unchanged; the reader validates everything, so an imported file cannot smuggle in a network that
/// would not build.
/// </summary>
public static class ZooJsonl
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false };

    private static readonly HashSet<string> NetworkKeys = ["id", "name", "group", "form", "activation", "input_shape", "layers"];

    public static ImmutableArray<NetworkSpec> Read(string text) => Read(new StringReader(text));

    public static ImmutableArray<NetworkSpec> Read(Stream stream)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Read(reader);
    }

    /// <summary>Reads every line; a file with bad lines throws one <see cref="ZooFormatException"/> naming all of them.</summary>
    public static ImmutableArray<NetworkSpec> Read(TextReader reader)
    {
        var networks = ImmutableArray.CreateBuilder<NetworkSpec>();
        var errors = new List<ZooLineError>();
        var lineOfId = new Dictionary<int, int>();
        var lineOfName = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            NetworkSpec network;
            try
            {
                network = ReadLine(line, lineNumber);
            }
            catch (ZooFormatException ex)
            {
                errors.AddRange(ex.Errors);
                continue;
            }

            if (!lineOfId.TryAdd(network.Id, lineNumber))
            {
                errors.Add(new ZooLineError(lineNumber, $"id {network.Id} already used on line {lineOfId[network.Id]}"));
            }
            else if (!lineOfName.TryAdd(network.Name, lineNumber))
            {
                errors.Add(new ZooLineError(lineNumber, $"name '{network.Name}' already used on line {lineOfName[network.Name]}"));
            }
            else
            {
                networks.Add(network);
            }
        }

        return errors.Count > 0 ? throw new ZooFormatException(errors) : networks.ToImmutable();
    }

    /// <summary>Parses and validates one line; <paramref name="lineNumber"/> only labels errors.</summary>
    public static NetworkSpec ReadLine(string line, int lineNumber = 1)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            throw new ZooFormatException(lineNumber, MalformedJson(ex), ex);
        }

        using (document)
        {
            try
            {
                return ReadNetwork(document.RootElement);
            }
            catch (ZooSpecException ex)
            {
                throw new ZooFormatException(lineNumber, ex.Message, ex);
            }
        }
    }

    /// <summary>
    /// System.Text.Json's reason without its position suffix ("LineNumber: 0 | BytePositionInLine: 12."): every line is
    /// parsed alone, so its line number is always 0 and its position counts from 0; the reader gets the character from 1.
    /// </summary>
    private static string MalformedJson(JsonException ex)
    {
        var reason = ex.Message;
        foreach (var marker in new[] { " Path:", " LineNumber:" })
        {
            var suffix = reason.IndexOf(marker, StringComparison.Ordinal);
            if (suffix >= 0)
            {
                reason = reason[..suffix];
            }
        }

        reason = reason.Trim().TrimEnd('.');
        var at = ex.BytePositionInLine is { } position ? $" at character {position + 1}" : "";
        return $"malformed JSON{at}: {reason}";
    }

    private static NetworkSpec ReadNetwork(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new ZooSpecException($"expected a JSON object, found {root.ValueKind}");
        }

        foreach (var property in root.EnumerateObject())
        {
            if (!NetworkKeys.Contains(property.Name))
            {
                throw new ZooSpecException($"unknown key '{property.Name}'");
            }
        }

        var id = Int(Required(root, "id", "network"), "id", "network");
        if (id < 0)
        {
            throw new ZooSpecException($"id {id} must not be negative");
        }

        var name = String(Required(root, "name", "network"), "name", "network");
        var group = String(Required(root, "group", "network"), "group", "network");
        var form = String(Required(root, "form", "network"), "form", "network");
        var activationText = String(Required(root, "activation", "network"), "activation", "network");
        var inputShape = ReadShape(Required(root, "input_shape", "network"), "input_shape", "network");
        var layersElement = Required(root, "layers", "network");

        if (name.Length == 0)
        {
            throw new ZooSpecException("name must not be empty");
        }

        if (!Families.All.Contains(group))
        {
            throw new ZooSpecException($"unknown group '{group}' (known: {string.Join(", ", Families.All)})");
        }

        var expectedForm = name.Split('_')[0];
        if (form != expectedForm)
        {
            throw new ZooSpecException($"form '{form}' is not the name before '_' ('{expectedForm}')");
        }

        if (!Enum.TryParse<ActivationKind>(activationText, ignoreCase: false, out var activation) ||
            !Enum.IsDefined(activation) || activationText != activation.ToString())
        {
            throw new ZooSpecException(
                $"activation '{activationText}' is not one of {string.Join(", ", Enum.GetNames<ActivationKind>())}");
        }

        if (layersElement.ValueKind != JsonValueKind.Array)
        {
            throw new ZooSpecException($"layers must be an array, found {layersElement.ValueKind}");
        }

        var layers = ImmutableArray.CreateBuilder<LayerSpec>();
        var declared = new List<(Shape? In, Shape Out)>();
        var index = 0;
        foreach (var element in layersElement.EnumerateArray())
        {
            var (layer, declaredIn, declaredOut) = ReadLayer(element, index);
            layers.Add(layer);
            declared.Add((declaredIn, declaredOut));
            index++;
        }

        var network = new NetworkSpec(id, name, group, form, activation, inputShape, layers.ToImmutable());
        var inferred = ShapeInference.Infer(network);
        for (var i = 0; i < inferred.Layers.Length; i++)
        {
            var shapes = inferred.Layers[i];
            var (declaredIn, declaredOut) = declared[i];
            if (declaredIn is not null && !declaredIn.Equals(shapes.In))
            {
                throw new ZooSpecException($"layer {i} ({shapes.Layer.Op}): declared in {declaredIn} but the input is {shapes.In}", i);
            }

            if (!declaredOut.Equals(shapes.Out))
            {
                throw new ZooSpecException($"layer {i} ({shapes.Layer.Op}): declared out {declaredOut} but the output is {shapes.Out}", i);
            }
        }

        if (!Families.InputShapeOf(group).Equals(inputShape))
        {
            throw new ZooSpecException($"input_shape {inputShape} is not the {group} reshape {Families.InputShapeOf(group)}");
        }

        CheckActivation(network);
        return network;
    }

    /// <summary>A network never mixes two activation kinds, and its activation column says which one it holds.</summary>
    private static void CheckActivation(NetworkSpec network)
    {
        var kinds = network.Layers.OfType<ActivationSpec>().Select(a => a.Kind).Distinct().ToList();
        if (kinds.Count > 1)
        {
            throw new ZooSpecException($"the network mixes activations {string.Join(" and ", kinds)}");
        }

        // ResNets count as ReLU even without a ReLU layer: their BasicBlocks apply it inside.
        var expected = kinds.Count == 1 ? kinds[0] : network.Group == Families.ResNet ? ActivationKind.ReLU : ActivationKind.None;
        if (network.Activation != expected)
        {
            throw new ZooSpecException($"activation {network.Activation} does not match the layers, which imply {expected}");
        }
    }

    private static (LayerSpec Layer, Shape? In, Shape Out) ReadLayer(JsonElement element, int index)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ZooSpecException($"layer {index}: expected a JSON object, found {element.ValueKind}", index);
        }

        var op = String(Required(element, "op", $"layer {index}"), "op", $"layer {index}");
        var where = $"layer {index} ({op})";
        var allowedKeys = op switch
        {
            "view" => new[] { "op", "out" },
            "flatten" => ["op", "out", "noop"],
            _ => ["op", "args", "in", "out"],
        };
        foreach (var property in element.EnumerateObject())
        {
            if (!allowedKeys.Contains(property.Name))
            {
                throw new ZooSpecException($"{where}: unknown key '{property.Name}'", index);
            }
        }

        var args = element.TryGetProperty("args", out var a) ? a : default;
        if (args.ValueKind is not (JsonValueKind.Undefined or JsonValueKind.Object))
        {
            throw new ZooSpecException($"{where}: args must be an object", index);
        }

        var argReader = new JsonArgReader(args, where, index);
        LayerSpec layer = op switch
        {
            "view" => new ViewSpec(ReadShape(Required(element, "out", where), "out", where)),
            "flatten" => ReadFlatten(element, where, index),
            "Linear" => ReadLinear(argReader),
            "Conv1d" => ReadConv(argReader, 1),
            "Conv2d" => ReadConv(argReader, 2),
            "Conv3d" => ReadConv(argReader, 3),
            "BasicBlock" => ReadBasicBlock(argReader),
            "ReLU" => ReadInplaceActivation(argReader, ActivationKind.ReLU),
            "SELU" => ReadInplaceActivation(argReader, ActivationKind.SELU),
            "Sigmoid" => ReadPlainActivation(argReader, ActivationKind.Sigmoid),
            "Tanh" => ReadPlainActivation(argReader, ActivationKind.Tanh),
            "LogSoftmax" => ReadLogSoftmax(argReader),
            _ => throw new ZooSpecException(
                $"{where}: unknown op (known: view, flatten, Linear, Conv1d, Conv2d, Conv3d, BasicBlock, ReLU, SELU, Sigmoid, Tanh, LogSoftmax)",
                index),
        };
        argReader.RejectUnread();

        var declaredOut = ReadShape(Required(element, "out", where), "out", where);
        Shape? declaredIn = layer is ViewSpec or FlattenSpec ? null : ReadShape(Required(element, "in", where), "in", where);
        return (layer, declaredIn, declaredOut);
    }

    private static FlattenSpec ReadFlatten(JsonElement element, string where, int index)
    {
        if (element.TryGetProperty("noop", out var noop) && noop.ValueKind != JsonValueKind.True)
        {
            throw new ZooSpecException($"{where}: only the no-op flatten (noop true) is supported", index);
        }

        return new FlattenSpec();
    }

    private static LinearSpec ReadLinear(JsonArgReader args) =>
        new(args.Int("in_features"), args.Int("out_features"), args.Bool("bias"));

    private static ConvSpec ReadConv(JsonArgReader args, int dimensions)
    {
        var inChannels = args.Int("in_channels");
        var outChannels = args.Int("out_channels");
        var kernel = args.IntOrTuple("kernel_size", dimensions);
        args.OptionalTupleEquals("stride", dimensions, 1);
        args.OptionalTupleEquals("padding", dimensions, 0);
        args.OptionalTupleEquals("dilation", dimensions, 1);
        args.OptionalIntEquals("groups", 1);
        args.OptionalStringEquals("padding_mode", "zeros");
        var bias = args.Bool("bias");
        return new ConvSpec(dimensions, inChannels, outChannels, kernel, bias);
    }

    private static BasicBlockSpec ReadBasicBlock(JsonArgReader args)
    {
        var inplanes = args.Int("inplanes");
        var planes = args.Int("planes");
        if (inplanes != planes)
        {
            throw args.Error($"inplanes {inplanes} and planes {planes} differ (only C → C blocks are supported)");
        }

        return new BasicBlockSpec(planes);
    }

    private static ActivationSpec ReadInplaceActivation(JsonArgReader args, ActivationKind kind)
    {
        args.OptionalBool("inplace");
        return new ActivationSpec(kind);
    }

    private static ActivationSpec ReadPlainActivation(JsonArgReader args, ActivationKind kind) => new(kind);

    private static LogSoftmaxSpec ReadLogSoftmax(JsonArgReader args)
    {
        var dim = args.Int("dim");
        if (dim != 1)
        {
            throw args.Error($"dim {dim} is not supported (only 1, the class dimension)");
        }

        return new LogSoftmaxSpec();
    }

    private static JsonElement Required(JsonElement parent, string key, string where) =>
        parent.TryGetProperty(key, out var value)
            ? value
            : throw new ZooSpecException($"{where}: missing '{key}'");

    private static int Int(JsonElement element, string key, string where) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value)
            ? value
            : throw new ZooSpecException($"{where}: '{key}' must be an integer, found {element.GetRawText()}");

    private static string String(JsonElement element, string key, string where) =>
        element.ValueKind == JsonValueKind.String
            ? element.GetString()!
            : throw new ZooSpecException($"{where}: '{key}' must be a string, found {element.GetRawText()}");

    private static Shape ReadShape(JsonElement element, string key, string where)
    {
        if (element.ValueKind != JsonValueKind.Array || element.GetArrayLength() == 0)
        {
            throw new ZooSpecException($"{where}: '{key}' must be a non-empty array of sizes, found {element.GetRawText()}");
        }

        var dims = element.EnumerateArray().Select(d =>
            d.ValueKind == JsonValueKind.Number && d.TryGetInt32(out var v) && v > 0
                ? v
                : throw new ZooSpecException($"{where}: '{key}' must hold positive integers, found {element.GetRawText()}"));
        return new Shape(dims.ToImmutableArray());
    }

    public static string Write(IEnumerable<NetworkSpec> networks)
    {
        var builder = new StringBuilder();
        foreach (var network in networks)
        {
            builder.Append(WriteLine(network)).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Writes UTF-8 lines ending in '\n' (never "\r\n", so files are identical on every OS).</summary>
    public static void Write(IEnumerable<NetworkSpec> networks, Stream stream)
    {
        foreach (var network in networks)
        {
            stream.Write(WriteLineUtf8(network));
            stream.WriteByte((byte)'\n');
        }
    }

    /// <summary>One network as one compact JSON object, without the line end.</summary>
    public static string WriteLine(NetworkSpec network) => Encoding.UTF8.GetString(WriteLineUtf8(network));

    private static byte[] WriteLineUtf8(NetworkSpec network)
    {
        var shapes = ShapeInference.Infer(network);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("id", network.Id);
            json.WriteString("name", network.Name);
            json.WriteString("group", network.Group);
            json.WriteString("form", network.Form);
            json.WriteString("activation", network.Activation.ToString());
            WriteShape(json, "input_shape", network.InputShape);
            json.WriteStartArray("layers");
            foreach (var layer in shapes.Layers)
            {
                WriteLayer(json, layer);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteLayer(Utf8JsonWriter json, LayerShapes shapes)
    {
        json.WriteStartObject();
        json.WriteString("op", shapes.Layer.Op);
        switch (shapes.Layer)
        {
            case ViewSpec:
                WriteShape(json, "out", shapes.Out);
                json.WriteEndObject();
                return;
            case FlattenSpec:
                WriteShape(json, "out", shapes.Out);
                json.WriteBoolean("noop", true);
                json.WriteEndObject();
                return;
        }

        json.WriteStartObject("args");
        switch (shapes.Layer)
        {
            case LinearSpec linear:
                json.WriteNumber("in_features", linear.InFeatures);
                json.WriteNumber("out_features", linear.OutFeatures);
                json.WriteBoolean("bias", linear.Bias);
                break;
            case ConvSpec conv:
                json.WriteNumber("in_channels", conv.InChannels);
                json.WriteNumber("out_channels", conv.OutChannels);
                WriteInts(json, "kernel_size", conv.KernelSize);
                WriteInts(json, "stride", Enumerable.Repeat(1, conv.Dimensions));
                WriteInts(json, "padding", Enumerable.Repeat(0, conv.Dimensions));
                WriteInts(json, "dilation", Enumerable.Repeat(1, conv.Dimensions));
                json.WriteNumber("groups", 1);
                json.WriteBoolean("bias", conv.Bias);
                json.WriteString("padding_mode", "zeros");
                break;
            case BasicBlockSpec block:
                json.WriteNumber("inplanes", block.Channels);
                json.WriteNumber("planes", block.Channels);
                break;
            case ActivationSpec { Kind: ActivationKind.ReLU or ActivationKind.SELU }:
                json.WriteBoolean("inplace", false);
                break;
            case ActivationSpec:
                break;
            case LogSoftmaxSpec:
                json.WriteNumber("dim", 1);
                break;
            default:
                throw new ZooSpecException($"layer {shapes.Index} ({shapes.Layer.Op}): cannot be written", shapes.Index);
        }

        json.WriteEndObject();
        WriteShape(json, "in", shapes.In);
        WriteShape(json, "out", shapes.Out);
        json.WriteEndObject();
    }

    private static void WriteShape(Utf8JsonWriter json, string key, Shape shape) => WriteInts(json, key, shape.Dims);

    private static void WriteInts(Utf8JsonWriter json, string key, IEnumerable<int> values)
    {
        json.WriteStartArray(key);
        foreach (var value in values)
        {
            json.WriteNumberValue(value);
        }

        json.WriteEndArray();
    }
}

using System.Collections.Immutable;
using System.Text.Json;

namespace Netpicking.Core.Zoo;

/// <summary>Reads a layer's args and remembers which were read, so unknown ones can be rejected.</summary>
internal sealed class JsonArgReader(JsonElement args, string where, int index)
{
    private readonly HashSet<string> read = [];

    public ZooSpecException Error(string detail) => new($"{where}: {detail}", index);

    public int Int(string key)
    {
        var element = Get(key) ?? throw Error($"missing arg '{key}'");
        return element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value)
            ? value
            : throw Error($"arg '{key}' must be an integer, found {element.GetRawText()}");
    }

    public bool Bool(string key)
    {
        var element = Get(key) ?? throw Error($"missing arg '{key}'");
        return AsBool(key, element);
    }

    public void OptionalBool(string key)
    {
        if (Get(key) is { } element)
        {
            AsBool(key, element);
        }
    }

    /// <summary>PyTorch accepts an int or a tuple; an int means the same size in every dimension.</summary>
    public ImmutableArray<int> IntOrTuple(string key, int dimensions)
    {
        var element = Get(key) ?? throw Error($"missing arg '{key}'");
        return ReadTuple(key, element, dimensions);
    }

    public void OptionalTupleEquals(string key, int dimensions, int expected)
    {
        if (Get(key) is { } element && ReadTuple(key, element, dimensions).Any(v => v != expected))
        {
            throw Error($"arg '{key}' {element.GetRawText()} is not supported (only {expected})");
        }
    }

    public void OptionalIntEquals(string key, int expected)
    {
        if (Get(key) is { } element && !(element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var v) && v == expected))
        {
            throw Error($"arg '{key}' {element.GetRawText()} is not supported (only {expected})");
        }
    }

    public void OptionalStringEquals(string key, string expected)
    {
        if (Get(key) is { } element && !(element.ValueKind == JsonValueKind.String && element.GetString() == expected))
        {
            throw Error($"arg '{key}' {element.GetRawText()} is not supported (only \"{expected}\")");
        }
    }

    public void RejectUnread()
    {
        if (args.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var property in args.EnumerateObject())
        {
            if (!read.Contains(property.Name))
            {
                throw Error($"unknown arg '{property.Name}'");
            }
        }
    }

    private JsonElement? Get(string key)
    {
        read.Add(key);
        return args.ValueKind == JsonValueKind.Object && args.TryGetProperty(key, out var value) ? value : null;
    }

    private bool AsBool(string key, JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Error($"arg '{key}' must be true or false, found {element.GetRawText()}"),
    };

    private ImmutableArray<int> ReadTuple(string key, JsonElement element, int dimensions)
    {
        if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var single))
        {
            return Enumerable.Repeat(single, dimensions).ToImmutableArray();
        }

        if (element.ValueKind == JsonValueKind.Array && element.GetArrayLength() == dimensions &&
            element.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Number && e.TryGetInt32(out _)))
        {
            return element.EnumerateArray().Select(e => e.GetInt32()).ToImmutableArray();
        }

        throw Error($"arg '{key}' must be an integer or {dimensions} integers, found {element.GetRawText()}");
    }
}

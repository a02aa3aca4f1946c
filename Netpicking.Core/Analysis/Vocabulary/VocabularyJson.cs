using System.Text.Json;
using System.Text.Json.Serialization;

namespace Netpicking.Core.Analysis;

/// <summary>
/// JSON that names costs, ranked metrics and scores by their keys (<c>"time"</c>, <c>"balanced_accuracy"</c>,
/// <c>"recall_3"</c>) rather than by enum member or as objects, so a JSON document reads like the URL and the CSV. Other
/// enums are written snake_case, the same style as the keys.
/// </summary>
public static class VocabularyJson
{
    public static IReadOnlyList<JsonConverter> Converters { get; } =
    [
        new KeyConverter<CostKind>(CostKeys.Key, text => CostKeys.TryParse(text, out var kind) ? kind : null),
        new KeyConverter<RankedMetric>(RankedMetricKeys.Key, text => RankedMetricKeys.TryParse(text, out var metric) ? metric : null),
        new ScoreConverter(),
        new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower),
    ];

    private sealed class KeyConverter<T>(Func<T, string> write, Func<string?, T?> read) : JsonConverter<T>
        where T : struct, Enum
    {
        public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            read(reader.GetString()) ?? throw new JsonException($"'{reader.GetString()}' is not a {typeof(T).Name} key.");

        public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(write(value));
    }

    private sealed class ScoreConverter : JsonConverter<ScoreSelector>
    {
        public override ScoreSelector Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            ScoreSelector.TryParse(reader.GetString(), out var score) ? score : throw new JsonException($"'{reader.GetString()}' is not a score.");

        public override void Write(Utf8JsonWriter writer, ScoreSelector value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}

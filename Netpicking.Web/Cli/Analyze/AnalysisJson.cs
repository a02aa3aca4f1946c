using System.Text.Json;
using System.Text.Json.Serialization;
using Netpicking.Core.Analysis;

namespace Netpicking.Web.Cli.Analyze;

/// <summary>How <c>analyze --json</c> writes the Core's records: camelCase members, costs and scores by their keys.</summary>
public static class AnalysisJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static string Serialize(object? value) => JsonSerializer.Serialize(value, Options);

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = true,
            // NaN (no value, e.g. an AUC that could not be computed) and ∞ (a RAPS threshold with too few images) are real results.
            NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        };
        foreach (var converter in VocabularyJson.Converters)
        {
            options.Converters.Add(converter);
        }

        return options;
    }
}

using System.CommandLine;
using Netpicking.Core.Analysis;

namespace Netpicking.Web.Cli.Analyze;

/// <summary>
/// The command-line options of a set of request keys: <c>--name</c> for each key, its older spellings as hidden
/// options, and the values they were given as <see cref="RequestValues"/> read by the Core, exactly as a URL is.
/// </summary>
public sealed class RequestOptions
{
    private readonly Dictionary<string, Option> bySpelling = new(StringComparer.Ordinal);

    public RequestOptions(IEnumerable<RequestKey> keys)
    {
        var all = keys.ToArray();
        foreach (var key in all)
        {
            bySpelling[key.Name] = Create(key.Name, key.Description, key.IsFlag, hidden: false);
        }

        // An older spelling may be shared by two keys (ensembles' --x set both costs), so it is an option of its own.
        foreach (var key in all)
        {
            foreach (var alias in key.Aliases.Where(a => !bySpelling.ContainsKey(a)))
            {
                bySpelling[alias] = Create(alias, $"The older name of --{key.Name}.", key.IsFlag, hidden: true);
            }
        }
    }

    public IEnumerable<Option> Options => bySpelling.Values;

    public RequestValues Values(ParseResult result) => RequestValues.FromCommandLine(spelling => Text(result, spelling));

    private string? Text(ParseResult result, string spelling) => bySpelling.GetValueOrDefault(spelling) switch
    {
        Option<bool> flag => result.GetValue(flag) ? "true" : null,
        Option<string[]> text => result.GetValue(text) is { Length: > 0 } values ? string.Join(',', values) : null,
        _ => null,
    };

    private static Option Create(string name, string description, bool flag, bool hidden) =>
        flag
            ? new Option<bool>("--" + name) { Description = description, Hidden = hidden }
            : new Option<string[]>("--" + name) { Description = description, Hidden = hidden, AllowMultipleArgumentsPerToken = false };
}

namespace Netpicking.Core.Analysis;

/// <summary>
/// One named input of an analysis. The URL query key and the command-line option are the same word
/// (<c>?max-params=20000</c>, <c>--max-params 20000</c>), so a page and <c>analyze</c> are asked alike.
/// <paramref name="Aliases"/> are older spellings that are still read (a link someone saved, a script someone wrote)
/// and never written. <paramref name="IsFlag"/>: a switch (<c>--not-randomized</c>, <c>?not-randomized=true</c>).
/// </summary>
public sealed record RequestKey(string Name, string Description, IReadOnlyList<string> Aliases, bool IsFlag = false)
{
    public RequestKey(string name, string description, params string[] aliases)
        : this(name, description, (IReadOnlyList<string>)aliases)
    {
    }

    public static RequestKey Flag(string name, string description, params string[] aliases) => new(name, description, aliases, IsFlag: true);

    /// <summary>Every spelling, the current one first: the order in which a value is looked for.</summary>
    public IEnumerable<string> Spellings => Aliases.Prepend(Name);

    /// <summary>
    /// Query parameters that set this key to <paramref name="value"/> (null removes it) and remove its aliases, so a
    /// link written from an old one carries one spelling only.
    /// </summary>
    public IEnumerable<KeyValuePair<string, string?>> Write(string? value) =>
        Aliases.Select(alias => new KeyValuePair<string, string?>(alias, null)).Prepend(new(Name, value));
}

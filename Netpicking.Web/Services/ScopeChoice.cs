namespace Netpicking.Web.Services;

/// <summary>A zoo × dataset × run settings that holds tested results, and how many networks have them.</summary>
public sealed record ScopeChoice(string Zoo, string Dataset, string Run, int Networks);

namespace Netpicking.Core.Zoo;

/// <summary>How many networks of one form a generated zoo holds.</summary>
public sealed record FormQuota(string Family, string Form, int Count);

using Netpicking.Core.Zoo;

namespace Netpicking.Web.Services;

/// <summary>One line of the Zoo table: a network and its static metrics.</summary>
public sealed record ZooRow(
    int Id,
    string Name,
    string Group,
    string Form,
    ActivationKind Activation,
    int Depth,
    long Params,
    long Memory,
    int Ops,
    int Layers);

namespace Netpicking.Core.Analysis;

/// <summary>One network snapshot on the overview scatter; the colour keys (family, form, activation, epoch) travel with it.</summary>
public sealed record ScatterPoint(
    int NetworkIndex, int NetworkId, string Name, string Group, string Form, string Activation, int Epoch, double X, double Y);

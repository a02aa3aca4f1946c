using Netpicking.Core.Training;

namespace Netpicking.Core.Storage;

/// <summary>A finished training's spec, run settings and measured seconds (epochs, tests): what the cost model learns from.</summary>
public sealed record MeasuredTraining(string SpecLine, RunSettings RunSettings, double TrainSeconds, double TestSeconds);

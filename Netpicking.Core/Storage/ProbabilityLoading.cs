namespace Netpicking.Core.Storage;

/// <summary>
/// Whether a population snapshot brings the networks' probabilities (10 floats an image, 400 MB for a full zoo):
/// only ensembles, prediction sets and cascades need them.
/// </summary>
public enum ProbabilityLoading
{
    /// <summary>Argmax answers only; asking for probabilities throws.</summary>
    None,

    /// <summary>Each network's probabilities are read from the store the first time an analysis asks for them.</summary>
    OnDemand,

    /// <summary>Every network's probabilities are read with the snapshot, in one query.</summary>
    Eager,
}

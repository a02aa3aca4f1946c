namespace Netpicking.Core.Zoo;

/// <summary>The activation a network contains; <see cref="None"/> is a real group value, never a null.</summary>
public enum ActivationKind
{
    None,
    ReLU,
    SELU,
    Sigmoid,
    Tanh,
}

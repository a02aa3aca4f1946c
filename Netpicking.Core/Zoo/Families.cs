namespace Netpicking.Core.Zoo;

/// <summary>The families (compute layer) of docs/product.md#the-zoo, in display order.</summary>
public static class Families
{
    public const string Basic = "Basic";
    public const string Linear = "Linear";
    public const string Conv1d = "Conv1d";
    public const string Conv2d = "Conv2d";
    public const string Conv3d = "Conv3d";
    public const string Conv1dThenLinear = "Conv1dThenLinear";
    public const string Conv2dThenLinear = "Conv2dThenLinear";
    public const string Conv3dThenLinear = "Conv3dThenLinear";
    public const string ResNet = "ResNet";

    public static IReadOnlyList<string> All { get; } =
        [Basic, Linear, Conv1d, Conv2d, Conv3d, Conv1dThenLinear, Conv2dThenLinear, Conv3dThenLinear, ResNet];

    /// <summary>The reshape every network of the family applies to the 784 input values.</summary>
    public static Shape InputShapeOf(string family) => family switch
    {
        Basic or Linear => new Shape(784),
        Conv1d or Conv1dThenLinear => new Shape(16, 49),
        Conv2d or Conv2dThenLinear or ResNet => new Shape(1, 28, 28),
        Conv3d or Conv3dThenLinear => new Shape(1, 16, 7, 7),
        _ => throw new ArgumentException($"Unknown family '{family}'. Known: {string.Join(", ", All)}.", nameof(family)),
    };
}

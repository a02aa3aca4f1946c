namespace Netpicking.Web.Components.Pages.Networks;

public enum DiagramNodeKind
{
    Input,
    Compute,
    Block,
    Activation,
    Reshape,
    Output,
}

namespace Netpicking.Web.Components.Pages.Networks;

/// <summary>One mark of the layer diagram, placed: a box (compute layer), a circle (activation) or a tag (reshape).</summary>
public sealed record DiagramNode(DiagramNodeKind Kind, double X, double Y, double Width, string Label, string Detail, string Tooltip);

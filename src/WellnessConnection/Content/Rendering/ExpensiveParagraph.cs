namespace WellnessConnection.Content.Rendering;

/// <summary>A paragraph whose link openings would cost Markdig more than it may spend (<see
/// cref="LinkOpeningCost"/>).</summary>
public sealed record ExpensiveParagraph(int Line, int Openings, int Length);

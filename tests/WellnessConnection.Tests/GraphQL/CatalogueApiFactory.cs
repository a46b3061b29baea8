namespace WellnessConnection.Tests.GraphQL;

/// <summary>
/// Six sessions made to tell filters, sorts and pages apart (<c>Fixtures/Api/catalogue</c>). By start:
/// sleep-basics (past), sleep-and-shift-work, burnout-check-in (cancelled), resilience-in-training (full),
/// resilience-at-work (postponed), mindful-mornings (Halifax time).
/// </summary>
public sealed class CatalogueApiFactory : ContentApiFactory
{
    protected override string ContentDirectory => ApiFixture("catalogue");
}

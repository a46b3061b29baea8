namespace WellnessConnection.Tests.GraphQL;

/// <summary>
/// A draft of every document type, each with the word "zanzibar" in its body, and a published session that
/// lists a draft topic, a draft facilitator and a draft series (<c>Fixtures/Api/drafts</c>).
/// </summary>
public sealed class DraftsApiFactory : ContentApiFactory
{
    protected override string ContentDirectory => ApiFixture("drafts");
}

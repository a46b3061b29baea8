namespace WellnessConnection.GraphQL.Memoization;

/// <summary>
/// What a memoized result answers: what was read (<paramref name="Scope"/>, e.g. <c>Query.upcomingSessions/rows</c>),
/// with what (<paramref name="Arguments"/>, canonical text, see <see cref="ArgumentKey"/>, and <paramref
/// name="Shared"/>, a long part many keys share, such as the selection a document's fields answer), and in which time
/// slice.
/// </summary>
public sealed record MemoKey(string Scope, string Arguments, long Slice, SharedKeyText? Shared = null);

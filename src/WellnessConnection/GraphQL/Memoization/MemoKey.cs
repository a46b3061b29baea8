namespace WellnessConnection.GraphQL.Memoization;

/// <summary>
/// What a memoized result answers: what was read (<paramref name="Scope"/>, e.g. <c>Query.upcomingSessions/rows</c>),
/// with what (<paramref name="Arguments"/>, canonical text, see <see cref="ArgumentKey"/>), and in which time slice.
/// </summary>
public sealed record MemoKey(string Scope, string Arguments, long Slice);

using WellnessConnection.Content.Schema;
using WellnessConnection.GraphQL.Common;

namespace WellnessConnection.GraphQL.Sessions;

public sealed class SessionStatusGraphType()
    : VocabularyEnumGraphType(
        "SessionStatus",
        "Whether a session goes ahead as planned. See also `isPast`.",
        Vocabulary.SessionStatuses
    );

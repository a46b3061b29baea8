using WellnessConnection.Content.Schema;

namespace WellnessConnection.GraphQL.Common;

public sealed class AudienceGraphType()
    : VocabularyEnumGraphType(
        "Audience",
        "Who a session or resource is for. An empty list means everyone.",
        Vocabulary.SessionAudiences
    );

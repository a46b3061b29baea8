using WellnessConnection.Content.Schema;
using WellnessConnection.GraphQL.Common;

namespace WellnessConnection.GraphQL.CrisisLines;

public sealed class CrisisAudienceGraphType()
    : VocabularyEnumGraphType("CrisisAudience", "Who may call a crisis line.", Vocabulary.CrisisAudiences);

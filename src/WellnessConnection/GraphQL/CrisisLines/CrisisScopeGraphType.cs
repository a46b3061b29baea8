using WellnessConnection.Content.Schema;
using WellnessConnection.GraphQL.Common;

namespace WellnessConnection.GraphQL.CrisisLines;

public sealed class CrisisScopeGraphType()
    : VocabularyEnumGraphType(
        "CrisisScope",
        "Where a crisis line serves: the whole country, or one province or territory.",
        Vocabulary.CrisisScopes
    );

using WellnessConnection.Content.Schema;
using WellnessConnection.GraphQL.Common;

namespace WellnessConnection.GraphQL.Resources;

public sealed class ResourceKindGraphType()
    : VocabularyEnumGraphType("ResourceKind", "What kind of resource it is.", Vocabulary.ResourceKinds);

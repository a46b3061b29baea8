using WellnessConnection.Content.Schema;
using WellnessConnection.GraphQL.Common;

namespace WellnessConnection.GraphQL.CrisisLines;

public sealed class RegionGraphType()
    : VocabularyEnumGraphType(
        "Region",
        "CA for Canada as a whole, else a province or territory code (QC, ON, NU...).",
        Vocabulary.Regions
    );

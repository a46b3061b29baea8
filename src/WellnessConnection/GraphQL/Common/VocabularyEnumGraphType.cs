using GraphQL.Types;

namespace WellnessConnection.GraphQL.Common;

/// <summary>An enum over one of the content contract's closed lists: <c>medical-students</c> is served as
/// <c>MEDICAL_STUDENTS</c>.</summary>
public abstract class VocabularyEnumGraphType : EnumerationGraphType
{
    protected VocabularyEnumGraphType(string name, string description, IEnumerable<string> values)
    {
        Name = name;
        Description = description;
        foreach (var value in values)
        {
            Add(value.ToUpperInvariant().Replace('-', '_'), value);
        }
    }
}

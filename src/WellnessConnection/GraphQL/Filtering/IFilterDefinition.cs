using System.Linq.Expressions;

namespace WellnessConnection.GraphQL.Filtering;

/// <summary>The filterable fields of one entity, usable from another entity's filter (lists and relations).</summary>
public interface IFilterDefinition
{
    IReadOnlyList<FilterField> Fields { get; }

    Expression Translate(Expression entity, IDictionary<string, object?> input);
}

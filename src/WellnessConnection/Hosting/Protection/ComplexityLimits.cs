using GraphQL.Validation.Complexity;
using GraphQL.Validation.Errors.Custom;

namespace WellnessConnection.Hosting.Protection;

/// <summary>
/// Configures GraphQL.NET's complexity analyzer from <see cref="ProtectionOptions"/>: the depth and complexity
/// limits, with codes of their own, and introspection weighed by its depth only (its size is the schema's, not
/// the client's choice).
/// </summary>
public static class ComplexityLimits
{
    public static void Configure(ComplexityOptions complexity, ProtectionOptions limits)
    {
        var measure = complexity.DefaultComplexityImpactDelegate;
        complexity.DefaultComplexityImpactDelegate = field =>
            field.FieldDefinition.Name is "__schema" or "__type" ? new FieldComplexityResult(1, 0) : measure(field);

        // Checked here rather than by MaxDepth/MaxComplexity, to give each its own code.
        complexity.ValidateComplexityDelegate = analysis =>
        {
            if (analysis.MaxDepth > limits.MaxDepth)
            {
                analysis.Error = new ComplexityError(
                    $"The query nests {analysis.MaxDepth} levels deep; this endpoint accepts at most {limits.MaxDepth}."
                )
                {
                    Code = "QUERY_TOO_DEEP",
                };
            }
            else if (analysis.TotalImpact > limits.MaxComplexity)
            {
                analysis.Error = new ComplexityError(
                    $"The query asks too much at once: complexity {analysis.TotalImpact:N0}, at most "
                        + $"{limits.MaxComplexity:N0} here. Ask for smaller pages (first/last) or fewer nested lists."
                )
                {
                    Code = "QUERY_TOO_COMPLEX",
                };
            }

            return Task.CompletedTask;
        };
    }
}

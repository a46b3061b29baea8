using GraphQL;
using GraphQL.DI;
using GraphQL.Validation;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.Options;

namespace WellnessConnection.Hosting.Protection;

public static class RequestLimitsGraphQLBuilder
{
    /// <summary>
    /// The validation rules of <see cref="ProtectionOptions"/>: depth and complexity (GraphQL.NET's analyzer), and
    /// introspection when it is turned off. Aliases are counted with the other document limits (<see
    /// cref="DocumentLimitsFilter"/>).
    /// </summary>
    public static IGraphQLBuilder AddRequestLimits(this IGraphQLBuilder builder)
    {
        builder.AddComplexityAnalyzer(
            (complexity, services) =>
                ComplexityLimits.Configure(complexity, services.GetRequiredService<IOptions<ProtectionOptions>>().Value)
        );
        builder.ConfigureExecutionOptions(options =>
        {
            var limits = options.RequestServices?.GetService<IOptions<ProtectionOptions>>()?.Value;
            if (limits is { IntrospectionEnabled: false })
            {
                options.ValidationRules = (options.ValidationRules ?? DocumentValidator.CoreRules).Append(
                    NoIntrospectionValidationRule.Instance
                );
            }
        });
        return builder;
    }
}

using Microsoft.Extensions.DependencyInjection;

namespace WellnessConnection.GraphQL.Common;

public static class ServiceProviderExtensions
{
    /// <summary>The request's <see cref="ContentRequest"/>.</summary>
    public static ContentRequest Request(this IServiceProvider services) =>
        services.GetRequiredService<ContentRequest>();
}

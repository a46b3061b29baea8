using Microsoft.Extensions.Options;

namespace WellnessConnection.Http;

public static class PublicAddressServices
{
    /// <summary>The public address every absolute link is built on (<see cref="FeedLinks"/>), checked at
    /// start.</summary>
    public static IServiceCollection AddPublicAddress(this IServiceCollection services, IConfiguration configuration)
    {
        services
            .AddOptions<PublicAddressOptions>()
            .Bind(configuration.GetSection(PublicAddressOptions.SectionName))
            .PostConfigure(o =>
                o.BaseUrl = o.BaseUrl.Length > 0 ? o.BaseUrl : PublicAddressOptions.DefaultFrom(configuration["urls"])
            )
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return services.AddSingleton(provider => new FeedLinks(
            provider.GetRequiredService<IOptions<PublicAddressOptions>>().Value.BaseUrl
        ));
    }
}

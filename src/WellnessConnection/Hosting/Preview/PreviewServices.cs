using Microsoft.Extensions.DependencyInjection.Extensions;
using WellnessConnection.Hosting.Settings;
using WellnessConnection.Storage.Reading;

namespace WellnessConnection.Hosting.Preview;

public static class PreviewServices
{
    /// <summary>The preview secret and the request's <see cref="IPreviewContext"/> as a scoped service.</summary>
    public static IServiceCollection AddPreview(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedSettings<PreviewOptions>(configuration, PreviewOptions.Section);
        services.AddHttpContextAccessor();
        services.TryAddScoped<IPreviewContext>(sp =>
            sp.GetRequiredService<IHttpContextAccessor>().HttpContext?.GetPreviewContext() ?? PreviewContext.Published
        );
        return services;
    }

    public static IApplicationBuilder UsePreview(this IApplicationBuilder app) =>
        app.UseMiddleware<PreviewMiddleware>();
}

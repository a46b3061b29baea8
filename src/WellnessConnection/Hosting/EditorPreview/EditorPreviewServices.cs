using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WellnessConnection.Hosting.LiveContent;
using WellnessConnection.Hosting.Settings;
using WellnessConnection.Http;

namespace WellnessConnection.Hosting.EditorPreview;

public static class EditorPreviewServices
{
    /// <summary>The preview's settings, checked at start (off by default; refused in Production unless forced), and
    /// the reports its pages show.</summary>
    public static IServiceCollection AddEditorPreview(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddCheckedSettings<EditorPreviewOptions>(configuration, EditorPreviewOptions.Section);
        services.AddSingleton<IValidateOptions<EditorPreviewOptions>, EditorPreviewEnvironmentRule>();
        services.TryAddSingleton<LoadReports>();
        return services;
    }

    /// <summary>
    /// <c>/preview</c>, <c>/preview/&lt;type&gt;/&lt;slug&gt;</c>, <c>/preview/events</c> and the pages' two files,
    /// when <c>EditorPreview:Enabled</c> is on; otherwise nothing is mapped and every <c>/preview</c> address is
    /// 404.
    /// </summary>
    public static IEndpointRouteBuilder MapEditorPreview(this IEndpointRouteBuilder endpoints)
    {
        if (!endpoints.ServiceProvider.GetRequiredService<IOptions<EditorPreviewOptions>>().Value.Enabled)
        {
            return endpoints;
        }

        endpoints.MapGet(EditorPreviewPaths.Root, EditorPreviewPages.ListAsync).WithDisplayName("Editor preview");
        endpoints.MapGet(EditorPreviewPaths.Events, LoadReportEvents.Stream).WithDisplayName("Editor preview events");
        endpoints
            .MapGet(EditorPreviewPaths.Root + "/{type}/{slug}", EditorPreviewPages.DocumentAsync)
            .WithDisplayName("Editor preview document");
        foreach (var asset in EditorPreviewAssets.All)
        {
            endpoints
                .MapMethods(asset.Path, ReadMethods.GetAndHead, (HttpContext context) =>
                    ConditionalResponse.Respond(context, asset.ETag, asset.ContentType, asset.Bytes, "no-cache")
                )
                .WithDisplayName("Editor preview " + asset.Path);
        }

        return endpoints;
    }
}

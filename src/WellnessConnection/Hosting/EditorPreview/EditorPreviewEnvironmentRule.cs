using Microsoft.Extensions.Options;

namespace WellnessConnection.Hosting.EditorPreview;

/// <summary>
/// The editor preview is for a writer's own machine: in the Production environment (ASP.NET Core's default when
/// <c>ASPNETCORE_ENVIRONMENT</c> is not set) turning it on stops the start, unless
/// <see cref="EditorPreviewOptions.AllowInProduction"/> says that is meant.
/// </summary>
public sealed class EditorPreviewEnvironmentRule(IHostEnvironment environment) : IValidateOptions<EditorPreviewOptions>
{
    public ValidateOptionsResult Validate(string? name, EditorPreviewOptions options) =>
        options.Enabled && !options.AllowInProduction && environment.IsProduction()
            ? ValidateOptionsResult.Fail(
                $"{EditorPreviewOptions.Section}:{nameof(EditorPreviewOptions.Enabled)} is refused in the Production "
                    + "environment: the preview shows drafts and the content's problems to anyone who reaches the "
                    + "server. Run it locally with ASPNETCORE_ENVIRONMENT=Development, or set "
                    + $"{EditorPreviewOptions.Section}:{nameof(EditorPreviewOptions.AllowInProduction)}=true to "
                    + "force it."
            )
            : ValidateOptionsResult.Success;
}

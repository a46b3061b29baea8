using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging.Abstractions;

namespace WellnessConnection.Hosting.EditorPreview;

/// <summary>
/// Renders a preview page, a Razor component, to a string, as the embed page is rendered: every value it shows is
/// encoded by Razor. The one raw markup is a document's body, which the Markdown renderer made safe.
/// </summary>
public static class EditorPreviewRenderer
{
    // French stays readable: only what HTML needs is escaped.
    private static readonly IServiceProvider Services = new ServiceCollection()
        .AddSingleton(HtmlEncoder.Create(UnicodeRanges.All))
        .BuildServiceProvider();

    public static async Task<string> RenderAsync<TComponent>(IDictionary<string, object?> parameters)
        where TComponent : IComponent
    {
        await using var renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var page = await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters));
            return page.ToHtmlString();
        });
    }
}

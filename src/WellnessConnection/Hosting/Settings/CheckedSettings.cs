using Microsoft.Extensions.Options;

namespace WellnessConnection.Hosting.Settings;

/// <summary>Binds a settings class to its section and checks it at start (<see
/// cref="SettingsValidator{T}"/>).</summary>
public static class CheckedSettings
{
    public static OptionsBuilder<T> AddCheckedSettings<T>(
        this IServiceCollection services,
        IConfiguration configuration,
        string section
    )
        where T : class
    {
        services.AddSingleton<IValidateOptions<T>>(new SettingsValidator<T>(section));
        return services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateOnStart();
    }
}

using Microsoft.Extensions.Options;

namespace WellnessConnection.Hosting.Settings;

/// <summary>
/// Checks every setting before anything starts, and prints each problem on a line of its own rather than as a
/// stack trace: an operator sees at once which value to fix.
/// </summary>
public static class StartupSettings
{
    public static bool AreValid(IServiceProvider services, TextWriter error)
    {
        try
        {
            services.GetRequiredService<IStartupValidator>().Validate();
            return true;
        }
        catch (Exception exception) when (Failures(exception) is { Count: > 0 } failures)
        {
            error.WriteLine("The server did not start: its settings have problems.");
            foreach (var failure in failures)
            {
                error.WriteLine("  " + failure);
            }

            return false;
        }
    }

    private static List<string> Failures(Exception exception) =>
        exception switch
        {
            OptionsValidationException validation => [.. validation.Failures],
            AggregateException aggregate => [.. aggregate.InnerExceptions.SelectMany(Failures)],
            _ => [],
        };
}

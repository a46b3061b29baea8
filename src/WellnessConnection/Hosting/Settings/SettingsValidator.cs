using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Options;

namespace WellnessConnection.Hosting.Settings;

/// <summary>
/// Checks a settings class by its data annotations and its own <see cref="IValidatableObject"/> rules, and words
/// each problem with the setting's full name, the rule and the value given, as an operator would write it:
/// <c>Protection:RateLimit:Burst must be between 1 and 1000000 (was 0).</c> A bad value then stops the start,
/// instead of a server that answers 500 to every request.
/// </summary>
public sealed class SettingsValidator<T>(string section) : IValidateOptions<T>
    where T : class
{
    public ValidateOptionsResult Validate(string? name, T options)
    {
        var failures = new List<string>();
        foreach (var property in typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var value = property.GetValue(options);
            foreach (var rule in property.GetCustomAttributes<ValidationAttribute>())
            {
                if (!rule.IsValid(value))
                {
                    failures.Add($"{section}:{property.Name} {Rule(rule)} (was {Shown(value)}).");
                }
            }
        }

        if (options is IValidatableObject validatable)
        {
            failures.AddRange(
                validatable
                    .Validate(new ValidationContext(options))
                    .Select(r => r.ErrorMessage ?? $"{section} is not valid.")
            );
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static string Rule(ValidationAttribute rule) =>
        rule switch
        {
            RangeAttribute range => string.Create(
                CultureInfo.InvariantCulture,
                $"must be between {range.Minimum} and {range.Maximum}"
            ),
            RequiredAttribute => "must be set",
            _ => "is not valid: " + rule.FormatErrorMessage("the value"),
        };

    private static string Shown(object? value) =>
        value switch
        {
            null => "nothing",
            string text => $"\"{text}\"",
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
}

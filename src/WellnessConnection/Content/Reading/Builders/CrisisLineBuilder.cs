using System.Text.RegularExpressions;
using NodaTime;
using WellnessConnection.Content.Diagnostics;
using WellnessConnection.Content.Model;
using WellnessConnection.Content.Schema;
using WellnessConnection.Content.Schema.Fields;

namespace WellnessConnection.Content.Reading.Builders;

/// <summary>Builds a crisis line and applies the rules that keep it trustworthy: reachable, in scope and recently
/// checked.</summary>
public static partial class CrisisLineBuilder
{
    /// <summary>Older than this, a verification is stale: numbers change and people in distress must not dial a dead
    /// one.</summary>
    public const int StaleAfterDays = 180;

    public static CrisisLine Build(FieldValues v, DocumentHeader header, ReadContext context)
    {
        var phones = v.List(CrisisLineFields.Phone);
        var text = v.Get(CrisisLineFields.Text);
        var url = v.Get(CrisisLineFields.Url);
        var diagnostics = context.Diagnostics;
        if (
            !v.IsWritten(CrisisLineFields.Phone)
            && !v.IsWritten(CrisisLineFields.Text)
            && !v.IsWritten(CrisisLineFields.Url)
        )
        {
            diagnostics.Report(
                DiagnosticCodes.NoContactMethod,
                header.Origin,
                "a crisis line must say how to reach it: add at least one of `phone:`, `text:` or `url:`."
            );
        }

        foreach (var number in phones)
        {
            CheckNumber(number, "phone", v.PositionOf(CrisisLineFields.Phone), diagnostics);
        }

        if (text is not null)
        {
            CheckNumber(text, "text", v.PositionOf(CrisisLineFields.Text), diagnostics);
        }

        var scope = v.Get(CrisisLineFields.Scope);
        var regions = v.List(CrisisLineFields.Regions);
        CheckRegions(scope, regions, v.PositionOf(CrisisLineFields.Regions), diagnostics);

        var verified = v.Get(CrisisLineFields.LastVerified);
        if (verified is { } date && v.PositionOf(CrisisLineFields.LastVerified) is { } at && !header.Path.IsTranslation)
        {
            CheckVerification(date, context.Today, at, diagnostics);
        }

        return new CrisisLine
        {
            Slug = header.Slug,
            Language = header.Language,
            SourcePath = header.Path.Path,
            Body = header.Body,
            Draft = v.Get(CommonFields.Draft) ?? false,
            Name = v.Get(CrisisLineFields.Name) ?? "",
            Scope = scope ?? "national",
            Regions = regions,
            Audience = v.List(CrisisLineFields.Audience),
            Phone = phones,
            Text = text,
            Url = url,
            Hours = v.Get(CrisisLineFields.Hours),
            Languages = v.List(CrisisLineFields.Languages),
            LastVerified = verified ?? default,
            Source = v.Get(CrisisLineFields.Source) ?? new Uri("about:blank"),
        };
    }

    public static bool IsStale(LocalDate lastVerified, LocalDate today) =>
        Period.DaysBetween(lastVerified, today) > StaleAfterDays;

    private static void CheckNumber(string number, string field, SourcePosition? at, DiagnosticBag diagnostics)
    {
        if (!NorthAmericanNumber().IsMatch(number) && !ShortCode().IsMatch(number))
        {
            diagnostics.Report(
                DiagnosticCodes.InvalidPhoneNumber,
                at ?? default,
                $"\"{number}\" in \"{field}\" is not a phone number as readers dial it: write `1-800-555-0199`, "
                    + $"`416-555-0199` or a short code such as `988` (digits and hyphens only; put words such as "
                    + $"extensions in the text)."
            );
        }
    }

    private static void CheckRegions(
        string? scope,
        IReadOnlyList<string> regions,
        SourcePosition? at,
        DiagnosticBag diagnostics
    )
    {
        if (scope is null || at is null || regions.Count == 0)
        {
            return;
        }

        var national = regions.Contains("CA");
        var problem = scope switch
        {
            "national" when !national || regions.Count > 1 => "a national line has `regions: [CA]`",
            "provincial" when regions.Any(r => !Vocabulary.Provinces.Contains(r)) =>
                $"a provincial line lists provinces only ({string.Join(", ", Vocabulary.Provinces)})",
            "territorial" when regions.Any(r => !Vocabulary.Territories.Contains(r)) =>
                $"a territorial line lists territories only ({string.Join(", ", Vocabulary.Territories)})",
            _ => null,
        };
        if (problem is not null)
        {
            diagnostics.Report(
                DiagnosticCodes.RegionScopeMismatch,
                at.Value,
                $"\"regions\" is [{string.Join(", ", regions)}] but \"scope\" is {scope}: {problem}."
            );
        }
    }

    private static void CheckVerification(
        LocalDate verified,
        LocalDate today,
        SourcePosition at,
        DiagnosticBag diagnostics
    )
    {
        if (verified > today)
        {
            diagnostics.Report(
                DiagnosticCodes.VerifiedInFuture,
                at,
                $"\"lastVerified\" is {verified:yyyy-MM-dd}, after today ({today:yyyy-MM-dd}); write the date the "
                    + $"details were actually checked."
            );
        }
        else if (IsStale(verified, today))
        {
            diagnostics.Report(
                DiagnosticCodes.StaleVerification,
                at,
                $"these details were last verified on {verified:yyyy-MM-dd}, {Period.DaysBetween(verified, today)} "
                    + $"days ago (more than {StaleAfterDays}): call or visit the source again, then update "
                    + $"\"lastVerified\"."
            );
        }
    }

    [GeneratedRegex(@"^(1-)?\d{3}-\d{3}-\d{4}$")]
    private static partial Regex NorthAmericanNumber();

    [GeneratedRegex(@"^\d{3,6}$")]
    private static partial Regex ShortCode();
}

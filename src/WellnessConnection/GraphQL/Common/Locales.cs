using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace WellnessConnection.GraphQL.Common;

/// <summary>The <c>locale</c> argument of root fields; nested fields answer in their parent's locale.</summary>
public static class Locales
{
    public const string English = "en";

    public static FieldBuilder<TSource, TReturn> WithLocale<TSource, TReturn>(
        this FieldBuilder<TSource, TReturn> field
    ) => field.Argument<NonNullGraphType<LocaleGraphType>>("locale", argument =>
        {
            argument.DefaultValue = English;
            argument.Description =
                "EN or FR. French falls back to English field by field; each document's `language` says what it "
                + "was served in.";
        });

    public static string Of(IResolveFieldContext context) => context.GetArgument("locale", English);
}

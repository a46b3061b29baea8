namespace WellnessConnection.Formatting;

internal enum DisplayLanguage
{
    English,
    French,
}

namespace WellnessConnection.Content.Schema.Fields;

/// <summary>The front matter fields of a facilitator (`facilitators/`), typed: a builder reads
/// <c>v.Get(FacilitatorFields.X)</c>, and a typo does not compile.</summary>
public static class FacilitatorFields
{
    public static readonly Field<string> Name = new("name", FieldType.Text)
    {
        Required = true,
        Help = "As displayed, e.g. `Dr. Daniela Isfan`.",
    };

    public static readonly Field<string> Credentials = new("credentials", FieldType.Text)
    {
        Translatable = true,
        Help = "e.g. `MD, CCFP`.",
    };

    public static readonly Field<string> Pronouns = new("pronouns", FieldType.Text)
    {
        Translatable = true,
        Help = "e.g. `she/her`.",
    };
}

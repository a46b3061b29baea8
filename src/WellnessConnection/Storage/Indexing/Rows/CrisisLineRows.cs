using WellnessConnection.Content.Model;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.Storage.Indexing.Rows;

/// <summary>A crisis line's rows: every contact detail as the editor verified it, and the date they did.</summary>
public sealed class CrisisLineRows : DocumentRows<CrisisLine, CrisisLineEntity>
{
    protected override List<CrisisLineEntity> TableIn(IndexRows rows) => rows.CrisisLines;

    protected override CrisisLineEntity Entity(CrisisLine document) =>
        new()
        {
            Name = document.Name,
            Scope = document.Scope,
            Regions = [.. document.Regions],
            Audience = [.. document.Audience],
            Phone = [.. document.Phone],
            Text = document.Text,
            Url = document.Url?.OriginalString,
            Hours = document.Hours,
            Languages = [.. document.Languages],
            Source = document.Source.OriginalString,
            LastVerified = DateOnly.FromDateTime(document.LastVerified.ToDateTimeUnspecified()),
        };

    protected override string Title(CrisisLine document) => document.Name;
}

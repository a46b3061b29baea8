using WellnessConnection.Content.Model;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.Storage.Indexing.Rows;

/// <summary>A series' rows; its sessions point to it, not the other way.</summary>
public sealed class SeriesRows : DocumentRows<Series, SeriesEntity>
{
    protected override List<SeriesEntity> TableIn(IndexRows rows) => rows.Series;

    protected override SeriesEntity Entity(Series document) =>
        new() { Title = document.Title, Summary = document.Summary };

    protected override string Title(Series document) => document.Title;
}

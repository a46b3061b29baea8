using WellnessConnection.Content.Model;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.Storage.Indexing.Rows;

/// <summary>A page's rows.</summary>
public sealed class PageRows : DocumentRows<Page, PageEntity>
{
    protected override List<PageEntity> TableIn(IndexRows rows) => rows.Pages;

    protected override PageEntity Entity(Page document) =>
        new()
        {
            Title = document.Title,
            Summary = document.Summary,
            Order = document.Order,
        };

    protected override string Title(Page document) => document.Title;
}

using WellnessConnection.GraphQL.Sorting;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.GraphQL.Pages;

public sealed class PageSortInputType() : SortInputType<PageEntity>("Page", PageFilters.Sort);

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WellnessConnection.Storage.Entities;

namespace WellnessConnection.Storage;

/// <summary>The SQLite index of the content: derived from the files, read-only once built, rebuilt at will.</summary>
public sealed class ContentDbContext(DbContextOptions<ContentDbContext> options) : DbContext(options)
{
    public const string SessionTopics = "SessionTopics";
    public const string SessionFacilitators = "SessionFacilitators";
    public const string ResourceTopics = "ResourceTopics";

    public DbSet<SessionEntity> Sessions => Set<SessionEntity>();

    public DbSet<SeriesEntity> Series => Set<SeriesEntity>();

    public DbSet<TopicEntity> Topics => Set<TopicEntity>();

    public DbSet<FacilitatorEntity> Facilitators => Set<FacilitatorEntity>();

    public DbSet<ResourceEntity> Resources => Set<ResourceEntity>();

    public DbSet<CrisisLineEntity> CrisisLines => Set<CrisisLineEntity>();

    public DbSet<PageEntity> Pages => Set<PageEntity>();

    public DbSet<BodyEntity> Bodies => Set<BodyEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        // The default order of session lists, tie-break included: SQLite reads a page in index order and stops.
        Document<SessionEntity>(modelBuilder)
            .HasIndex(s => new
            {
                s.Locale,
                s.StartsAt,
                s.SourcePath,
            });
        Document<SeriesEntity>(modelBuilder);
        Document<TopicEntity>(modelBuilder);
        Document<FacilitatorEntity>(modelBuilder);
        Document<ResourceEntity>(modelBuilder);
        Document<CrisisLineEntity>(modelBuilder);
        Document<PageEntity>(modelBuilder);

        modelBuilder
            .Entity<SessionEntity>()
            .HasOne(s => s.Series)
            .WithMany(s => s.Sessions)
            .HasForeignKey(s => s.SeriesId);
        modelBuilder
            .Entity<SessionEntity>()
            .HasMany(s => s.Topics)
            .WithMany(t => t.Sessions)
            .UsingEntity<LinkEntity>(SessionTopics, To<TopicEntity>, From<SessionEntity>, Ordered);
        modelBuilder
            .Entity<SessionEntity>()
            .HasMany(s => s.Facilitators)
            .WithMany(f => f.Sessions)
            .UsingEntity<LinkEntity>(SessionFacilitators, To<FacilitatorEntity>, From<SessionEntity>, Ordered);
        modelBuilder
            .Entity<ResourceEntity>()
            .HasMany(r => r.Topics)
            .WithMany(t => t.Resources)
            .UsingEntity<LinkEntity>(ResourceTopics, To<TopicEntity>, From<ResourceEntity>, Ordered);
    }

    private static EntityTypeBuilder<T> Document<T>(ModelBuilder modelBuilder)
        where T : DocumentEntity
    {
        var entity = modelBuilder.Entity<T>();
        entity.HasIndex(d => new { d.Slug, d.Locale }).IsUnique();
        entity.HasIndex(d => d.Locale);
        return entity;
    }

    private static ReferenceCollectionBuilder<T, LinkEntity> To<T>(EntityTypeBuilder<LinkEntity> link)
        where T : class => link.HasOne<T>().WithMany().HasForeignKey(l => l.ToId);

    private static ReferenceCollectionBuilder<T, LinkEntity> From<T>(EntityTypeBuilder<LinkEntity> link)
        where T : class => link.HasOne<T>().WithMany().HasForeignKey(l => l.FromId);

    private static void Ordered(EntityTypeBuilder<LinkEntity> join)
    {
        join.HasKey(l => new { l.FromId, l.ToId });
        join.HasIndex(l => l.ToId);
    }
}

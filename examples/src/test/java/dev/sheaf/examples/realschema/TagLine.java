package dev.sheaf.examples.realschema;

import dev.sheaf.Projection;
import java.time.LocalDateTime;

/** A tag, keyed by {@code tag_id}, under {@link BookPage#recentTags()}. */
@Projection(table = "tag", key = "tag_id")
public record TagLine(int tagId, String name, LocalDateTime lastUpdate) {}

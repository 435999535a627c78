package dev.arenaview.source;

import dev.arenaview.model.Arena;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One distinct leaderboard kept in the cache: identical daily releases are one snapshot,
 * dated by the first release that carried it.
 *
 * @param arena     the arena
 * @param date      the data's date (release tag, else {@code Last-Modified}), if known
 * @param file      the CSV in the cache
 * @param sha256    the CSV's content hash, which makes snapshots distinct
 * @param fetchedAt when it was first downloaded
 * @param lastSeen  when upstream last served it
 * @param url       where it was downloaded from
 * @param rows      how many models it holds
 */
public record Snapshot(Arena arena, Optional<LocalDate> date, Path file, String sha256, Instant fetchedAt,
                       Instant lastSeen, String url, int rows) {
}

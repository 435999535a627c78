package dev.arenaview.cli;

import dev.arenaview.model.Arena;
import dev.arenaview.model.Links;
import dev.arenaview.source.CacheDirs;
import dev.arenaview.source.HttpFetcher;
import dev.arenaview.source.LatestData;
import dev.arenaview.source.SnapshotCache;
import dev.arenaview.source.UpstreamSource;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Where the data comes from: arena, release date, upstream base and cache folder. */
final class SourceOptions {

    @Option(names = "--arena", paramLabel = "text|vision|image", converter = ArenaConverter.class,
            description = "Arena (default: text).")
    Arena arena = Arena.TEXT;

    @Option(names = "--date", paramLabel = "YYYY.MM.DD", converter = DateConverter.class,
            description = "A published day's release (from the cache, else downloaded), instead of the newest.")
    LocalDate date;

    @Option(names = "--source-url", paramLabel = "BASE", converter = BaseConverter.class,
            description = "Repository base of the releases, for a mirror (default: "
                    + "https://github.com/fboulnois/llm-leaderboard-csv).")
    URI sourceUrl = UpstreamSource.DEFAULT_BASE;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Cache folder (default: $XDG_CACHE_HOME/arenaview, ~/.cache/arenaview, or the platform's).")
    Path cacheDir;

    LatestData latestData(Clock clock) {
        return new LatestData(new SnapshotCache(cacheDir != null ? cacheDir : CacheDirs.defaultDir()),
                new HttpFetcher(), new UpstreamSource(sourceUrl), clock);
    }

    static final class ArenaConverter implements CommandLine.ITypeConverter<Arena> {
        @Override
        public Arena convert(String value) {
            return Arena.fromId(value).orElseThrow(() ->
                    new CommandLine.TypeConversionException("'" + value + "' is not an arena (text, vision or image)"));
        }
    }

    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip().replace('.', '-'));
            } catch (DateTimeException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a day like 2025.08.04");
            }
        }
    }

    static final class BaseConverter implements CommandLine.ITypeConverter<URI> {
        @Override
        public URI convert(String value) {
            return Links.webUri(value).orElseThrow(() ->
                    new CommandLine.TypeConversionException("'" + value + "' is not an http(s) address"));
        }
    }
}

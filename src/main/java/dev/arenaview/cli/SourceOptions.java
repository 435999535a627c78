package dev.arenaview.cli;

import dev.arenaview.model.Arena;
import dev.arenaview.model.Category;
import dev.arenaview.model.Links;
import dev.arenaview.model.Origin;
import dev.arenaview.source.CacheDirs;
import dev.arenaview.source.HttpFetcher;
import dev.arenaview.source.LatestData;
import dev.arenaview.source.SnapshotCache;
import dev.arenaview.source.UpstreamSource;
import dev.arenaview.source.lmarena.HubSource;
import dev.arenaview.source.lmarena.LmarenaData;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Where the data comes from: the source, the server's address (for a mirror) and the cache folder. */
final class SourceOptions {

    @Option(names = "--source", paramLabel = "lmarena|fboulnois", converter = OriginConverter.class,
            description = "lmarena (default): LMArena's own daily dataset on Hugging Face, every board and category."
                    + " fboulnois: the CSV releases of fboulnois/llm-leaderboard-csv (text, vision and image;"
                    + " frozen since August 2025).")
    Origin origin = Origin.LMARENA;

    @Option(names = "--source-url", paramLabel = "BASE", converter = BaseConverter.class,
            description = {
                "Where to fetch from, for a mirror. For lmarena: the address that replaces https://huggingface.co"
                        + " (default: $HF_ENDPOINT when set).",
                // Nothing glued to the address: at 48 characters it only just fits the help's column as a word.
                "For fboulnois: the repository base, by default https://github.com/fboulnois/llm-leaderboard-csv",
            })
    URI sourceUrl;

    @Option(names = "--cache-dir", paramLabel = "DIR",
            description = "Cache folder (default: $XDG_CACHE_HOME/arenaview, ~/.cache/arenaview, or the platform's).")
    Path cacheDir;

    /** The CSV releases' data: all of {@code --source fboulnois}, and links and the first-run fallback of lmarena. */
    LatestData latestData(Clock clock) {
        URI base = origin == Origin.FBOULNOIS && sourceUrl != null ? sourceUrl : UpstreamSource.DEFAULT_BASE;
        return new LatestData(new SnapshotCache(cacheDir()), new HttpFetcher(), new UpstreamSource(base), clock);
    }

    /** LMArena's dataset, from {@code --source-url}, else {@code HF_ENDPOINT}, else Hugging Face. */
    LmarenaData lmarena(Clock clock, Map<String, String> environment) {
        URI endpoint = origin == Origin.LMARENA && sourceUrl != null ? sourceUrl : HubSource.defaultEndpoint(environment);
        return new LmarenaData(cacheDir(), new HttpFetcher(), new HubSource(endpoint), clock, latestData(clock));
    }

    private Path cacheDir() {
        return cacheDir != null ? cacheDir : CacheDirs.defaultDir();
    }

    static final class OriginConverter implements CommandLine.ITypeConverter<Origin> {
        @Override
        public Origin convert(String value) {
            return Origin.fromId(value).orElseThrow(() ->
                    new CommandLine.TypeConversionException("'" + value + "' is not a source; use lmarena or fboulnois"));
        }
    }

    static final class ArenaConverter implements CommandLine.ITypeConverter<Arena> {
        @Override
        public Arena convert(String value) {
            return Arena.fromId(value).orElseThrow(() -> new CommandLine.TypeConversionException("'" + value
                    + "' is not an arena; use one of "
                    + Arrays.stream(Arena.values()).map(Arena::id).collect(Collectors.joining(", "))));
        }
    }

    static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip().replace('.', '-'));
            } catch (DateTimeException e) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a day; use one like 2025-08-04");
            }
        }
    }

    static final class BaseConverter implements CommandLine.ITypeConverter<URI> {
        @Override
        public URI convert(String value) {
            return Links.webUri(value).orElseThrow(() ->
                    new CommandLine.TypeConversionException("'" + value + "' is not an address; use one starting with http:// or https://"));
        }
    }
}

package dev.arenaview.source.lmarena;

import dev.arenaview.model.Links;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The addresses of LMArena's dataset on Hugging Face, relative to an endpoint that a mirror can
 * replace: {@code ENDPOINT/api/datasets/lmarena-ai/leaderboard-dataset/tree/main/CONFIG} lists a
 * folder, {@code ENDPOINT/datasets/lmarena-ai/leaderboard-dataset/resolve/main/PATH} serves a file
 * (with a redirect to a CDN).
 */
public final class HubSource {

    public static final URI DEFAULT_ENDPOINT = URI.create("https://huggingface.co");

    /** The dataset, as Hugging Face names it. */
    public static final String DATASET = "lmarena-ai/leaderboard-dataset";

    /** The dataset's page, for credits: it is the same wherever the files were fetched from. */
    public static final URI PAGE = URI.create("https://huggingface.co/datasets/" + DATASET);

    /** The Hugging Face convention for mirrors, which many users in China depend on. */
    public static final String ENDPOINT_VARIABLE = "HF_ENDPOINT";

    private final String endpoint;

    public HubSource(URI endpoint) {
        String text = Objects.requireNonNull(endpoint).toString();
        this.endpoint = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** {@code HF_ENDPOINT} when it is set to an http(s) address, else {@link #DEFAULT_ENDPOINT}. */
    public static URI defaultEndpoint(Map<String, String> environment) {
        String value = environment.get(ENDPOINT_VARIABLE);
        Optional<URI> mirror = value == null || value.isBlank() ? Optional.empty() : Links.webUri(value.strip());
        return mirror.orElse(DEFAULT_ENDPOINT);
    }

    public URI endpoint() {
        return URI.create(endpoint);
    }

    /** The dataset's top folder: one folder per config. */
    public URI rootListing() {
        return URI.create(endpoint + "/api/datasets/" + DATASET + "/tree/main");
    }

    /** The files of a config's folder. */
    public URI listing(String config) {
        return URI.create(endpoint + "/api/datasets/" + DATASET + "/tree/main/" + HubListing.checkedName(config));
    }

    /** A file of the dataset, by its path as listed ({@code text/latest-00000-of-00001.parquet}). */
    public URI file(String path) {
        return URI.create(endpoint + "/datasets/" + DATASET + "/resolve/main/" + path);
    }
}

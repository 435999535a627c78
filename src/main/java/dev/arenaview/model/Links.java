package dev.arenaview.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place that decides whether a model's URL may be opened or linked: only
 * {@code http} and {@code https} addresses with a host. Characters a URI may not hold
 * (spaces, pipes, non-ASCII) and parentheses, which end a Markdown link, are
 * percent-encoded, so the address still leads to the same page.
 */
public final class Links {

    private static final String HEX = "0123456789ABCDEF";
    /** Characters kept as they are: RFC 3986 unreserved and reserved ones, minus brackets and parentheses. */
    private static final String KEPT = "-._~:/?#@!$&'*+,;=";

    private Links() {
    }

    /** The address as a safe web URI, or empty when it is not an http(s) address. */
    public static Optional<URI> webUri(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String text = url.strip();
        String lower = text.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(encode(text));
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getHost().isEmpty()) {
                return Optional.empty();
            }
            // No model page carries credentials; "https://good.example\@evil.example" is read as
            // one host by browsers and as another by URI parsers, so such addresses are refused.
            if (uri.getRawUserInfo() != null) {
                return Optional.empty();
            }
            return Optional.of(uri);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** Percent-encodes everything but letters, digits, the kept characters and valid escapes. */
    static String encode(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xff;
            boolean plain = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
                    || (b < 0x80 && KEPT.indexOf(b) >= 0);
            if (plain) {
                out.append((char) b);
            } else if (b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
                out.append('%');
            } else {
                out.append('%').append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 0xf));
            }
        }
        return out.toString();
    }

    private static boolean isHex(byte b) {
        return (b >= '0' && b <= '9') || (b >= 'a' && b <= 'f') || (b >= 'A' && b <= 'F');
    }
}

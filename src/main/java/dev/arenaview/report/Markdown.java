package dev.arenaview.report;

import dev.arenaview.model.Links;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns untrusted text into Markdown that shows exactly that text: nothing in a model name,
 * vendor or URL can add, drop or shift a table cell, start a link, or point a link elsewhere.
 */
public final class Markdown {

    /**
     * Characters with a meaning in GitHub/GitBook Markdown, shown literally after a backslash.
     * {@code @} is one because GFM links a bare e-mail address.
     */
    private static final String SPECIAL = "\\|[]<>*_`~&@";

    /** The {@code &} of what CommonMark would decode as an entity or character reference. */
    private static final Pattern ENTITY = Pattern.compile(
            "&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)");

    private Markdown() {
    }

    /** Escapes text for a table cell or a line of prose; line breaks become spaces. */
    public static String text(String raw) {
        String shown = visible(raw);
        StringBuilder out = new StringBuilder(shown.length() + 8);
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            if (SPECIAL.indexOf(c) >= 0 || startsMarkup(shown, i)) {
                out.append('\\');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Line breaks and tabs as spaces; other control characters, invisible and choked on by some renderers, dropped. */
    private static String visible(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                continue;
            }
            if (c == '\n' || c == '\r' || c == '\t') {
                out.append(' ');
            } else if (c >= 0x20 && c != 0x7f) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Whether a character that is plain text alone makes markup with what is around it: GFM
     * turns a bare {@code https://…} or {@code www.…} into a link ("extended autolinks"), and
     * GitBook runs {@code {{ }}}, {@code {% %}} and {@code {# #}} as template tags. A backslash
     * before the {@code :}, the {@code .} or the character after {@code {} breaks the pattern
     * (the template engine reads the raw text, so it must come between the two) and shows
     * nothing. Judged on the visible text, so that a dropped control character cannot join a
     * pattern up.
     */
    private static boolean startsMarkup(String shown, int i) {
        switch (shown.charAt(i)) {
            case ':':
                return shown.startsWith("//", i + 1);
            case '.':
                return i >= 3 && shown.regionMatches(true, i - 3, "www", 0, 3);
            case '{':
            case '%':
            case '#':
                return i > 0 && shown.charAt(i - 1) == '{';
            default:
                return false;
        }
    }

    /** {@code [text](url)} when the URL is a web address, else the escaped text alone. */
    public static String link(String text, String url) {
        return linkTarget(url).map(target -> "[" + text(text) + "](" + target + ")").orElse(text(text));
    }

    /** The URL as written inside {@code (...)} of a Markdown link, or empty when it must not be linked. */
    public static Optional<String> linkTarget(String url) {
        // Links.webUri has percent-encoded every character that could end the link or the cell,
        // but CommonMark still decodes entities in a destination: "?a=1&amp;b" would lead to
        // "?a=1&b". A backslash keeps such an & literal; a lone & needs none.
        return Links.webUri(url).map(uri -> ENTITY.matcher(uri.toASCIIString()).replaceAll("\\\\&"));
    }

    /**
     * {@code ![alt](file)}: an image in the same folder as the document. The alternative text is
     * escaped like any text; every byte of the file name but letters, digits and {@code -._~} is
     * percent-encoded, so spaces, parentheses, {@code |}, {@code :} or {@code /} can neither end
     * the link nor make it an address elsewhere.
     */
    public static String image(String alt, String fileName) {
        return "![" + text(alt) + "](" + percentEncoded(fileName) + ")";
    }

    static String percentEncoded(String name) {
        byte[] bytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /**
     * Columns the text takes in a monospace font: East Asian wide and full-width characters
     * take two, combining marks none.
     */
    public static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
                continue;
            }
            width += isWide(cp) ? 2 : 1;
        }
        return width;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1F64F)
                || (cp >= 0x1F900 && cp <= 0x1F9FF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}

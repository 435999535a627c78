package dev.arenaview.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Reads Markdown tables back into cells, the way a GitHub-flavoured renderer splits them. */
final class MarkdownTables {

    private MarkdownTables() {
    }

    static List<String> tableLines(String markdown) {
        return markdown.lines().filter(l -> l.startsWith("|")).collect(Collectors.toList());
    }

    /** The cells of one row: split on pipes not escaped by a backslash, trimmed. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                cell.append(c).append(line.charAt(++i));
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (!cell.toString().isBlank()) {
            cells.add(cell.toString().strip());
        }
        return cells;
    }

    /** Cells of every table line; alignment cells {@code :-----} count as {@code :---}. */
    static List<List<String>> table(String markdown) {
        return tableLines(markdown).stream()
                .map(MarkdownTables::cells)
                .map(row -> row.stream().map(c -> c.matches(":-+") ? ":---" : c).collect(Collectors.toList()))
                .collect(Collectors.toList());
    }
}

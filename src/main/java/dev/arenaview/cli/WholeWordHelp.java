package dev.arenaview.cli;

import java.util.IllegalFormatException;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's usage help with its text wrapped at spaces only. picocli wraps where the JDK's
 * line breaker allows, which is also after a '.', ':' or '/', and so cut addresses and paths
 * in two ("https://github.⏎com/...", "~/.⏎cache/..."): they could no longer be copied whole.
 */
final class WholeWordHelp extends CommandLine.Help {

    WholeWordHelp(CommandSpec spec, ColorScheme scheme) {
        super(spec, scheme);
    }

    private int width() {
        return commandSpec().usageMessage().width();
    }

    @Override
    public Layout createDefaultLayout(List<OptionSpec> options, List<PositionalParamSpec> positionals,
                                      ColorScheme scheme) {
        TextTable columns = TextTable.forDefaultColumns(scheme, calcLongOptionColumnWidth(options, positionals, scheme),
                width());
        return new Layout(scheme, new WholeWords(scheme, columns.columns()), createDefaultOptionRenderer(),
                createDefaultParameterRenderer());
    }

    @Override
    public String description(Object... params) {
        WholeWords table = new WholeWords(colorScheme(), new Column(width(), 0, Column.Overflow.WRAP));
        table.indentWrappedLines = 0;
        for (String paragraph : commandSpec().usageMessage().description()) {
            for (String line : lines(paragraph)) {
                table.addRowValues(colorScheme().text(line));
            }
        }
        return table.toString();
    }

    /** Two columns, as picocli lays them out (the exit status list); only the wrapping differs. */
    @Override
    public TextTable createTextTable(Map<?, ?> map) {
        TextTable laidOut = super.createTextTable(map);
        WholeWords table = new WholeWords(colorScheme(), laidOut.columns());
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String[] lines = lines(String.valueOf(entry.getValue()));
            for (int i = 0; i < lines.length; i++) {
                table.addRowValues(colorScheme().text(i == 0 ? String.valueOf(entry.getKey()) : ""),
                        colorScheme().text(lines[i]));
            }
        }
        return table;
    }

    /** The commands, each with its header, else the first paragraph of its description. */
    @Override
    public String commandList(Map<String, CommandLine.Help> subcommands) {
        if (subcommands.isEmpty()) {
            return "";
        }
        int names = subcommands.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
        WholeWords table = new WholeWords(colorScheme(), new Column(names, 2, Column.Overflow.SPAN),
                new Column(width() - names, 2, Column.Overflow.WRAP));
        for (CommandLine.Help help : subcommands.values()) {
            String[] header = help.commandSpec().usageMessage().header();
            String[] description = help.commandSpec().usageMessage().description();
            String summary = header.length > 0 ? header[0] : description.length > 0 ? description[0] : "";
            String[] lines = lines(summary);
            for (int i = 0; i < lines.length; i++) {
                table.addRowValues(i == 0 ? help.commandNamesText(", ") : colorScheme().text(""),
                        colorScheme().text(lines[i]));
            }
        }
        return table.toString();
    }

    /** A help text's lines: {@code %n} is a line break and {@code %%} a per cent sign, as picocli reads them. */
    private static String[] lines(String text) {
        String formatted;
        try {
            formatted = String.format(text);
        } catch (IllegalFormatException e) {
            formatted = text;
        }
        return formatted.split("\\R");
    }

    /** A text table whose wrapping columns break lines only between words. */
    static final class WholeWords extends TextTable {

        private final ColorScheme scheme;

        WholeWords(ColorScheme scheme, Column... columns) {
            super(scheme, columns);
            this.scheme = scheme;
        }

        @Override
        public Cell putValue(int row, int col, Text value) {
            Column column = columns()[col];
            if (column.overflow != Column.Overflow.WRAP || value == null || value.plainString().isEmpty()) {
                return super.putValue(row, col, value);
            }
            String plain = value.plainString();
            Cell last = new Cell(col, row);
            int start = 0;
            boolean first = true;
            while (start < plain.length()) {
                int indent = first ? 0 : indentWrappedLines;
                int end = lineEnd(plain, start, column.width - column.indent - indent);
                Text line = value.substring(start, end);
                int at = row;
                if (!first) {
                    addEmptyRow();
                    at = rowCount() - 1;
                    line = scheme.text(" ".repeat(indent)).concat(line);
                }
                // A line that fits is written whole; only a word longer than the column is cut.
                last = super.putValue(at, col, line);
                start = end;
                while (start < plain.length() && plain.charAt(start) == ' ') {
                    start++;
                }
                first = false;
            }
            return last;
        }

        /** Where the line from {@code start} ends: after the last whole word that fits in {@code room}. */
        static int lineEnd(String text, int start, int room) {
            if (text.length() - start <= room) {
                return text.length();
            }
            int end = -1;
            for (int i = start + 1; i <= Math.min(text.length() - 1, start + room); i++) {
                if (text.charAt(i) == ' ' && text.charAt(i - 1) != ' ') {
                    end = i;
                }
            }
            if (end < 0) {
                int space = text.indexOf(' ', start);
                end = space < 0 ? text.length() : space;
            }
            return end;
        }
    }
}

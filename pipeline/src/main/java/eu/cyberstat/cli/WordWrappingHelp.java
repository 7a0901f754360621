package eu.cyberstat.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's usage help, wrapped at spaces only. picocli breaks lines where Java's
 * {@link java.text.BreakIterator} allows, which includes after a dot inside a word: file names
 * came out as "cyberstat. properties" and "manifest. json". The descriptions, the option,
 * parameter, command and exit-status lists are laid out the same way, with lines broken between
 * words; a word longer than the column still fills it and goes on to the next line.
 */
final class WordWrappingHelp extends Help {

    WordWrappingHelp(CommandSpec spec, ColorScheme colorScheme) {
        super(spec, colorScheme);
    }

    @Override
    public Layout createDefaultLayout(List<OptionSpec> options, List<PositionalParamSpec> positionals,
                                      ColorScheme scheme) {
        TextTable defaults = TextTable.forDefaultColumns(scheme, calcLongOptionColumnWidth(options, positionals, scheme),
                width());
        return new Layout(scheme, new WordWrappingTable(scheme, defaults.columns(), adjustCJK()),
                createDefaultOptionRenderer(), createDefaultParameterRenderer());
    }

    @Override
    public String description(Object... params) {
        String[] lines = commandSpec().usageMessage().description();
        if (lines == null || lines.length == 0) {
            return "";
        }
        TextTable table = new WordWrappingTable(colorScheme(), new Column[] {
            new Column(width(), 0, Column.Overflow.WRAP)}, adjustCJK());
        table.indentWrappedLines = 0;
        for (String line : lines) {
            table.addRowValues(colorScheme().text(format(line, params)));
        }
        return table.toString();
    }

    /** As picocli's: each command's name and the first line of its description, the description wrapped at spaces. */
    @Override
    public String commandList(Map<String, Help> subcommands) {
        if (subcommands.isEmpty()) {
            return "";
        }
        int nameWidth = Math.min(subcommands.keySet().stream().mapToInt(String::length).max().orElse(0), width() / 2);
        TextTable table = new WordWrappingTable(colorScheme(), new Column[] {
            new Column(nameWidth + 2, 2, Column.Overflow.SPAN),
            new Column(width() - (nameWidth + 2), 2, Column.Overflow.WRAP)}, adjustCJK());
        for (Help help : subcommands.values()) {
            var usage = help.commandSpec().usageMessage();
            String[] summary = usage.header() != null && usage.header().length > 0 ? usage.header() : usage.description();
            String first = summary == null || summary.length == 0 ? "" : format(summary[0]).strip();
            table.addRowValues(help.commandNamesText(", "), colorScheme().text(first));
        }
        return table.toString();
    }

    @Override
    public TextTable createTextTable(Map<?, ?> map) {
        TextTable picocli = super.createTextTable(map);
        WordWrappingTable table = new WordWrappingTable(colorScheme(), picocli.columns(), adjustCJK());
        if (map != null) {
            map.forEach((k, v) -> table.addRowValues(colorScheme().text(String.valueOf(k)),
                    colorScheme().text(String.valueOf(v))));
        }
        return table;
    }

    /** As picocli formats help texts ({@code %n} is a line break); a text that is no format string stays as it is. */
    private static String format(String text, Object... params) {
        try {
            return String.format(text, params);
        } catch (java.util.IllegalFormatException e) {
            return text;
        }
    }

    private int width() {
        return commandSpec().usageMessage().width();
    }

    private boolean adjustCJK() {
        return commandSpec().usageMessage().adjustLineBreaksForWideCJKCharacters();
    }

    /** A {@link TextTable} whose wrapping columns break lines at spaces only. */
    static final class WordWrappingTable extends TextTable {

        private final Column[] columns;
        private final ColorScheme scheme;

        WordWrappingTable(ColorScheme scheme, Column[] columns, boolean adjustCJK) {
            super(scheme, columns);
            this.columns = columns.clone();
            this.scheme = scheme;
            setAdjustLineBreaksForWideCJKCharacters(adjustCJK);
        }

        @Override
        public Cell putValue(int row, int col, CommandLine.Help.Ansi.Text value) {
            Column column = columns[col];
            if (column.overflow != Column.Overflow.WRAP || value == null || value.plainString().isEmpty()) {
                return super.putValue(row, col, value);
            }
            List<String> lines = wrap(value.plainString(), column.width - column.indent,
                    column.width - column.indent - indentWrappedLines);
            Cell last = null;
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    addEmptyRow();
                    row++;
                }
                String line = i == 0 ? lines.get(i) : " ".repeat(indentWrappedLines) + lines.get(i);
                last = super.putValue(row, col, CommandLine.Help.Ansi.OFF.new Text(line, scheme));
            }
            return last;
        }
    }

    /**
     * Breaks a text into lines of at most {@code first} characters, then {@code next}, at spaces;
     * a word longer than a line is cut at the line's end.
     */
    static List<String> wrap(String text, int first, int next) {
        List<String> lines = new ArrayList<>();
        String[] paragraphs = text.split("\\R", -1);
        for (int i = 0; i < paragraphs.length; i++) {
            lines.addAll(wrapParagraph(paragraphs[i], i == 0 ? first : next, next));
        }
        return lines;
    }

    private static List<String> wrapParagraph(String text, int first, int next) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int width = Math.max(1, first);
        for (String word : text.strip().split(" +")) {
            while (word.length() > width && line.isEmpty()) {
                lines.add(word.substring(0, width));
                word = word.substring(width);
                width = Math.max(1, next);
            }
            if (line.isEmpty()) {
                line.append(word);
            } else if (line.length() + 1 + word.length() <= width) {
                line.append(' ').append(word);
            } else {
                lines.add(line.toString());
                width = Math.max(1, next);
                line.setLength(0);
                while (word.length() > width) {
                    lines.add(word.substring(0, width));
                    word = word.substring(width);
                }
                line.append(word);
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}

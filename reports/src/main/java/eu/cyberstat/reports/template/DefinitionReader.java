package eu.cyberstat.reports.template;

import eu.cyberstat.reference.Language;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads {@code report.yaml} into a {@link ReportDefinition}. It works on the YAML node tree
 * (SnakeYAML, which jackson-dataformat-yaml brings) rather than binding to classes so that every
 * mistake — an unknown key, section kind, chart or offence — is reported with its line.
 */
final class DefinitionReader {

    private final String file;

    private DefinitionReader(String file) {
        this.file = file;
    }

    static ReportDefinition read(Path path, String display, Set<String> offenceCodes, Set<String> geoCodes) {
        DefinitionReader reader = new DefinitionReader(display);
        Node root;
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            root = new Yaml(new LoaderOptions()).compose(in);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new TemplateException(display + ", line " + line + ": not valid YAML: " + e.getProblem() + ".", e);
        } catch (IOException e) {
            throw new TemplateException("Cannot read " + display + ": " + e.getMessage(), e);
        }
        if (root == null) {
            throw new TemplateException(display + " is empty: it must list the report's sections.");
        }
        return reader.definition(reader.mapping(root, "the document"), offenceCodes, geoCodes);
    }

    private ReportDefinition definition(Map<String, Node> top, Set<String> offences, Set<String> geos) {
        allowOnly(top, Set.of("indicator", "trend-years", "sections", "feedback"));
        String indicator = top.containsKey("indicator") ? scalar(top.get("indicator")) : "RECORDED";
        int years = top.containsKey("trend-years") ? integer(top.get("trend-years"), 2, 30) : 10;
        Node sectionsNode = required(top, "sections", null);
        List<SectionDefinition> sections = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node n : sequence(sectionsNode)) {
            SectionDefinition s = section(n, offences);
            if (!ids.add(s.id())) {
                throw error(n, "section id '" + s.id() + "' is used twice; give each section its own id");
            }
            sections.add(s);
        }
        if (sections.isEmpty()) {
            throw error(sectionsNode, "'sections' lists no section");
        }
        FeedbackDefinition feedback = top.containsKey("feedback")
                ? feedback(mapping(top.get("feedback"), "feedback"), geos)
                : new FeedbackDefinition(Language.EN, Map.of());
        return new ReportDefinition(indicator, years, sections, feedback);
    }

    private SectionDefinition section(Node node, Set<String> offences) {
        Map<String, Node> m = mapping(node, "a section");
        allowOnly(m, Set.of("id", "kind", "narrative", "charts", "tables", "offence"));
        String id = scalar(required(m, "id", node));
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw error(m.get("id"), "section id '" + id + "' must be lower-case letters, digits and '-'");
        }
        Node kindNode = required(m, "kind", node);
        SectionKind kind = SectionKind.of(scalar(kindNode));
        if (kind == null) {
            List<String> known = new ArrayList<>();
            for (SectionKind k : SectionKind.values()) {
                known.add(k.id());
            }
            throw error(kindNode, "unknown section kind '" + scalar(kindNode) + "'; use one of " + known);
        }
        List<String> charts = names(m.get("charts"), kind.charts(), "chart", kind);
        List<String> tables = names(m.get("tables"), kind.tables(), "table", kind);
        String narrative = m.containsKey("narrative") ? scalar(m.get("narrative")) : null;
        if (narrative != null && !narrative.matches("[A-Za-z0-9_-]+\\.ftl")) {
            throw error(m.get("narrative"), "narrative '" + narrative + "' must be a file name ending in .ftl "
                    + "(it is looked up in narrative/en, narrative/fr and narrative/de)");
        }
        String offence = m.containsKey("offence") ? scalar(m.get("offence")) : null;
        if (offence != null && !offences.contains(offence)) {
            throw error(m.get("offence"), "unknown offence code '" + offence + "' (see offences.csv)");
        }
        return new SectionDefinition(id, kind, narrative, charts, tables, offence);
    }

    private List<String> names(Node node, List<String> allowed, String what, SectionKind kind) {
        if (node == null) {
            return allowed;
        }
        List<String> names = new ArrayList<>();
        for (Node n : sequence(node)) {
            String name = scalar(n);
            if (!allowed.contains(name)) {
                throw error(n, "a " + kind.id() + " section has no " + what + " '" + name + "'"
                        + (allowed.isEmpty() ? "; it shows none" : "; use " + allowed));
            }
            names.add(name);
        }
        return names;
    }

    private FeedbackDefinition feedback(Map<String, Node> m, Set<String> geos) {
        allowOnly(m, Set.of("fallback-language", "languages"));
        Language fallback = m.containsKey("fallback-language") ? language(m.get("fallback-language")) : Language.EN;
        Map<String, Language> byGeo = new LinkedHashMap<>();
        if (m.containsKey("languages")) {
            for (Map.Entry<String, Node> e : mapping(m.get("languages"), "feedback languages").entrySet()) {
                if (!geos.contains(e.getKey())) {
                    throw error(e.getValue(), "unknown geo code '" + e.getKey() + "' (see countries.csv)");
                }
                byGeo.put(e.getKey(), language(e.getValue()));
            }
        }
        return new FeedbackDefinition(fallback, byGeo);
    }

    private Language language(Node node) {
        try {
            return Language.of(scalar(node));
        } catch (IllegalArgumentException e) {
            throw error(node, e.getMessage());
        }
    }

    private Map<String, Node> mapping(Node node, String what) {
        if (!(node instanceof MappingNode mn)) {
            throw error(node, what + " must be a mapping of 'key: value' lines");
        }
        Map<String, Node> map = new LinkedHashMap<>();
        for (NodeTuple t : mn.getValue()) {
            String key = scalar(t.getKeyNode());
            if (map.put(key, t.getValueNode()) != null) {
                throw error(t.getKeyNode(), "key '" + key + "' appears twice");
            }
        }
        return map;
    }

    private List<Node> sequence(Node node) {
        if (!(node instanceof SequenceNode sn)) {
            throw error(node, "expected a list ('- item' lines or [a, b])");
        }
        return sn.getValue();
    }

    private String scalar(Node node) {
        if (!(node instanceof ScalarNode sn)) {
            throw error(node, "expected a single value");
        }
        return sn.getValue().strip();
    }

    private int integer(Node node, int min, int max) {
        String s = scalar(node);
        try {
            int v = Integer.parseInt(s);
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException ignored) {
            // falls through to the message below
        }
        throw error(node, "expected a whole number from " + min + " to " + max + ", found '" + s + "'");
    }

    private Node required(Map<String, Node> m, String key, Node owner) {
        Node n = m.get(key);
        if (n == null) {
            throw owner == null ? new TemplateException(file + ": the key '" + key + "' is missing.")
                    : error(owner, "the key '" + key + "' is missing");
        }
        return n;
    }

    private void allowOnly(Map<String, Node> m, Set<String> keys) {
        for (Map.Entry<String, Node> e : m.entrySet()) {
            if (!keys.contains(e.getKey())) {
                throw error(e.getValue(), "unknown key '" + e.getKey() + "'; expected one of " + new java.util.TreeSet<>(keys));
            }
        }
    }

    private TemplateException error(Node node, String message) {
        int line = node.getStartMark().getLine() + 1;
        return new TemplateException(file + ", line " + line + ": " + message + ".");
    }
}

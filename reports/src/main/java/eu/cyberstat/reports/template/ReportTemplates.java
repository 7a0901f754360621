package eu.cyberstat.reports.template;

import eu.cyberstat.reference.Country;
import eu.cyberstat.reference.Language;
import eu.cyberstat.reference.Offence;
import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.reports.model.KeyFinding;
import freemarker.cache.FileTemplateLoader;
import freemarker.core.Environment;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The report templates of one folder ({@code templates/report}), loaded and checked: the
 * definition ({@code report.yaml}), the message bundles ({@code messages/}) and the FreeMarker
 * narratives ({@code narrative/<lang>/*.ftl}). Loading parses every narrative of every language
 * and renders the key-finding sentences with sample numbers, so a mistake surfaces as a
 * {@link TemplateException} naming the file and line before anything is written.
 */
public final class ReportTemplates {

    /** The narrative that turns one key finding into a sentence; {@code finding} is in its model. */
    public static final String FINDINGS = "findings.ftl";

    private static final List<String> FINDING_KINDS = List.of(KeyFinding.EU_LARGEST_INCREASE,
            KeyFinding.EU_LARGEST_DECREASE, KeyFinding.EU_TOTAL_TREND, KeyFinding.COUNTRY_STEEPEST_RISE,
            KeyFinding.COVERAGE_CAVEAT, KeyFinding.COUNTRY_SERIES_BREAK);

    private final ReportDefinition definition;
    private final Messages messages;
    private final Configuration freemarker;
    private final Map<String, Template> narratives = new ConcurrentHashMap<>();

    private ReportTemplates(ReportDefinition definition, Messages messages, Configuration freemarker) {
        this.definition = definition;
        this.messages = messages;
        this.freemarker = freemarker;
    }

    /** Loads and validates the templates in {@code dir}. */
    public static ReportTemplates load(Path dir, ReferenceData reference) {
        if (!Files.isDirectory(dir)) {
            throw new TemplateException("Report templates folder " + dir + " does not exist; point to templates/report.");
        }
        String shown = dir.getFileName() == null ? dir.toString() : dir.getFileName().toString();
        Set<String> offences = reference.offences().all().stream().map(Offence::code).collect(Collectors.toSet());
        Set<String> geos = reference.countries().all().stream().map(Country::geo).collect(Collectors.toSet());
        ReportDefinition definition = DefinitionReader.read(dir.resolve("report.yaml"), shown + "/report.yaml",
                offences, geos);
        Messages messages = Messages.load(dir.resolve("messages"), shown + "/messages");
        ReportTemplates templates = new ReportTemplates(definition, messages, configuration(dir));
        templates.parseAll();
        templates.checkFindingSentences();
        return templates;
    }

    private static Configuration configuration(Path dir) {
        // Numbers meant for readers go through fmt.*: ${year} prints 2022, not 2,022.
        Configuration cfg = SandboxedFreemarker.configuration();
        try {
            cfg.setTemplateLoader(new FileTemplateLoader(dir.resolve("narrative").toFile()));
        } catch (IOException e) {
            throw new TemplateException("Cannot open the narrative folder " + dir.resolve("narrative") + ": "
                    + e.getMessage(), e);
        }
        return cfg;
    }

    private void parseAll() {
        Set<String> names = new LinkedHashSet<>();
        names.add(FINDINGS);
        names.add("feedback.ftl");
        definition.sections().stream().filter(SectionDefinition::hasNarrative).map(SectionDefinition::narrative)
                .forEach(names::add);
        for (Language lang : Language.values()) {
            for (String name : names) {
                template(lang, name);
            }
        }
    }

    private Template template(Language lang, String name) {
        String path = lang.code() + "/" + name;
        Template t = narratives.get(path);
        if (t != null) {
            return t;
        }
        try {
            t = freemarker.getTemplate(path, lang.locale());
        } catch (ParseException e) {
            throw new TemplateException("narrative/" + path + ", line " + e.getLineNumber() + ", column "
                    + e.getColumnNumber() + ": " + firstLine(e.getEditorMessage()), e);
        } catch (FileNotFoundException e) {
            throw new TemplateException("narrative/" + path + " is missing: every narrative named in report.yaml "
                    + "needs a file in narrative/en, narrative/fr and narrative/de.", e);
        } catch (IOException e) {
            throw new TemplateException("Cannot read narrative/" + path + ": " + e.getMessage(), e);
        }
        narratives.put(path, t);
        return t;
    }

    private void checkFindingSentences() {
        for (Language lang : Language.values()) {
            for (String kind : FINDING_KINDS) {
                Map<String, Double> numbers = Map.of("value", 1000.0, "previous", 900.0, "yoyPct", 11.1,
                        "yoyAbs", 100.0, "countries", 20.0, "populationPct", 80.0, "cagr5y", 3.0, "ratePer100k", 50.0,
                        "year", 2022.0);
                Map<String, Object> sample = new HashMap<>();
                sample.put("kind", kind);
                sample.put("geo", "Belgium");
                sample.put("offence", "Illegal access");
                sample.put("shortOffence", "Illegal access");
                sample.put("rank", 1);
                sample.put("year", 2022);
                sample.put("n", numbers);
                Map<String, Object> model = new HashMap<>();
                model.put("finding", sample);
                model.put("fmt", new NumberStyle(lang));
                model.put("year", 2022);
                String text = render(lang, FINDINGS, model).strip();
                if (text.isEmpty()) {
                    throw new TemplateException("narrative/" + lang.code() + "/" + FINDINGS
                            + " writes nothing for key findings of kind " + kind + ": add a '<#case \"" + kind
                            + "\">' with a sentence.");
                }
            }
        }
    }

    /** Renders narrative {@code name} in {@code lang}; errors name the file and line. */
    public String render(Language lang, String name, Map<String, ?> model) {
        Template t = template(lang, name);
        StringWriter out = new StringWriter();
        try {
            Environment env = t.createProcessingEnvironment(model, out);
            env.setLocale(lang.locale());
            env.process();
        } catch (freemarker.template.TemplateException e) {
            Integer line = e.getLineNumber();
            throw new TemplateException("narrative/" + lang.code() + "/" + name
                    + (line != null ? ", line " + line : "") + ": " + firstLine(e.getMessageWithoutStackTop()), e);
        } catch (IOException e) {
            throw new TemplateException("Cannot render narrative/" + lang.code() + "/" + name + ": " + e.getMessage(), e);
        }
        return out.toString();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "template error";
        }
        String s = message.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl).strip();
    }

    public ReportDefinition definition() {
        return definition;
    }

    public Messages messages() {
        return messages;
    }

    public String message(Language lang, String key, Object... args) {
        return messages.get(lang, key, args);
    }
}

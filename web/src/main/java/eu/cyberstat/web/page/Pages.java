package eu.cyberstat.web.page;

import eu.cyberstat.reference.Language;
import eu.cyberstat.reference.ReferenceData;
import eu.cyberstat.reports.template.SandboxedFreemarker;
import eu.cyberstat.web.account.Account;
import eu.cyberstat.web.account.Role;
import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.utility.DeepUnwrap;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the portal's pages: FreeMarker templates {@code portal/templates/*.ftlh} in the HTML
 * output format, so every value is escaped unless a template says otherwise (none does), with the
 * words of {@link PortalMessages} in the visitor's language. Templates get no access to Java
 * classes; what they show is computed before, in Java.
 */
public final class Pages {

    /** One link of the navigation bar. */
    public record NavItem(String href, String label, boolean current) {
    }

    /** One button of the language switch, labelled in its own language. */
    public record LanguageChoice(String code, String label, boolean current) {
    }

    /** Who is logged in, as the header shows it. */
    public record Visitor(String name, String displayName, String role, String countryName) {
    }

    /** What every page shows besides its own content. */
    public record Frame(Language language, Account account, String csrf, String path) {
    }

    private final Configuration cfg;
    private final PortalMessages messages;
    private final ReferenceData reference;
    private final boolean runs;

    public Pages(PortalMessages messages, ReferenceData reference) {
        this(messages, reference, false);
    }

    /** @param runs whether the operator's runs pages are served (the service runs its scheduler) */
    public Pages(PortalMessages messages, ReferenceData reference, boolean runs) {
        this.messages = messages;
        this.reference = reference;
        this.runs = runs;
        this.cfg = SandboxedFreemarker.configuration();
        cfg.setClassForTemplateLoading(Pages.class, "/portal/templates");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
    }

    public PortalMessages messages() {
        return messages;
    }

    /** The text of {@code key} in {@code language}. */
    public String text(Language language, String key, Object... args) {
        return messages.get(language, key, args);
    }

    /** The name of a country in {@code language} (its code when unknown). */
    public String countryName(String geo, Language language) {
        return reference.countries().find(geo).map(c -> c.name().in(language)).orElse(geo);
    }

    /**
     * The page {@code template} with its own values {@code model} inside the portal's frame.
     *
     * @param title the page's title (and its {@code h1}), in the frame's language
     */
    public String render(String template, String title, Frame frame, Map<String, Object> model) {
        Language lang = frame.language();
        Map<String, Object> all = new HashMap<>(model);
        all.put("lang", lang.code());
        all.put("msg", (TemplateMethodModelEx) args -> {
            if (args.isEmpty()) {
                throw new TemplateModelException("msg needs a message key");
            }
            Object[] rest = new Object[args.size() - 1];
            for (int i = 1; i < args.size(); i++) {
                rest[i - 1] = DeepUnwrap.unwrap((freemarker.template.TemplateModel) args.get(i));
            }
            return messages.get(lang, DeepUnwrap.unwrap((freemarker.template.TemplateModel) args.get(0)).toString(), rest);
        });
        all.put("title", title);
        all.put("csrf", frame.csrf());
        all.put("here", frame.path());
        all.put("languages", languages(lang));
        Account a = frame.account();
        all.put("visitor", a == null ? null : new Visitor(a.name(), a.displayName(), messages.get(lang, "role." + a.role().code()),
                a.country() == null ? null : countryName(a.country(), lang)));
        all.put("nav", a == null ? List.of() : navigation(a, lang, frame.path()));
        try {
            Template t = cfg.getTemplate(template);
            StringWriter out = new StringWriter();
            t.process(all, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render " + template + ": " + e.getMessage(), e);
        } catch (freemarker.template.TemplateException e) {
            throw new IllegalStateException("Cannot render " + template + ": " + e.getMessage(), e);
        }
    }

    /** Answers the request with a rendered page, its character set said (a browser must not guess it). */
    public static void respond(io.javalin.http.Context ctx, String html) {
        ctx.contentType("text/html; charset=utf-8").result(html);
    }

    private List<LanguageChoice> languages(Language current) {
        List<LanguageChoice> out = new ArrayList<>();
        for (Language l : Language.values()) {
            out.add(new LanguageChoice(l.code(), messages.get(l, "language.self"), l == current));
        }
        return out;
    }

    /** The start page of each role first, then the account page. */
    private List<NavItem> navigation(Account a, Language lang, String path) {
        Map<String, String> links = new LinkedHashMap<>();
        if (a.role() == Role.UPLOADER) {
            links.put("/countries/" + a.country(), messages.get(lang, "nav.country", countryName(a.country(), lang)));
            links.put("/countries/" + a.country() + "/upload", messages.get(lang, "nav.upload"));
            links.put("/countries/" + a.country() + "/submissions", messages.get(lang, "nav.history"));
        }
        if (a.role() == Role.OPERATOR) {
            links.put("/countries", messages.get(lang, "nav.countries"));
            links.put("/deliveries", messages.get(lang, "nav.deliveries"));
        }
        if (a.role() == Role.OPERATOR || a.role() == Role.READER) {
            links.put("/reports", messages.get(lang, "nav.reports"));
        }
        if (a.role() == Role.OPERATOR && runs) {
            links.put("/runs", messages.get(lang, "nav.runs"));
        }
        links.put("/account", messages.get(lang, "nav.account"));
        List<NavItem> out = new ArrayList<>();
        // The most specific link is the current one: /countries/DE/upload, not also /countries/DE.
        String current = links.keySet().stream().filter(h -> path.equals(h) || path.startsWith(h + "/"))
                .max(java.util.Comparator.comparingInt(String::length)).orElse(null);
        links.forEach((href, label) -> out.add(new NavItem(href, label, href.equals(current))));
        return out;
    }
}

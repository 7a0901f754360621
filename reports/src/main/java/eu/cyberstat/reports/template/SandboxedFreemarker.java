package eu.cyberstat.reports.template;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.TemplateExceptionHandler;

/**
 * The FreeMarker settings every cyberstat template runs under, the report's narratives and the
 * portal's pages alike: UTF-8; an error is thrown, never printed into the output; no Java class
 * is reachable from a template (they are edited by people who are not programmers); numbers and
 * booleans printed as a computer writes them ({@code 2022}, not {@code 2,022}), since figures meant
 * for readers are formatted before they reach a template.
 */
public final class SandboxedFreemarker {

    private SandboxedFreemarker() {
    }

    /** A new configuration with these settings; the caller adds where its templates are read from. */
    public static Configuration configuration() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setBooleanFormat("c");
        cfg.setNumberFormat("computer");
        return cfg;
    }
}

package eu.cyberstat.cli;

import eu.cyberstat.app.Application;
import eu.cyberstat.app.CheckWarehouse;
import eu.cyberstat.warehousing.WarehouseCheck;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cyberstat warehouse check | clean}: what no commit references, what is damaged, and the clean-up. */
@Command(name = "warehouse", mixinStandardHelpOptions = true,
        description = "Checks the warehouse (check) and removes what interrupted writes left in it (clean); see "
                + "docs/warehouse.md, \"Leftovers and damage\".",
        subcommands = {WarehouseCommand.Check.class, WarehouseCommand.Clean.class})
public final class WarehouseCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Options of both subcommands. */
    static class Scope {
        @Option(names = "--out", paramLabel = "DIR",
                description = "Also look beside this run output folder for runs that did not finish (repeatable; "
                        + "default: ./out, the default of run).")
        List<Path> runFolders = new ArrayList<>(List.of(Path.of("out")));

        @Mixin
        WarehouseOptions warehouseOptions;

        CheckWarehouse.Request request() {
            return new CheckWarehouse.Request(runFolders);
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = {"Lists what no commit references (folders under _staging, temporary files, table data "
                    + "folders, submission folders and population imports without a commit, the hidden folders of "
                    + "runs that did not finish) and what is damaged (a kept raw file whose SHA-256 differs from the "
                    + "one its commit recorded, a symbolic link, a commit whose folder is gone). Changes nothing.",
                "Exit status 0 when nothing is damaged (leftovers are listed: no reader looks at them), 1 when "
                    + "something is."})
    static final class Check implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Scope scope = new Scope();

        @Override
        public Integer call() {
            WarehouseCheck.Report report;
            try (Application app = Application.start(scope.warehouseOptions.settings(), "cyberstat warehouse check")) {
                report = new CheckWarehouse(app).check(scope.request());
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Warehouse %s%n", report.location());
            if (report.leftovers().isEmpty()) {
                out.println("Leftovers: none.");
            } else {
                out.printf("Leftovers (no commit references them; readers never look at them): %d, %s%n",
                        report.leftovers().size(), bytes(report.leftovers().stream().mapToLong(WarehouseCheck.Leftover::bytes).sum()));
                report.leftovers().forEach(l -> out.printf("  %s  %s, %s, last changed %s%n", report.shown(l.path()),
                        l.kind().description(), bytes(l.bytes()), l.lastModified()));
                out.println("Remove them with: cyberstat warehouse clean (add --dry-run to see what it would remove).");
            }
            report.abandoned().forEach(id -> out.printf("Ingest %s was interrupted before its commit: its "
                    + "quarantine entry stays invisible; ingest the same export again.%n", id));
            if (report.isSafe()) {
                out.println("Damage: none.");
                out.flush();
                return ExitCode.OK;
            }
            out.printf("Damage: %d%n", report.damage().size());
            report.damage().forEach(d -> out.printf("  %s %s%n", report.shown(d.path()), d.problem()));
            out.flush();
            return ExitCode.REJECTED;
        }
    }

    @Command(name = "clean", mixinStandardHelpOptions = true,
            description = {"Removes the leftovers that warehouse check lists, and only those: never anything a "
                    + "commit references (the logs are read after the files are listed), and never anything changed "
                    + "more recently than --older-than, which a command still running (a submission being staged, a "
                    + "long alert ingest) may own. Damage is never touched."})
    static final class Clean implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        Scope scope = new Scope();

        @Option(names = "--dry-run", description = "List what would be removed; remove nothing.")
        boolean dryRun;

        @Option(names = "--older-than", paramLabel = "AGE", converter = AgeOption.class, defaultValue = "24h",
                description = "Remove only leftovers unchanged for this long: a number and s, m, h or d, e.g. 30m, "
                        + "2h, 7d (default: ${DEFAULT-VALUE}). Use 0s only when no cyberstat command is running on "
                        + "this warehouse.")
        Duration olderThan;

        @Override
        public Integer call() {
            WarehouseCheck.CleanUp done;
            try (Application app = Application.start(scope.warehouseOptions.settings(), "cyberstat warehouse clean")) {
                done = new CheckWarehouse(app).clean(scope.request(), olderThan, dryRun);
            }
            PrintWriter out = spec.commandLine().getOut();
            String verb = dryRun ? "Would remove" : "Removed";
            out.printf("%s %d leftover%s, %s.%n", verb, done.removed().size(), done.removed().size() == 1 ? "" : "s",
                    bytes(done.removed().stream().mapToLong(WarehouseCheck.Leftover::bytes).sum()));
            done.removed().forEach(l -> out.printf("  %s  %s%n", done.shown(l.path()), l.kind().description()));
            if (!done.tooYoung().isEmpty()) {
                out.printf("Kept %d changed within the last %s (a running command may own them):%n",
                        done.tooYoung().size(), AgeOption.format(done.olderThan()));
                done.tooYoung().forEach(l -> out.printf("  %s  %s, last changed %s%n", done.shown(l.path()), l.kind().description(),
                        l.lastModified()));
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    /** An age such as {@code 30m}, {@code 2h}, {@code 7d}. */
    static final class AgeOption implements CommandLine.ITypeConverter<Duration> {
        private static final Pattern AGE = Pattern.compile("(\\d{1,9})([smhd])");

        @Override
        public Duration convert(String value) {
            Matcher m = AGE.matcher(value.trim());
            if (!m.matches()) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not an age: write a number and s, m, "
                        + "h or d, e.g. 30m or 2h");
            }
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
        }

        static String format(Duration d) {
            long s = d.toSeconds();
            return s % 3600 == 0 && s > 0 ? plural(s / 3600, "hour") : s % 60 == 0 && s > 0 ? plural(s / 60, "minute")
                    : plural(s, "second");
        }

        private static String plural(long n, String unit) {
            return n + " " + unit + (n == 1 ? "" : "s");
        }
    }

    private static String bytes(long n) {
        return n < 1024 ? n + " B" : n < 1 << 20 ? (n >> 10) + " KiB" : (n >> 20) + " MiB";
    }
}

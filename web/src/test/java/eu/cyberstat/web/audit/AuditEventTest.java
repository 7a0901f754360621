package eu.cyberstat.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The audit log's actions are codes defined once, and docs/portal.md names every one. */
public class AuditEventTest {

    private static final Path PROJECT = Path.of(System.getProperty("cyberstat.project.dir", ".."));
    private static final Set<String> NOT_ACTIONS = Set.of("SUCCESS", "FAILURE", "REFUSED", "ANONYMOUS");

    /** Every action constant's value. */
    public static Set<String> actions() {
        Set<String> actions = new TreeSet<>();
        for (Field f : AuditEvent.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == String.class && !NOT_ACTIONS.contains(f.getName())) {
                try {
                    actions.add((String) f.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return actions;
    }

    @Test
    void theDocumentationNamesEveryAction() throws IOException {
        String docs = Files.readString(PROJECT.resolve("docs/portal.md"));
        assertThat(actions()).hasSize(21); // the portal's 15, the uploads' 3, the runs page's 3
        for (String action : actions()) {
            String[] parts = action.split("\\.");
            boolean named = docs.contains("`" + action + "`")
                    || parts.length == 2 && docs.matches("(?s).*`" + parts[0] + "\\.[a-z|]*\\b" + parts[1] + "\\b[a-z|]*`.*");
            assertThat(named).as(action + " in docs/portal.md").isTrue();
        }
    }
}

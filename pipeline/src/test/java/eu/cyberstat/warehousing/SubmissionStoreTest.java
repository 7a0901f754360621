package eu.cyberstat.warehousing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.cyberstat.figure.Observation;
import eu.cyberstat.pipeline.spark.TestSpark;
import eu.cyberstat.problem.ValidationReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionStoreTest {

    @TempDir
    Path warehouse;

    @TempDir
    Path uploads;

    private final ValidationReport accepted = ValidationReport.of("de.csv", "PROJECT_CSV", "UTF-8", 2, List.of());

    private Submission accept(SubmissionStore store, String name, String content, List<Observation> figures)
            throws Exception {
        return submission(name, content, "", figures, store.inForce(null), false).commit();
    }

    /** A submission of {@code content} as {@code name}, checked against {@code base}. */
    private NewSubmission submission(String name, String content, String idSuffix, List<Observation> figures,
                                     SubmissionStore.FiguresInForce base, boolean restate) throws Exception {
        Path raw = uploads.resolve(name);
        Files.writeString(raw, content);
        String sha = SubmissionStore.sha256(raw);
        String id = SubmissionStore.newSubmissionId(Instant.now(), sha) + "-" + name.hashCode() + idSuffix;
        return Warehouse.openOrCreate(warehouse).using(TestSpark::session).newSubmission(id,
                new NewSubmission.Upload(raw, name, sha, Files.size(raw)), accepted, "DE", figures, base, restate);
    }

    private static Observation de(int year, long value) {
        return new Observation("DE", year, "CYB", "RECORDED", value, "", "");
    }

    @Test
    void keepsTheRawUploadByteForByte() throws Exception {
        SubmissionStore store = new SubmissionStore(warehouse);
        String content = "country;year\r\nDE;2022\r\n\u00e4\u00f6\u00fc";
        Submission s = accept(store, "de.csv", content, List.of(de(2022, 5)));
        assertThat(Files.readString(store.rawFileOf(s.id()))).isEqualTo(content);
        assertThat(SubmissionStore.sha256(store.rawFileOf(s.id()))).isEqualTo(s.sha256());
        assertThat(store.reportOf(s.id()).status()).isEqualTo("accepted");
    }

    @Test
    void theSameFileCommittedTwiceIsRefusedUnderTheLockUnlessRestated() throws Exception {
        SubmissionStore store = new SubmissionStore(warehouse);
        // A second process checked for duplicates before the first committed, and reaches the commit after it.
        SubmissionStore.FiguresInForce checked = store.inForce(null);
        Submission first = accept(store, "a.csv", "A", List.of(de(2022, 5)));
        assertThatThrownBy(() -> submission("a.csv", "A", "-again", List.of(de(2022, 5)), checked, false).commit())
                .isInstanceOfSatisfying(CommitLog.Conflict.class, c -> assertThat(c.existing().id()).isEqualTo(first.id()));
        assertThat(store.history()).extracting(Submission::id).containsExactly(first.id());

        Submission restated = submission("a.csv", "A", "-again", List.of(de(2022, 5)), store.inForce(null), true)
                .commit();
        assertThat(store.history()).extracting(Submission::id).containsExactly(first.id(), restated.id());
    }

    @Test
    void anAcceptedFileStaysADuplicateAfterARevision() throws Exception {
        SubmissionStore store = new SubmissionStore(warehouse);
        Submission first = accept(store, "a.csv", "A", List.of(de(2021, 5), de(2022, 6)));
        assertThat(store.acceptedDuplicate(first.sha256())).map(Submission::id).contains(first.id());
        accept(store, "b.csv", "B", List.of(de(2022, 7)));
        assertThat(store.acceptedDuplicate(first.sha256())).map(Submission::id).contains(first.id());
        assertThat(store.acceptedDuplicate("0".repeat(64))).isEmpty();
        assertThat(SubmissionStore.currentProviders(store.log().snapshot(null),
                List.of(new CountryYear("DE", 2021), new CountryYear("DE", 2022))))
                .containsOnlyKeys(first.id(), store.history().get(1).id());
    }

    @Test
    void priorFiguresComeFromTheSubmissionInForcePerCountryYear() throws Exception {
        SubmissionStore store = new SubmissionStore(warehouse);
        accept(store, "a.csv", "A", List.of(de(2021, 5), de(2022, 6)));
        Instant between = Instant.now();
        Thread.sleep(3);
        accept(store, "b.csv", "B", List.of(de(2022, 70)));
        assertThat(store.priorFigures(null).valueOf("DE", 2021, "CYB", "RECORDED")).hasValue(5);
        assertThat(store.priorFigures(null).valueOf("DE", 2022, "CYB", "RECORDED")).hasValue(70);
        assertThat(store.priorFigures(between).valueOf("DE", 2022, "CYB", "RECORDED")).hasValue(6);
        assertThat(store.priorFigures(null).valueOf("FR", 2022, "CYB", "RECORDED")).isEmpty();
    }

    @Test
    void storedFileNamesCannotEscapeTheirFolder() {
        assertThat(SubmissionStore.safeName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(SubmissionStore.safeName(".hidden")).isEqualTo("upload.hidden");
        assertThat(SubmissionStore.safeName("données 2022;rm -rf.csv")).isEqualTo("données 2022_rm -rf.csv");
    }

    @Test
    void rejectedContentIsKeptOnceHoweverOftenItIsSent() throws Exception {
        SubmissionStore store = new SubmissionStore(warehouse);
        ValidationReport rejected = ValidationReport.of("bad.csv", "PROJECT_CSV", "UTF-8", 0,
                List.of(eu.cyberstat.problem.Issue.error(2, "value", "E_NEGATIVE", "negative")));
        Path bad = uploads.resolve("bad.csv");
        Files.writeString(bad, "country,year\nDE,-1\n");
        String sha = SubmissionStore.sha256(bad);

        String first = store.keepRejected(SubmissionStore.newSubmissionId(Instant.now(), sha), bad, sha, "bad.csv", rejected);
        Thread.sleep(2);
        String again = store.keepRejected(SubmissionStore.newSubmissionId(Instant.now(), sha), bad, sha, "bad.csv", rejected);
        Path other = uploads.resolve("other.csv");
        Files.writeString(other, "country,year\nDE,-2\n");
        String otherSha = SubmissionStore.sha256(other);
        String third = store.keepRejected(SubmissionStore.newSubmissionId(Instant.now(), otherSha), other, otherSha,
                "other.csv", rejected);

        assertThat(again).isEqualTo(first);
        assertThat(third).isNotEqualTo(first);
        try (var kept = Files.list(warehouse.resolve("submissions/rejected"))) {
            assertThat(kept.map(p -> p.getFileName().toString()).sorted()).containsExactlyInAnyOrder(first, third);
        }
        assertThat(Files.readString(warehouse.resolve("submissions/rejected").resolve(first).resolve("raw/bad.csv")))
                .isEqualTo("country,year\nDE,-1\n");
    }

    /**
     * A rejected upload is kept with whom it was for and when it first came, so that its country's
     * feedback sheet can list it; the same bytes again are the same delivery (its first receipt
     * stays), and an upload kept before this was recorded reads as for nobody, received at its id's time.
     */
    @Test
    void aRejectedUploadIsKeptWithItsCountriesAndFirstReceipt() throws Exception {
        SubmissionStore store = new SubmissionStore(warehouse);
        ValidationReport rejected = ValidationReport.of("at.csv", "PROJECT_CSV", "UTF-8", 0,
                List.of(eu.cyberstat.problem.Issue.error(2, "value", "E_NEGATIVE", "negative")));
        Path bad = uploads.resolve("at.csv");
        Files.writeString(bad, "country,year\nAT,-1\n");
        String sha = SubmissionStore.sha256(bad);
        Instant first = Instant.parse("2023-05-02T10:00:00Z");
        String id = store.keepRejected(SubmissionStore.newSubmissionId(first, sha), bad, sha, "at.csv", rejected,
                List.of("AT"), first);
        store.keepRejected(SubmissionStore.newSubmissionId(first.plusSeconds(60), sha), bad, sha, "again.csv", rejected,
                List.of(), first.plusSeconds(60));
        Path legacy = uploads.resolve("old.csv");
        Files.writeString(legacy, "x\n");
        String legacySha = SubmissionStore.sha256(legacy);
        String oldId = store.keepRejected(SubmissionStore.newSubmissionId(Instant.parse("2023-01-05T08:30:00Z"), legacySha),
                legacy, legacySha, "old.csv", rejected);
        Files.delete(warehouse.resolve("submissions/rejected").resolve(oldId).resolve(SubmissionStore.REJECTION_FILE));

        assertThat(store.rejected()).extracting(RejectedUpload::id, RejectedUpload::file, RejectedUpload::countries,
                RejectedUpload::receivedAt).containsExactly(
                tuple(oldId, "old.csv", List.of(), Instant.parse("2023-01-05T08:30:00Z")),
                tuple(id, "at.csv", List.of("AT"), first));
        assertThat(store.rejected().get(1).report().errors()).extracting(eu.cyberstat.problem.Issue::code)
                .containsExactly("E_NEGATIVE");
    }

    @Test
    void aSubmissionForTheSameCountryYearsSinceTheSnapshotRefusesTheCommit() throws Exception {
        SubmissionStore store = new SubmissionStore(warehouse);
        accept(store, "a.csv", "A", List.of(de(2021, 5), de(2022, 6)));
        SubmissionStore.FiguresInForce checked = store.inForce(null);
        Submission meanwhile = accept(store, "b.csv", "B", List.of(de(2022, 7)));

        // What was shown against the checked snapshot (DE 2022 = 6) is no longer what the commit would replace.
        assertThatThrownBy(() -> submission("c.csv", "C", "-c", List.of(de(2022, 8)), checked, false).commit())
                .isInstanceOfSatisfying(CommitLog.Conflict.class,
                        c -> assertThat(c.existing().id()).isEqualTo(meanwhile.id()));
        // Another country-year is no conflict.
        Submission other = submission("c.csv", "C", "-d", List.of(de(2020, 8)), checked, false).commit();
        assertThat(store.history()).extracting(Submission::id).endsWith(meanwhile.id(), other.id());
    }
}

package eu.cyberstat.ingest.validation;

import eu.cyberstat.problem.IssueCollector;
import java.util.List;

/** A check across the figures of one file (a row-level check sees one figure at a time). */
interface FileRule {

    void check(List<CheckedFigure> figures, IssueCollector issues);
}

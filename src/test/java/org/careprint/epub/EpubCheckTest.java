package org.careprint.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.DefaultReportImpl;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** EPUBCheck 5 (the W3C's validator) finds no error and no warning in any book built from the examples. */
class EpubCheckTest {
    @Test
    void everyExampleBookPassesEpubCheck() throws Exception {
        List<Path> books = BookFixtures.epubs();
        assertEquals(3, books.size(), "one book per example");
        List<String> problems = new ArrayList<>();
        for (Path book : books) {
            Collecting report = new Collecting(book.getFileName().toString());
            new EpubCheck(book.toFile(), report).doValidate();
            problems.addAll(report.problems);
            assertEquals(0, report.getFatalErrorCount() + report.getErrorCount() + report.getWarningCount(),
                    book + ": " + report.problems);
        }
        assertFalse(EpubCheck.version().isBlank());
        assertEquals(List.of(), problems);
    }

    /** EPUBCheck's fatal errors, errors and warnings for one book, as text. */
    static List<String> problems(Path book) {
        Collecting report = new Collecting(book.getFileName().toString());
        new EpubCheck(book.toFile(), report).doValidate();
        return report.problems;
    }

    /** EPUBCheck's own report, quiet, keeping every error and warning as text. */
    private static final class Collecting extends DefaultReportImpl {
        final List<String> problems = new ArrayList<>();

        Collecting(String name) {
            super(name, null, true);
        }

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            super.message(message, location, args);
            Severity s = message.getSeverity();
            if (s == Severity.FATAL || s == Severity.ERROR || s == Severity.WARNING) {
                problems.add(getEpubFileName() + " " + s + " " + message.getID() + " " + location + ": "
                        + message.getMessage(args));
            }
        }
    }
}

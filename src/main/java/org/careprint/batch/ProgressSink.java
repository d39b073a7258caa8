package org.careprint.batch;

import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Reports documents as they finish: a progress bar on a terminal, plain log lines otherwise, nothing with --quiet. */
public interface ProgressSink extends AutoCloseable {
    void completed(DocumentOutcome outcome);

    @Override
    void close();

    static ProgressSink create(int total, boolean quiet, PrintStream log, String verb) {
        if (quiet || total == 0) {
            return new Silent();
        }
        if (System.console() != null) {
            return new Bar(new ProgressBarBuilder().setTaskName(verb).setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(log))
                    .setUpdateIntervalMillis(250).build());
        }
        return new Log(total, log);
    }

    /** --quiet. */
    final class Silent implements ProgressSink {
        @Override
        public void completed(DocumentOutcome outcome) {
        }

        @Override
        public void close() {
        }
    }

    /** A terminal progress bar (me.tongfei:progressbar). */
    final class Bar implements ProgressSink {
        private final ProgressBar bar;

        Bar(ProgressBar bar) {
            this.bar = bar;
        }

        @Override
        public void completed(DocumentOutcome outcome) {
            bar.setExtraMessage(ConsoleText.safe(outcome.name()));
            bar.step();
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    /** One plain line per document, for logs and CI. */
    final class Log implements ProgressSink {
        private final int total;
        private final PrintStream log;
        private int done;

        Log(int total, PrintStream log) {
            this.total = total;
            this.log = log;
        }

        @Override
        public synchronized void completed(DocumentOutcome o) {
            done++;
            log.println("careprint: [" + done + "/" + total + "] " + ConsoleText.safe(o.source()) + ": " + describe(o));
        }

        static String describe(DocumentOutcome o) {
            if (o.failed()) {
                return "failed (see the error below)";
            }
            StringBuilder sb = new StringBuilder(o.action().replace('-', ' '));
            for (OutputFile f : o.outputs().all()) {
                if (f.summary() != null) {
                    sb.append(", ").append(f.summary());
                }
            }
            return sb.toString();
        }

        @Override
        public void close() {
        }
    }
}

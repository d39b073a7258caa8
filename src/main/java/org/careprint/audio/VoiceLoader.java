package org.careprint.audio;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Loads the FreeTTS voice on a background thread as soon as a renderer is made (about 0.6 s on a cold JVM), so
 * the caller's other work — reading, the PDF — overlaps it. The first speech waits for it.
 */
final class VoiceLoader {
    private final FutureTask<VoiceSynthesizer> task = new FutureTask<>(VoiceSynthesizer::new);

    VoiceLoader() {
        Thread thread = new Thread(task, "careprint-voice-loader");
        thread.setDaemon(true);
        thread.start();
    }

    /** The loaded voice; rethrows what loading threw (e.g. the CarePrintException for a missing voice). */
    VoiceSynthesizer get() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true; // finish waiting: the voice is needed to continue
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}

package org.careprint.audio;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Loads a voice on a background thread as soon as a renderer is made (FreeTTS kevin16: about 0.6 s on a cold JVM),
 * so the caller's other work — reading, the PDF — overlaps it. The first speech waits for it.
 */
final class VoiceLoader {
    private final SpeechEngine.Choice choice;
    private final FutureTask<SpeechEngine> task;

    VoiceLoader(SpeechEngine.Choice choice) {
        this.choice = choice;
        this.task = new FutureTask<>(choice.loader()::get);
        Thread thread = new Thread(task, "careprint-voice-loader");
        thread.setDaemon(true);
        thread.start();
    }

    /** Which voice this is, known before it has loaded. */
    SpeechEngine.Choice choice() {
        return choice;
    }

    /** The loaded voice; rethrows what loading threw (e.g. the CarePrintException for a missing voice). */
    SpeechEngine get() {
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

package org.careprint.audio;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ObjIntConsumer;

/**
 * Speaks a list of phrases on several voices at once: the calling thread uses the first voice, one short-lived
 * thread per extra voice the others. Phrases are handed out one at a time (whoever is free takes the next), and
 * each result lands at its phrase's index, so the assembled track is the same whichever voice spoke what — a
 * phrase's samples depend only on its text and the stretch. Results are handed to the consumer in phrase order on
 * the calling thread as soon as they are contiguous, so only the few phrases ahead of the oldest unfinished one
 * are held. An extra voice still loading simply joins late; if the caller's voice finishes everything first,
 * nobody waits for it.
 */
final class ParallelSpeaker {
    private final List<String> texts;
    private final float stretch;
    private final short[][] out;
    private final AtomicInteger next = new AtomicInteger();
    private Throwable failure;
    /** Phrases already handed to the consumer (calling thread only). */
    private int delivered;

    private ParallelSpeaker(List<String> texts, float stretch) {
        this.texts = texts;
        this.stretch = stretch;
        this.out = new short[texts.size()][];
    }

    /** Speaks every phrase and gives {@code sink} (samples, phrase index) in phrase order, on the calling thread. */
    static void speak(List<String> texts, float stretch, VoiceSynthesizer first, List<VoiceLoader> extra,
                      ObjIntConsumer<short[]> sink) {
        ParallelSpeaker work = new ParallelSpeaker(texts, stretch);
        if (extra.isEmpty() || texts.size() < 2) {
            for (int i = 0; i < texts.size(); i++) {
                sink.accept(first.speak(texts.get(i), stretch), i);
            }
            return;
        }
        for (int v = 0; v < extra.size(); v++) {
            VoiceLoader loader = extra.get(v);
            Thread helper = new Thread(() -> work.helpWith(loader), "careprint-voice-" + (v + 1));
            helper.setDaemon(true);
            helper.start();
        }
        work.run(first, sink);
        while (work.delivered < texts.size()) {
            work.await();
            work.deliver(sink);
        }
    }

    private void helpWith(VoiceLoader loader) {
        try {
            if (next.get() < texts.size()) {
                run(loader.get(), null);
            }
        } catch (Throwable t) { // reported to the caller, which rethrows it
            synchronized (this) {
                failure = t;
                notifyAll();
            }
        }
    }

    /** Speaks phrases until none are left; the calling thread (with a sink) also delivers what is ready. */
    private void run(VoiceSynthesizer voice, ObjIntConsumer<short[]> sink) {
        for (int i = next.getAndIncrement(); i < texts.size(); i = next.getAndIncrement()) {
            short[] samples = voice.speak(texts.get(i), stretch);
            synchronized (this) {
                out[i] = samples;
                notifyAll();
            }
            if (sink != null) {
                deliver(sink);
            }
        }
    }

    /** Hands the contiguous finished phrases to the sink (outside the lock: the sink copies samples). */
    private void deliver(ObjIntConsumer<short[]> sink) {
        while (true) {
            short[] samples;
            synchronized (this) {
                if (delivered >= out.length || out[delivered] == null) {
                    return;
                }
                samples = out[delivered];
                out[delivered] = null;
            }
            sink.accept(samples, delivered++);
        }
    }

    /** Waits until the next phrase to deliver is finished; rethrows what a helper threw. */
    private synchronized void await() {
        boolean interrupted = false;
        while (out[delivered] == null && failure == null) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true; // the phrases in flight are needed to continue
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }
}

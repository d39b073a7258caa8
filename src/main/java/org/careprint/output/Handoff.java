package org.careprint.output;

import java.util.List;
import java.util.Optional;

/**
 * What the outputs rendered earlier for the same document handed on (their {@link Rendered#products()}), in
 * registration order: a later output can reuse an earlier one's work (the e-book embeds the audio edition's MP3
 * instead of synthesizing it again, and maps the printed pages) instead of redoing it. Outputs must still work
 * without it, since the earlier output may be switched off.
 */
public final class Handoff {
    /** Nothing handed on (the first output, or an output rendered on its own). */
    public static final Handoff NONE = new Handoff(List.of());

    private final List<Object> products;

    public Handoff(List<Object> products) {
        this.products = List.copyOf(products);
    }

    /** The first product of this type, if an earlier output made one. */
    public <T> Optional<T> find(Class<T> type) {
        return products.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}

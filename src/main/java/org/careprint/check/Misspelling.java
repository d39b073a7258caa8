package org.careprint.check;

import java.util.List;

/** A word the speller does not know, at [from, to) of the checked text, with its suggested corrections. */
record Misspelling(int from, int to, String word, List<String> suggestions) {
    public Misspelling {
        suggestions = List.copyOf(suggestions);
    }
}

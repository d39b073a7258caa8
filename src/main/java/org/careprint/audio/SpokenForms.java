package org.careprint.audio;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** The fixed spoken forms {@link TextNormalizer} uses: names, acronyms said as words, letter plurals, units. */
final class SpokenForms {
    private SpokenForms() {
    }

    /**
     * Names whose spelling does not say how they are read. Longest first where one contains another. "BRCA" is
     * left to the lexicon (said "BRAH-kuh").
     */
    static final Map<String, String> TERMS = new LinkedHashMap<>();

    static {
        TERMS.put("HER2/neu", "her two new");
        TERMS.put("BRCA1/2", "BRCA one and two");
        TERMS.put("CDK4/6", "C D K four and six");
        TERMS.put("PD-L1", "P D L one");
        TERMS.put("PD-1", "P D one");
        TERMS.put("HER2", "her two");
        TERMS.put("HER3", "her three");
        TERMS.put("BRCA1", "BRCA one");
        TERMS.put("BRCA2", "BRCA two");
        TERMS.put("PIK3CA", "pick three C A");
        TERMS.put("Ki-67", "K I sixty-seven");
        TERMS.put("T-DM1", "T D M one");
        TERMS.put("T-DXd", "T D X D");
        TERMS.put("mTOR", "M tor");
    }

    /** Acronyms said as words, not letter by letter. */
    static final Set<String> WORD_ACRONYMS = Set.of("AIDS", "COVID", "NASA", "HIPAA", "SARS", "NATO",
            "JAMA", "LASIK", "SIDS", "WIC", "DEXA", "PEG", "TRAM", "DIEP", "PET", "PARP");
    /** Letter names whose plural the voice misreads when written "Is", "As": "TKIs" → "T K eyes". */
    static final java.util.Map<Character, String> LETTER_PLURALS = java.util.Map.of('I', "eyes", 'A', "ays",
            'U', "yous", 'O', "ohs");

    static final Map<String, String> UNITS = Map.ofEntries(
            Map.entry("mg/m2", "milligram per square meter"), Map.entry("mg/kg", "milligram per kilogram"),
            Map.entry("mcg", "microgram"), Map.entry("µg", "microgram"), Map.entry("mg", "milligram"),
            Map.entry("mL", "milliliter"), Map.entry("ml", "milliliter"), Map.entry("cm", "centimeter"),
            Map.entry("mm", "millimeter"), Map.entry("kg", "kilogram"), Map.entry("g", "gram"),
            Map.entry("L", "liter"), Map.entry("IU", "international unit"), Map.entry("cc", "C C"),
            Map.entry("lb", "pound"), Map.entry("lbs", "pound"), Map.entry("Gy", "gray"));
}

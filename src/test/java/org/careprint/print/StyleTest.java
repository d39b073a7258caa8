package org.careprint.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.careprint.model.CarePrintException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StyleTest {
    static String fixture(String name) {
        try {
            return Path.of(StyleTest.class.getResource("/print/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void bundledStylesMeetTheLargePrintFloors() {
        for (String name : Style.BUNDLED) {
            Style style = Style.load(name);
            assertEquals(name, style.name());
            assertTrue(style.bodySize() >= 18, name);
            assertTrue(style.lineSpacing() >= 1.5, name);
            assertTrue(style.paragraphGapPoints() >= style.leading(), name);
            assertTrue(style.margin() >= 72, name);
            assertTrue(style.maxLineChars() <= 70, name);
            for (int level = 1; level <= 6; level++) {
                assertTrue(style.headingSize(level) > style.bodySize(), name + " H" + level);
            }
            assertTrue(style.minimumContrast() >= 4.5, name);
        }
        assertEquals(18f, Style.load("large").bodySize());
        assertEquals(24f, Style.load("giant").bodySize());
        assertEquals(18f, Style.load(null).bodySize(), "default style is large");
    }

    @Test
    void highContrastIsBlackOnWhiteWithHeavierStrokes() {
        Style style = Style.load("high-contrast");
        Style large = Style.load("large");
        assertTrue(style.highContrast());
        assertEquals(new Rgb(255, 255, 255), style.backgroundColor(), "toner-friendly: white paper, no background");
        assertEquals(new Rgb(0, 0, 0), style.textColor());
        assertEquals(new Rgb(0, 0, 0), style.headingColor());
        assertTrue(style.minimumContrast() >= 20.9, "contrast " + style.minimumContrast());
        assertTrue(style.ruleWidth() >= 2 * large.ruleWidth(), "heavier rules");
        assertTrue(style.textStroke() > large.textStroke(), "heavier letters");
    }

    @Test
    void darkIsLightOnDarkAtLeastSevenToOne() {
        Style style = Style.load("dark");
        assertTrue(style.highContrast());
        assertTrue(style.backgroundColor().luminance() < style.textColor().luminance(), "light text on a dark page");
        assertTrue(style.minimumContrast() >= 7.0, "contrast " + style.minimumContrast());
    }

    @Test
    void wcagContrastMatchesKnownValues() {
        assertEquals(21.0, Rgb.contrast(Rgb.parse("#000000"), Rgb.parse("#FFFFFF")), 0.01);
        assertEquals(1.0, Rgb.contrast(Rgb.parse("#777777"), Rgb.parse("#777777")), 0.001);
        // #767676 on white is the well-known smallest grey passing 4.5:1.
        assertEquals(4.54, Rgb.contrast(Rgb.parse("#767676"), Rgb.parse("#FFFFFF")), 0.01);
    }

    @Test
    void userStyleFileLoadsWithUnits() {
        Style style = Style.load(fixture("good-custom.yaml"));
        assertEquals("clinic-blue", style.name());
        assertEquals(20f, style.bodySize());
        assertEquals(72f, style.margin(), 0.01);
        assertEquals(60, style.maxLineChars());
        assertNotEquals(Style.load("large").fingerprint(), style.fingerprint());
        assertEquals(Style.load("large").fingerprint(), Style.load("large").fingerprint());
    }

    @ParameterizedTest
    @CsvSource({
        "small-body.yaml, body-size",
        "unknown-key.yaml, font-colour",
        "low-contrast.yaml, text-color",
        "dim-high-contrast.yaml, text-color",
        "tight.yaml, line-spacing",
        "narrow-margin.yaml, margin",
        "bad-color.yaml, text-color",
        "malformed.yaml, line"
    })
    void badStyleFilesGiveOneLineNamingFileAndKey(String file, String key) {
        CarePrintException e = assertThrows(CarePrintException.class, () -> Style.load(fixture(file)));
        assertTrue(e.getMessage().contains(file), e.getMessage());
        assertTrue(e.getMessage().contains(key), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void missingStyleNamesTheBundledChoices() {
        CarePrintException e = assertThrows(CarePrintException.class, () -> Style.load("no-such-style.yaml"));
        assertTrue(e.getMessage().contains("no-such-style.yaml") && e.getMessage().contains("large"), e.getMessage());
    }
}

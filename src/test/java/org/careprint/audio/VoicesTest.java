package org.careprint.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.careprint.model.CarePrintException;
import org.junit.jupiter.api.Test;

/** --voice names and the up-front check of an engine that is not installed (no flite needed). */
class VoicesTest {

    @Test
    void kevinIsTheDefaultAndNeedsNothingInstalled() {
        assertSame(FreeTtsVoice.KEVIN16, Voices.choice(null));
        assertSame(FreeTtsVoice.KEVIN16, Voices.choice("kevin"));
        assertSame(FreeTtsVoice.KEVIN16, Voices.choice("Kevin16"));
        assertEquals(List.of("kevin", "rms", "awb", "slt"), Voices.NAMES);
    }

    @Test
    void aMissingEngineIsOneLineNamingWhatToInstall() {
        CarePrintException e = assertThrows(CarePrintException.class,
                () -> FliteVoice.choice("rms", "careprint-test-no-such-flite"));
        assertTrue(e.getMessage().startsWith("--voice rms needs the flite program"), e.getMessage());
        assertTrue(e.getMessage().contains("apt-get install flite"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
    }

    @Test
    void anUnknownVoiceIsAUsageError() {
        CarePrintException e = assertThrows(CarePrintException.class, () -> Voices.choice("hal9000"));
        assertEquals("--voice 'hal9000' is not valid; use kevin or rms or awb or slt.", e.getMessage());
    }
}

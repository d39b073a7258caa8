package org.careprint.print;

import java.io.FileOutputStream;

/** Manual helper: renders the seed-like handout in every style to target/print-preview. */
final class SmokeMain {
    public static void main(String[] args) throws Exception {
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/print-preview"));
        for (String name : Style.BUNDLED) {
            for (String paper : new String[] {"letter", "a4"}) {
                PrintOptions o = new PrintOptions(paper, "Riverside Cancer Clinic", true,
                        "https://example.org/audio/seed-like.mp3", 1_654_560_000L);
                try (FileOutputStream out = new FileOutputStream("target/print-preview/" + name + "-" + paper + ".pdf")) {
                    System.out.println(name + " " + paper + " pages=" + new PdfRenderer(Style.load(name))
                            .render(TestHandouts.seedLike(), TestHandouts.overdue(), o, out).pageCount());
                }
            }
        }
    }
}

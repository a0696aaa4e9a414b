package io.healthscore.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;

/** Measures what Chromium painted: pixels of one exact colour (RGB, no alpha) on a screenshot. */
final class Screenshot {
    /** Rows below the first one of a colour, where a 20 px bar is solid even if its top edge is blended. */
    private static final int INTO_THE_BAR = 8;

    private Screenshot() {
    }

    /** The first row, from the top, holding a pixel of the colour; fails when there is none. */
    static int topRow(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (matches(image, x, y, rgb)) {
                    return y;
                }
            }
        }
        throw new AssertionError(String.format("no pixel of colour #%06x on the screenshot", rgb));
    }

    /** The length of the first bar of the colour from the top: its longest run of pixels inside the bar. */
    static int barWidth(BufferedImage image, int rgb) {
        int y = topRow(image, rgb) + INTO_THE_BAR;
        int longest = 0;
        int run = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            run = matches(image, x, y, rgb) ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        assertThat(longest).as("bar of colour #%06x at row %d", rgb, y).isPositive();
        return longest;
    }

    /** Pixels of the colour in rows {@code from} (inclusive) to {@code to} (exclusive). */
    static int pixels(BufferedImage image, int rgb, int from, int to) {
        int count = 0;
        for (int y = from; y < Math.min(to, image.getHeight()); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                count += matches(image, x, y, rgb) ? 1 : 0;
            }
        }
        return count;
    }

    /** The most separate runs of the colour in one row at or below {@code from}, within the next 400 rows. */
    static int mostRuns(BufferedImage image, int rgb, int from) {
        int most = 0;
        for (int y = from; y < Math.min(from + 400, image.getHeight()); y++) {
            int runs = 0;
            boolean inRun = false;
            for (int x = 0; x < image.getWidth(); x++) {
                boolean match = matches(image, x, y, rgb);
                runs += match && !inRun ? 1 : 0;
                inRun = match;
            }
            most = Math.max(most, runs);
        }
        return most;
    }

    private static boolean matches(BufferedImage image, int x, int y, int rgb) {
        return (image.getRGB(x, y) & 0xffffff) == rgb;
    }
}

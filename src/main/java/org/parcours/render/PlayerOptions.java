package org.parcours.render;

import java.util.regex.Pattern;

/**
 * What a package format asks of the player (docs/runtime.md). {@code adapter} names the tracker adapter that the
 * HTML loads ({@code runtime/adapters/<adapter>.js}; a format passes its own name, as adapters are named after the
 * formats, except the web output's {@code standalone}); {@code unitPages} adds one page per lesson, quiz and page
 * under {@code units/} for packages with one SCO or AU per unit.
 */
public record PlayerOptions(String adapter, boolean unitPages) {
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+");

    public PlayerOptions {
        if (adapter == null || !NAME.matcher(adapter).matches()) {
            throw new IllegalArgumentException("adapter must be a plain name such as 'standalone', not " + adapter);
        }
    }

    /** The web output: the whole course in one page, learner state in the browser's localStorage. */
    public static PlayerOptions standalone() {
        return new PlayerOptions("standalone", false);
    }
}

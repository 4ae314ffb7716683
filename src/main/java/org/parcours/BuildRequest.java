package org.parcours;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.parcours.model.Structure;

/**
 * What to build: formats (empty = the course's build defaults), output folder, structure overrides, and the
 * timestamp for zip entries (empty = the course's version date; see {@link Parcours#build}).
 */
public record BuildRequest(List<String> formats, Path out, Optional<Structure> sco, Optional<Structure> au,
                           Optional<LocalDateTime> timestamp) {
    public BuildRequest {
        formats = List.copyOf(formats);
    }
}

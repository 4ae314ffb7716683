package org.parcours.format.web;

import org.parcours.diag.Result;
import org.parcours.model.Course;
import org.parcours.render.PlayerOptions;
import org.parcours.render.PlayerRenderer;
import org.parcours.format.BuildOptions;
import org.parcours.format.Format;
import org.parcours.tree.FileTree;
import org.parcours.validate.Standard;

/**
 * The web output: the player as it is, with the standalone adapter (learner state in the browser's localStorage).
 * Opening index.html runs the course, from a web server or straight from the disk.
 */
public final class WebFormat implements Format {

    @Override
    public String name() {
        return "web";
    }

    @Override
    public Standard standard() {
        return Standard.WEB;
    }

    @Override
    public Result<FileTree> build(Course course, BuildOptions options) {
        return PlayerRenderer.render(course, PlayerOptions.standalone());
    }

    /** A folder beside the zip lets authors open index.html without unzipping anything. */
    @Override
    public boolean alsoAsFolder() {
        return true;
    }
}

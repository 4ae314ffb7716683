package org.parcours.format.xapi;

import org.parcours.diag.Diagnostics;
import org.parcours.diag.Result;
import org.parcours.model.Course;
import org.parcours.render.PlayerOptions;
import org.parcours.render.PlayerRenderer;
import org.parcours.format.BuildOptions;
import org.parcours.format.Format;
import org.parcours.format.XmlDocuments;
import org.parcours.tree.FileTree;
import org.parcours.validate.Standard;

/**
 * {@code --format xapi}: a TinCan package, the player (with the xAPI adapter) plus tincan.xml at the root. The
 * package holds no endpoint or credentials: the LMS passes them at launch (launch parameters, see docs/xapi-cmi5.md).
 */
public final class TincanFormat implements Format {
    static final String LAUNCH = "index.html";

    @Override
    public String name() {
        return "xapi";
    }

    @Override
    public Standard standard() {
        return Standard.TINCAN;
    }

    @Override
    public Result<FileTree> build(Course course, BuildOptions options) {
        return PlayerRenderer.render(course, new PlayerOptions(name(), false)).then(player -> {
            if (!player.contains(LAUNCH)) throw new IllegalStateException("the player has no " + LAUNCH);
            FileTree tree = player.toBuilder().put("tincan.xml", XmlDocuments.marshal(TincanManifest.of(course, LAUNCH))).build();
            return Result.of(tree, new Diagnostics());
        });
    }
}

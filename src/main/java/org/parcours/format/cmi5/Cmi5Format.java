package org.parcours.format.cmi5;

import org.parcours.diag.Diagnostics;
import org.parcours.diag.Result;
import org.parcours.model.Course;
import org.parcours.model.Structure;
import org.parcours.render.PlayerOptions;
import org.parcours.render.PlayerRenderer;
import org.parcours.format.BuildOptions;
import org.parcours.format.Format;
import org.parcours.format.XmlDocuments;
import org.parcours.tree.FileTree;
import org.parcours.validate.Standard;

/**
 * {@code --format cmi5}: the player with its cmi5 adapter and cmi5.xml at the root. With {@code --au lesson} the
 * player also renders one page per lesson and quiz, each the launch page of its AU.
 */
public final class Cmi5Format implements Format {

    @Override
    public String name() {
        return "cmi5";
    }

    @Override
    public Standard standard() {
        return Standard.CMI5;
    }

    @Override
    public Result<FileTree> build(Course course, BuildOptions options) {
        boolean perLesson = options.au() == Structure.LESSON;
        return PlayerRenderer.render(course, new PlayerOptions(name(), perLesson)).then(player -> {
            var structure = Cmi5Structure.of(course, options.au());
            FileTree built = player.toBuilder().put("cmi5.xml", XmlDocuments.marshal(structure)).build();
            structure.aus().forEach(au -> {
                // The structure and the player come from the same model: a missing page is a bug, not bad input.
                if (!built.contains(au.url())) throw new IllegalStateException("AU url " + au.url() + " is not in the package");
            });
            return Result.of(built, new Diagnostics());
        });
    }
}

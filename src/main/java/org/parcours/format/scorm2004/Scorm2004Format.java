package org.parcours.format.scorm2004;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.parcours.diag.Code;
import org.parcours.diag.Diagnostics;
import org.parcours.diag.Result;
import org.parcours.format.BuildOptions;
import org.parcours.format.Format;
import org.parcours.format.scorm.ControlFiles;
import org.parcours.format.scorm.ManifestXml;
import org.parcours.format.scorm.ScormPackage;
import org.parcours.format.scorm12.SuspendDataBudget;
import org.parcours.format.scorm2004.manifest.Manifest;
import org.parcours.format.scorm2004.manifest.Ns;
import org.parcours.model.Course;
import org.parcours.model.Structure;
import org.parcours.render.PlayerOptions;
import org.parcours.render.PlayerRenderer;
import org.parcours.tree.FileTree;
import org.parcours.validate.Standard;

/**
 * SCORM 2004 4th edition: the player with its scorm2004 adapter, an imsmanifest.xml with a sequencing that LMSs
 * may ignore, and the project's XSD control files at the root. The learner's state uses the same codec as
 * SCORM 1.2; its worst case is checked against the 64,000 characters of cmi.suspend_data before anything is
 * rendered.
 */
public final class Scorm2004Format implements Format {
    private static final ManifestXml XML =
            new ManifestXml(Manifest.class, Ns.SCHEMA_LOCATION, Ns.IMSCP, "2004 4th Edition", Map.of("adlcp", Ns.ADLCP, "imsss", Ns.IMSSS));
    public static final String MANIFEST = "imsmanifest.xml";
    /** SCORM 2004 4th edition RTE 4.2.23: cmi.suspend_data is a characterstring of SPM 64,000. */
    public static final int SUSPEND_DATA_LIMIT = 64_000;

    private final ControlFiles controlFiles;

    public Scorm2004Format() {
        this(ControlFiles.classpath());
    }

    public Scorm2004Format(ControlFiles controlFiles) {
        this.controlFiles = controlFiles;
    }

    @Override
    public String name() {
        return "scorm2004";
    }

    @Override
    public Standard standard() {
        return Standard.SCORM2004;
    }

    @Override
    public Result<FileTree> build(Course course, BuildOptions options) {
        return build(course, options, note -> {});
    }

    @Override
    public Result<FileTree> build(Course course, BuildOptions options, Consumer<String> notes) {
        Diagnostics diags = new Diagnostics();
        Structure structure = options.sco();
        int worst = (structure == Structure.SINGLE
                ? SuspendDataBudget.worstCase(course) : SuspendDataBudget.worstCasePerUnit(course)).length();
        notes.accept(String.format(Locale.ROOT, "suspend data worst case: %d of %d characters (--sco %s)",
                worst, SUSPEND_DATA_LIMIT, structure));
        if (worst > SUSPEND_DATA_LIMIT) {
            diags.error(Code.SUSPEND_DATA_TOO_LARGE, course.pos(),
                    "a learner's saved state could take %d characters of cmi.suspend_data with --sco %s; SCORM 2004 allows %d",
                    worst, structure, SUSPEND_DATA_LIMIT);
            return Result.failed(diags);
        }
        Result<FileTree> player = PlayerRenderer.render(course, new PlayerOptions(name(), structure == Structure.LESSON));
        return player.then(tree -> Result.of(assemble(course, structure, tree), diags));
    }

    private FileTree assemble(Course course, Structure structure, FileTree player) {
        FileTree files = ScormPackage.content(player, structure == Structure.LESSON);
        Manifest manifest = new ManifestBuilder(course, structure).build(List.copyOf(files.files().keySet()), files.totalSize());
        ScormPackage.requireEveryFileDeclaredOnce(manifest.resources().stream()
                .map(r -> new ScormPackage.Declared(r.href(), r.files())).toList(), files);
        return ScormPackage.assemble(files, MANIFEST, XML.write(manifest), Ns.CONTROL_FILES, controlFiles,
                "SCORM 2004");
    }
}

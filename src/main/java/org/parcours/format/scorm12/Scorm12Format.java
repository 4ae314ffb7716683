package org.parcours.format.scorm12;

import org.parcours.format.scorm.ControlFiles;
import org.parcours.format.scorm.ManifestXml;
import org.parcours.format.scorm.ScormPackage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.parcours.diag.Code;
import org.parcours.diag.Diagnostics;
import org.parcours.diag.Result;
import org.parcours.model.Course;
import org.parcours.model.Structure;
import org.parcours.render.PlayerOptions;
import org.parcours.render.PlayerRenderer;
import org.parcours.format.BuildOptions;
import org.parcours.format.Format;
import org.parcours.format.scorm12.manifest.Manifest;
import org.parcours.format.scorm12.manifest.Ns;
import org.parcours.tree.FileTree;
import org.parcours.validate.Standard;

/**
 * SCORM 1.2: the player with its scorm12 adapter, an imsmanifest.xml that declares every file, and the XSD
 * control files at the root. Before anything is rendered it sizes the learner's state against the 4,096
 * characters of cmi.suspend_data and refuses a course that could overflow them.
 */
public final class Scorm12Format implements Format {
    private static final ManifestXml XML =
            new ManifestXml(Manifest.class, Ns.SCHEMA_LOCATION, Ns.IMSCP, "1.2", Map.of("adlcp", Ns.ADLCP));
    public static final String MANIFEST = "imsmanifest.xml";

    private final ControlFiles controlFiles;

    public Scorm12Format() {
        this(ControlFiles.classpath());
    }

    public Scorm12Format(ControlFiles controlFiles) {
        this.controlFiles = controlFiles;
    }

    @Override
    public String name() {
        return "scorm12";
    }

    @Override
    public Standard standard() {
        return Standard.SCORM12;
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
                worst, SuspendDataBudget.LIMIT, structure));
        if (worst > SuspendDataBudget.LIMIT) {
            diags.error(Code.SUSPEND_DATA_TOO_LARGE, course.pos(),
                    "a learner's saved state could take %d characters of cmi.suspend_data with --sco %s; SCORM 1.2 allows %d",
                    worst, structure, SuspendDataBudget.LIMIT);
            int perUnit = SuspendDataBudget.worstCasePerUnit(course).length();
            if (structure == Structure.SINGLE && perUnit <= SuspendDataBudget.LIMIT) {
                diags.hint("build with --sco lesson: each lesson and quiz then keeps its own state (at most %d characters)", perUnit);
            }
            return Result.failed(diags);
        }
        Result<FileTree> player = PlayerRenderer.render(course, new PlayerOptions(name(), structure == Structure.LESSON));
        return player.then(tree -> Result.of(assemble(course, structure, tree), diags));
    }

    private FileTree assemble(Course course, Structure structure, FileTree player) {
        FileTree files = ScormPackage.content(player, structure == Structure.LESSON);
        Manifest manifest = new ManifestBuilder(course, structure).build(List.copyOf(files.files().keySet()), files.totalSize());
        ScormPackage.requireEveryFileDeclaredOnce(manifest.resources().list().stream()
                .map(r -> new ScormPackage.Declared(r.href(), r.files())).toList(), files);
        return ScormPackage.assemble(files, MANIFEST, XML.write(manifest), Ns.CONTROL_FILES, controlFiles, "SCORM 1.2");
    }
}

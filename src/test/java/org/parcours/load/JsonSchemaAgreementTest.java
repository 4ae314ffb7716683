package org.parcours.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parcours.Fixtures;
import org.parcours.Parcours;
import org.parcours.diag.Result;
import org.parcours.model.Course;
import org.parcours.model.Structure;
import org.parcours.format.Formats;
import java.util.Arrays;

/**
 * The JSON Schemas in schemas/ (for editors) and the loader never disagree silently: every source file of the
 * shipped courses conforms to its schema, and every sample the schemas reject also gets a diagnostic.
 */
class JsonSchemaAgreementTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path SAMPLES = Fixtures.RESOURCES.resolve("schema-samples");

    private static Set<ValidationMessage> validate(String kind, String yaml) throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
        try (InputStream in = Files.newInputStream(Path.of("schemas", kind + ".schema.json"))) {
            JsonSchema schema = factory.getSchema(in);
            JsonNode node = YAML.readTree(yaml.isBlank() ? "{}" : yaml);
            return schema.validate(node);
        }
    }

    /** (schema kind, file) for every YAML source and front matter of a course folder. */
    private static List<String[]> sources(Path course) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(course)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                String rel = course.relativize(p).toString();
                if (name.equals("course.yaml")) out.add(new String[] {"course", rel});
                else if (name.equals("part.yaml")) out.add(new String[] {"part", rel});
                else if (name.equals("quiz.yaml") || name.equals("assessment.yaml")) out.add(new String[] {"quiz", rel});
                else if (name.endsWith(".md")) out.add(new String[] {"lesson", rel});
            }
        }
        return out;
    }

    private static String yamlOf(Path file) throws IOException {
        String text = Files.readString(file);
        if (!file.toString().endsWith(".md")) return text;
        return FrontMatter.split(text.replace("\r\n", "\n")).map(FrontMatter::yaml).orElseThrow();
    }

    @Test
    void everySourceFileOfTheShippedCoursesConformsToItsSchema() throws IOException {
        int checked = 0;
        for (Path course : List.of(Fixtures.MINI_MOOC, Fixtures.MINIMAL)) {
            for (String[] src : sources(course)) {
                Set<ValidationMessage> errors = validate(src[0], yamlOf(course.resolve(src[1])));
                assertThat(errors).as("%s/%s against %s.schema.json", course, src[1], src[0]).isEmpty();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(20);
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> walk = Files.walk(SAMPLES)) {
            return walk.filter(p -> p.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void whatTheSchemaRejectsTheLoaderReportsToo(Path sample, @TempDir Path tmp) throws IOException {
        String kind = sample.getParent().getFileName().toString();
        String yaml = Files.readString(sample);
        assertThat(validate(kind, yaml)).as("the schema rejects %s", sample).isNotEmpty();

        Path course = Fixtures.minimalWith(null, tmp);
        switch (kind) {
            case "course" -> Files.writeString(course.resolve("course.yaml"), yaml);
            case "part" -> Files.writeString(course.resolve("01-first-steps/part.yaml"), yaml);
            case "quiz" -> Files.writeString(course.resolve("01-first-steps/quiz.yaml"), yaml);
            case "lesson" -> Files.writeString(course.resolve("01-first-steps/02-going-further.md"),
                    "---\n" + yaml + "---\n\nSome text.\n");
            default -> throw new IllegalStateException("unknown sample kind " + kind);
        }
        Result<Course> result = Parcours.check(course, "course");
        assertThat(result.errorCount()).as("loader errors for %s: %s", sample, result.diagnostics()).isPositive();
    }

    @Test
    void yamlFilesOfTheDiagnosticFixturesAgreeWithTheSchemas(@TempDir Path tmp) throws IOException {
        for (Path fixture : Fixtures.invalidFixtures()) {
            for (String[] src : sources(fixture)) {
                Path file = fixture.resolve(src[1]);
                String yaml;
                try {
                    yaml = yamlOf(file);
                    if (validate(src[0], yaml).isEmpty()) continue;
                } catch (IOException | RuntimeException unreadable) {
                    continue; // not YAML at all (P001, P002, P007): the loader's own fixtures cover them
                }
                Path course = Fixtures.minimalWith(fixture, tmp.resolve(fixture.getFileName().toString()));
                assertThat(Parcours.check(course, "course").errorCount()).as("%s/%s", fixture, src[1]).isPositive();
            }
        }
    }

    @Test
    void theSchemaOffersExactlyTheRegisteredFormatsAndStructures() throws IOException {
        JsonNode build = new ObjectMapper().readTree(Path.of("schemas", "course.schema.json").toFile())
                .at("/properties/build/properties");
        List<String> formats = new ArrayList<>();
        build.at("/formats/items/enum").forEach(n -> formats.add(n.asText()));
        assertThat(formats).as("course.schema.json build.formats").isEqualTo(Formats.builtIn().names());
        for (String key : List.of("sco", "au")) {
            List<String> structures = new ArrayList<>();
            build.at("/" + key + "/enum").forEach(n -> structures.add(n.asText()));
            assertThat(structures).as("course.schema.json build.%s", key)
                    .isEqualTo(Arrays.stream(Structure.values()).map(Structure::toString).toList());
        }
    }
}

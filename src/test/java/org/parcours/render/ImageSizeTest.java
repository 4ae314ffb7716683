package org.parcours.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Images get their intrinsic size, so that a lesson does not grow while they load. */
class ImageSizeTest {

    @Test
    void readsRasterHeaders(@TempDir Path dir) throws Exception {
        for (String format : new String[] {"png", "gif", "jpg"}) {
            Path file = dir.resolve("picture." + format);
            ImageIO.write(new BufferedImage(321, 123, BufferedImage.TYPE_INT_RGB), format.equals("jpg") ? "jpeg" : format, file.toFile());
            assertThat(ImageSize.of(file)).as(format).contains(new ImageSize.Size(321, 123));
        }
    }

    @Test
    void readsAnSvgsSizeOrElseItsViewBox(@TempDir Path dir) throws Exception {
        Path sized = Files.writeString(dir.resolve("a.svg"), "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " viewBox=\"0 0 30 10\" width=\"300px\" height='100'></svg>");
        Path boxed = Files.writeString(dir.resolve("b.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0,0 800 720\"/>");
        Path relative = Files.writeString(dir.resolve("c.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100%\"/>");
        assertThat(ImageSize.of(sized)).contains(new ImageSize.Size(300, 100));
        assertThat(ImageSize.of(boxed)).contains(new ImageSize.Size(800, 720));
        assertThat(ImageSize.of(relative)).isEmpty();
        assertThat(ImageSize.of(dir.resolve("missing.svg"))).isEmpty();
    }

    @Test
    void theMiniMoocsDiagramsHaveTheirSize() {
        var course = org.parcours.Parcours.check(Path.of("course"), "course").value().orElseThrow();
        String html = PlayerRenderer.render(course, PlayerOptions.standalone()).value().orElseThrow().text("index.html").orElseThrow();
        assertThat(html).contains("src=\"assets/echelle-participation.svg\"").containsPattern(
                "<img src=\"assets/echelle-participation.svg\" alt=\"[^\"]+\" width=\"800\" height=\"\\d+\" />");
    }
}

package org.parcours.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.parcours.BuildRequest;
import org.parcours.Parcours;
import org.parcours.diag.Result;
import org.parcours.model.Course;
import org.parcours.format.Formats;

/**
 * Prints how long checking and building a course takes, and the heap it needs. A harness, not a test: figures
 * vary with the machine, so nothing here asserts a time.
 * <pre>mvn -B -q test-compile exec:java -Dexec.mainClass=org.parcours.bench.BuildBench -Dexec.classpathScope=test [-Dexec.args="DIR RUNS"]</pre>
 */
public final class BuildBench {
    private BuildBench() {}

    public static void main(String[] args) throws Exception {
        Path course = Path.of(args.length > 0 ? args[0] : "course");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path out = Files.createTempDirectory("parcours-bench");
        List<String> formats = Formats.builtIn().names();

        long[] check = new long[runs];
        long[] build = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            Result<Course> r = Parcours.check(course, course.toString());
            check[i] = System.nanoTime() - t0;
            if (r.hasErrors()) throw new IllegalStateException("the course has errors: " + r.diagnostics());
            t0 = System.nanoTime();
            Parcours.build(course, course.toString(), new BuildRequest(formats, out, Optional.empty(), Optional.empty(),
                    Optional.empty()), line -> { });
            build[i] = System.nanoTime() - t0;
        }
        System.out.printf("course: %s, %d runs, formats: %s%n", course, runs, formats);
        print("load+check", check);
        print("build (load, check, render, package, zip, validate)", build);
        long peak = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("peak heap used: %.1f MiB%n", peak / 1048576.0);
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s: first %.1f ms, median %.1f ms, min %.1f ms%n", what, nanos[0] / 1e6,
                sorted[sorted.length / 2] / 1e6, sorted[0] / 1e6);
    }
}

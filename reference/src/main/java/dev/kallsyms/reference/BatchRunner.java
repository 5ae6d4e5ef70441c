package dev.kallsyms.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the C reference binary on many small inputs from one shell script. Starting a process from the
 * JVM costs more than the C program needs for a map of a few hundred lines; a shell starts it in a
 * fraction of that. Each run gets its own stdout, stderr and exit-status files, read back as results.
 */
final class BatchRunner {
    private BatchRunner() {
    }

    static List<ReferenceKallsyms.Result> run(Path binary, List<ReferenceKallsyms.Job> jobs, Path dir) {
        try {
            Path script = Files.createTempFile(dir, "batch", ".sh");
            StringBuilder sh = new StringBuilder();
            for (int i = 0; i < jobs.size(); i++) {
                ReferenceKallsyms.Job job = jobs.get(i);
                sh.append(quote(binary.toString()));
                for (String a : job.args()) {
                    sh.append(' ').append(quote(a));
                }
                String prefix = quote(script + "." + i);
                sh.append(" <").append(job.stdin() == null ? "/dev/null" : quote(job.stdin().toString()))
                        .append(" >").append(prefix).append(".out 2>").append(prefix).append(".err; echo $? >")
                        .append(prefix).append(".rc\n");
            }
            Files.writeString(script, sh, StandardCharsets.UTF_8);
            // the shell's own messages (a crashed child's signal) are not part of any result
            Process p = new ProcessBuilder("sh", script.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("batch script failed: " + script);
            }
            List<ReferenceKallsyms.Result> results = new ArrayList<>(jobs.size());
            for (int i = 0; i < jobs.size(); i++) {
                results.add(collect(Path.of(script + "." + i)));
            }
            Files.delete(script);
            return results;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running the C reference", e);
        }
    }

    private static ReferenceKallsyms.Result collect(Path prefix) throws IOException {
        Path out = Path.of(prefix + ".out");
        Path err = Path.of(prefix + ".err");
        Path rc = Path.of(prefix + ".rc");
        ReferenceKallsyms.Result result = new ReferenceKallsyms.Result(Integer.parseInt(Files.readString(rc).strip()),
                Files.readAllBytes(out), Files.readAllBytes(err), Duration.ZERO);
        Files.delete(out);
        Files.delete(err);
        Files.delete(rc);
        return result;
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }
}

package dev.partnerprogram.bench.stack;

import dev.partnerprogram.testsupport.ChildProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application deployed as the README's production section says: the jar extracted with Spring Boot's
 * {@code jarmode=tools}, and a class data sharing archive written by a training run that stops once the context has
 * refreshed ({@code spring.context.exit=onRefresh}), so the JVM maps the classes instead of loading and verifying
 * them at every start.
 */
final class ClassDataSharing {

    /** What to start: the extracted jar and the JVM options that use the archive. */
    record Launch(Path jar, List<String> jvmOptions) {}

    private ClassDataSharing() {}

    static Launch prepare(Path webJar, List<String> jvmOptions, List<String> arguments, Path workDirectory) {
        Path extracted = workDirectory.resolve("app");
        Path archive = workDirectory.resolve("application.jsa");
        run(ChildProcess.javaJar(List.of("-Djarmode=tools"), webJar, List.of("extract", "--force", "--destination", extracted.toString())),
                workDirectory.resolve("extract.log"));
        Path jar = extracted.resolve(webJar.getFileName());
        List<String> trainingOptions = new ArrayList<>(jvmOptions);
        trainingOptions.add("-XX:ArchiveClassesAtExit=" + archive);
        trainingOptions.add("-Dspring.context.exit=onRefresh");
        run(ChildProcess.javaJar(trainingOptions, jar, arguments), workDirectory.resolve("training.log"));
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("The training run wrote no archive; see " + workDirectory.resolve("training.log"));
        }
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-XX:SharedArchiveFile=" + archive);
        return new Launch(jar, options);
    }

    private static void run(List<String> command, Path log) {
        try {
            Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + String.join(" ", command));
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Exit code " + process.exitValue() + " from " + String.join(" ", command) + "; see " + log);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + command.get(0) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
